package th.ita.shared.pdf;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ita.pdf.*}: where Chromium is, how many browser workers print at once (each is
 * one browser process on its own thread) and how long one page may take.
 */
@ConfigurationProperties("ita.pdf")
public record PdfProperties(@Nullable String chromium, int workers, int timeoutSeconds) {

	public PdfProperties {
		chromium = (chromium == null || chromium.isBlank()) ? "/usr/bin/chromium" : chromium;
		workers = (workers <= 0) ? 1 : workers;
		timeoutSeconds = (timeoutSeconds <= 0) ? 60 : timeoutSeconds;
	}

}
