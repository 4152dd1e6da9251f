package th.ita.oit.evidence;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The site's public base URL, to turn an offered document's absolute path into evidence
 * that assessors can open: {@code ita.oit.public-base-url} when set, otherwise the
 * current request's scheme, host and context path (behind a proxy, from its forwarded
 * headers, {@code server.forward-headers-strategy=framework}).
 */
@Component
public class SiteUrl {

	private final String configured;

	SiteUrl(@Value("${ita.oit.public-base-url:}") String configured) {
		this.configured = configured.strip();
	}

	public String base() {
		if (!this.configured.isEmpty()) {
			return this.configured;
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
