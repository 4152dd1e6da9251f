package th.ita.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the browser journeys: the whole application on a random port (the same context
 * as the other {@code RANDOM_PORT} tests), Debian's Chromium driven by Playwright (one
 * Playwright and browser per test class, a fresh context per test). A test fails when the
 * browser logs an error or a Content Security Policy violation. Fails when
 * {@code /usr/bin/chromium} is missing
 * ({@code apt-get install -y chromium fonts-thai-tlwg}); {@code -Dita.browser.skip=true}
 * skips the journeys on purpose.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

	public static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	public static final Path SCREENSHOTS = Paths.get("target/screenshots");

	public static final int PHONE_WIDTH = 360;

	public static final int PHONE_HEIGHT = 740;

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	protected int port;

	/** A desktop page (1280 x 800) in a fresh context, Thai unless switched. */
	protected Page page;

	private final List<BrowserContext> contexts = new ArrayList<>();

	private final List<String> browserErrors = Collections.synchronizedList(new ArrayList<>());

	private final List<String> expectedErrors = new ArrayList<>();

	@BeforeAll
	static void launchBrowser() {
		// Missing Chromium fails the run (a skipped journey proves nothing); skipping is
		// an explicit choice.
		if (Boolean.getBoolean("ita.browser.skip")) {
			Assumptions.abort("browser journeys skipped by -Dita.browser.skip=true");
		}
		if (!Files.isExecutable(CHROMIUM)) {
			throw new IllegalStateException("Debian Chromium is not installed at " + CHROMIUM
					+ ": apt-get install -y chromium fonts-thai-tlwg (or run with -Dita.browser.skip=true)");
		}
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--no-first-run")));
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
		if (playwright != null) {
			playwright.close();
			playwright = null;
		}
	}

	@BeforeEach
	void openPage() {
		this.page = newPage(new Browser.NewContextOptions().setViewportSize(1280, 800));
	}

	@AfterEach
	void closeContextsAndCheckConsole() {
		this.contexts.forEach(BrowserContext::close);
		this.contexts.clear();
		this.browserErrors.removeIf(e -> this.expectedErrors.stream().anyMatch(e::contains));
		this.expectedErrors.clear();
		assertThat(this.browserErrors).as("browser console errors and CSP violations").isEmpty();
	}

	/**
	 * A console error the test expects, e.g. Chromium's "the server responded with a
	 * status of 422" for a page that answers a refused form with that status.
	 */
	protected void expectConsoleError(String contains) {
		this.expectedErrors.add(contains);
	}

	/** A page in a fresh context of a 360 x 740 touch phone. */
	protected Page phonePage() {
		return newPage(new Browser.NewContextOptions().setViewportSize(PHONE_WIDTH, PHONE_HEIGHT)
			.setIsMobile(true)
			.setHasTouch(true)
			.setDeviceScaleFactor(2));
	}

	protected Page newPage(Browser.NewContextOptions options) {
		BrowserContext context = browser.newContext(options.setBaseURL(baseUrl()).setLocale("th-TH"));
		this.contexts.add(context);
		Page newPage = context.newPage();
		newPage.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				this.browserErrors.add(newPage.url() + ": " + message.text());
			}
		});
		newPage.onPageError(error -> this.browserErrors.add(newPage.url() + ": " + error));
		// CSP violations are logged as console errors; this also catches report-only
		// ones.
		newPage.addInitScript("document.addEventListener('securitypolicyviolation', e => "
				+ "console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));");
		return newPage;
	}

	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	/** Sign in through the login form and wait for the page after it. */
	protected void login(Page page, String username, String password) {
		page.navigate("/login");
		page.fill("#username", username);
		page.fill("#password", password);
		page.waitForNavigation(() -> page.click("button[type=submit]"));
	}

	/** True when a GET of {@code path} answers 200 without signing in. */
	protected boolean pageExists(String path) {
		try {
			HttpResponse<Void> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
						HttpResponse.BodyHandlers.discarding());
			return response.statusCode() == 200;
		}
		catch (Exception ex) {
			return false;
		}
	}

	/** Save a full-page PNG into {@code target/screenshots/<name>.png}. */
	protected Path screenshot(Page page, String name) {
		Path file = SCREENSHOTS.resolve(name + ".png");
		page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
		return file;
	}

}
