package th.ita.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Margin;
import com.microsoft.playwright.options.WaitUntilState;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * For the benchmark only: the renderer as it was before page reuse (a new page per
 * document, Sarabun inlined as ~220 KB of base64 data URIs in every HTML, waiting for
 * {@code document.fonts.ready}), so one run can compare the two.
 */
public final class LegacyPdfRenderer implements PdfRenderer, AutoCloseable {

	private static final String FONTS = face("Sarabun-Regular.ttf", 400) + face("Sarabun-Bold.ttf", 700);

	private final ITemplateEngine templates;

	private final BlockingQueue<Worker> idle;

	private final List<Worker> workers = new ArrayList<>();

	public LegacyPdfRenderer(ITemplateEngine templates, int workers) {
		this.templates = templates;
		this.idle = new ArrayBlockingQueue<>(workers);
		for (int i = 0; i < workers; i++) {
			Worker w = new Worker();
			this.workers.add(w);
			this.idle.add(w);
		}
	}

	@Override
	public byte[] renderTemplate(String template, Map<String, ?> model, Locale locale, PdfOptions options) {
		Context context = new Context(locale);
		model.forEach(context::setVariable);
		return renderHtml(this.templates.process(template, context), options);
	}

	@Override
	public byte[] renderHtml(String html, PdfOptions options) {
		String document = html.replaceFirst("(?i)<head>",
				"<head><style>" + FONTS + "</style>" + PdfFonts.styleElement());
		try {
			Worker w = this.idle.take();
			try {
				return w.thread.submit(() -> w.print(document, options)).get();
			}
			finally {
				this.idle.add(w);
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public boolean available() {
		return true;
	}

	@Override
	public void close() throws Exception {
		for (Worker w : this.workers) {
			w.thread.submit(() -> {
				if (w.playwright != null) {
					w.playwright.close();
				}
			}).get();
			w.thread.shutdown();
		}
	}

	private static final class Worker {

		final ExecutorService thread = Executors.newSingleThreadExecutor();

		Playwright playwright;

		Browser browser;

		byte[] print(String html, PdfOptions options) {
			if (this.browser == null) {
				this.playwright = Playwright
					.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
				this.browser = this.playwright.chromium()
					.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get("/usr/bin/chromium"))
						.setHeadless(true)
						.setArgs(ChromiumWorker.ARGS));
			}
			try (Page page = this.browser.newPage()) {
				page.setContent(html, new Page.SetContentOptions().setWaitUntil(WaitUntilState.LOAD));
				page.evaluate("() => document.fonts.ready.then(() => true)");
				Page.PdfOptions pdf = new Page.PdfOptions().setFormat("A4")
					.setPrintBackground(true)
					.setMargin(new Margin().setTop(options.marginTopMm() + "mm")
						.setRight(options.marginRightMm() + "mm")
						.setBottom(options.marginBottomMm() + "mm")
						.setLeft(options.marginLeftMm() + "mm"));
				if (options.pageFooter() != null) {
					pdf.setDisplayHeaderFooter(true)
						.setHeaderTemplate("<span></span>")
						.setFooterTemplate(ChromiumWorker.footer(options.pageFooter()));
				}
				return page.pdf(pdf);
			}
		}

	}

	private static String face(String font, int weight) {
		try (InputStream in = LegacyPdfRenderer.class.getClassLoader().getResourceAsStream("fonts/" + font)) {
			String data = Base64.getEncoder().encodeToString(in.readAllBytes());
			return "@font-face{font-family:Sarabun;font-style:normal;font-weight:" + weight
					+ ";src:url(data:font/ttf;base64," + data + ") format('truetype')}";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
