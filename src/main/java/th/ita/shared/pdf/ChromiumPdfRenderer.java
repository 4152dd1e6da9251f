package th.ita.shared.pdf;

import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * {@link PdfRenderer} that prints with headless Chromium through Playwright (HTML from
 * Thymeleaf, {@code page.setContent} then {@code page.pdf}). Chromium shapes Thai with
 * HarfBuzz, breaks lines by dictionary and writes a ToUnicode map, so the text stays
 * searchable. A small pool of {@link ChromiumWorker}s (one browser and one thread each,
 * {@code ita.pdf.workers}) starts lazily on the first document. The start-up log says
 * when Chromium is missing; then every call throws {@link PdfUnavailableException}.
 */
@Component
@EnableConfigurationProperties(PdfProperties.class)
public class ChromiumPdfRenderer implements PdfRenderer {

	private static final Logger log = LoggerFactory.getLogger(ChromiumPdfRenderer.class);

	private final ITemplateEngine templates;

	private final PdfProperties properties;

	private final List<ChromiumWorker> workers = new ArrayList<>();

	private final BlockingQueue<ChromiumWorker> idle;

	public ChromiumPdfRenderer(ITemplateEngine templates, PdfProperties properties) {
		this.templates = templates;
		this.properties = properties;
		this.idle = new ArrayBlockingQueue<>(properties.workers());
		for (int i = 0; i < properties.workers(); i++) {
			ChromiumWorker worker = new ChromiumWorker(properties.chromium(), properties.timeoutSeconds(), i);
			this.workers.add(worker);
			this.idle.add(worker);
		}
		if (available()) {
			log.info("PDF rendering: headless Chromium at {} ({} worker(s), started on first use)",
					properties.chromium(), properties.workers());
		}
		else {
			log.warn(
					"PDF rendering unavailable: Chromium not found at {} (install it: apt-get install chromium "
							+ "fonts-thai-tlwg, or set ita.pdf.chromium); PDF downloads answer 503",
					properties.chromium());
		}
	}

	@Override
	public boolean available() {
		return Files.isExecutable(Paths.get(this.properties.chromium()));
	}

	@Override
	public byte[] renderTemplate(String template, Map<String, ?> model, Locale locale, PdfOptions options) {
		Context context = new Context(locale);
		model.forEach(context::setVariable);
		return renderHtml(this.templates.process(template, context), options);
	}

	@Override
	public byte[] renderHtml(String html, PdfOptions options) {
		if (!available()) {
			throw new PdfUnavailableException("Chromium is not installed at " + this.properties.chromium()
					+ "; PDF documents cannot be produced on this server", null);
		}
		String document = PdfFonts.embed(html);
		ChromiumWorker worker = take();
		try {
			return worker.thread()
				.submit(() -> worker.print(document, options))
				.get(this.properties.timeoutSeconds() * 2L, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PdfUnavailableException("Interrupted while printing the PDF", ex);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			log.warn("Chromium failed to print a PDF: {}", String.valueOf(cause));
			worker.thread().submit(worker::closeQuietly);
			throw new PdfUnavailableException("Chromium could not print the PDF", cause);
		}
		catch (TimeoutException ex) {
			worker.thread().submit(worker::closeQuietly);
			throw new PdfUnavailableException("Chromium did not print the PDF in time", ex);
		}
		finally {
			this.idle.add(worker);
		}
	}

	private ChromiumWorker take() {
		try {
			ChromiumWorker worker = this.idle.poll(this.properties.timeoutSeconds(), TimeUnit.SECONDS);
			if (worker == null) {
				throw new PdfUnavailableException("All PDF workers are busy; try again shortly", null);
			}
			return worker;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PdfUnavailableException("Interrupted while waiting for a PDF worker", ex);
		}
	}

	@PreDestroy
	void close() {
		for (ChromiumWorker worker : this.workers) {
			worker.thread().submit(worker::closeQuietly);
			worker.thread().shutdown();
		}
		for (ChromiumWorker worker : this.workers) {
			try {
				worker.thread().awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
