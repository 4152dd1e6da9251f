package th.ita.shared.pdf;

import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Margin;
import com.microsoft.playwright.options.WaitUntilState;
import org.jspecify.annotations.Nullable;

/**
 * One warm browser with one reused page on one thread. Playwright is not thread-safe:
 * every Playwright object of this worker is created, used and closed on its own single
 * thread. The browser starts on the first job (with Sarabun as a system font, see
 * {@link PdfFonts#fontconfig()}) and is started again if it has died; each document
 * replaces the content of the same page (no new page, context or font load per PDF).
 */
final class ChromiumWorker {

	static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

	private final String chromium;

	private final double timeoutMs;

	private final ExecutorService thread;

	private @Nullable Playwright playwright;

	private @Nullable Browser browser;

	private @Nullable Page page;

	ChromiumWorker(String chromium, int timeoutSeconds, int index) {
		this.chromium = chromium;
		this.timeoutMs = timeoutSeconds * 1000.0;
		this.thread = Executors.newSingleThreadExecutor(r -> {
			Thread t = new Thread(r, "pdf-chromium-" + index);
			t.setDaemon(true);
			return t;
		});
	}

	ExecutorService thread() {
		return this.thread;
	}

	/** Runs on this worker's thread only. */
	byte[] print(String html, PdfOptions options) {
		Page page = page();
		page.setContent(html, new Page.SetContentOptions().setWaitUntil(WaitUntilState.LOAD));
		Page.PdfOptions pdf = new Page.PdfOptions().setFormat("A4")
			.setLandscape(options.landscape())
			.setPrintBackground(true)
			.setMargin(new Margin().setTop(mm(options.marginTopMm()))
				.setRight(mm(options.marginRightMm()))
				.setBottom(mm(options.marginBottomMm()))
				.setLeft(mm(options.marginLeftMm())));
		if (options.pageFooter() != null) {
			pdf.setDisplayHeaderFooter(true)
				.setHeaderTemplate("<span></span>")
				.setFooterTemplate(footer(options.pageFooter()));
		}
		return page.pdf(pdf);
	}

	private Page page() {
		if (this.page != null && !this.page.isClosed() && this.browser != null && this.browser.isConnected()) {
			return this.page;
		}
		closeQuietly();
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		Map<String, String> env = new HashMap<>(System.getenv());
		env.put("FONTCONFIG_FILE", PdfFonts.fontconfig().toString());
		this.browser = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get(this.chromium))
				.setHeadless(true)
				.setArgs(ARGS)
				.setEnv(env));
		this.page = this.browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false)).newPage();
		this.page.setDefaultTimeout(this.timeoutMs);
		return this.page;
	}

	/** Runs on this worker's thread only. */
	void closeQuietly() {
		try {
			if (this.playwright != null) {
				this.playwright.close();
			}
		}
		catch (RuntimeException ex) {
			// already gone
		}
		this.playwright = null;
		this.browser = null;
		this.page = null;
	}

	static String footer(String pattern) {
		String escaped = pattern.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
		String html = escaped.replace("{page}", "<span class=\"pageNumber\"></span>")
			.replace("{pages}", "<span class=\"totalPages\"></span>");
		return "<div style=\"width:100%;text-align:center;font-size:9pt;color:#444;font-family:Sarabun,"
				+ "Laksaman,Garuda,sans-serif\">" + html + "</div>";
	}

	private static String mm(double value) {
		return value + "mm";
	}

}
