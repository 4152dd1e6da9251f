package th.ita.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import th.ita.shared.ThaiDates;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agency scorecard (signed in, before publication) and the public agency page
 * (anonymous, after publication) in a browser, with their charts drawn without a CSP
 * violation. Round, users, an OIT verdict and the publication are set up through the API.
 */
class ScoringPagesTests extends BrowserTest {

	static final int YEAR = 2680;

	static final String PASSWORD = "correct-horse-battery";

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void scorecardBeforeAndPublicPageAfterPublication() throws Exception {
		String admin = token("admin", "admin-test-password");
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String agencyAdmin = "sc-admin-" + suffix;
		String assessor = "sc-assessor-" + suffix;
		user(admin, agencyAdmin, "AGENCY_ADMIN", "S4001");
		user(admin, assessor, "ASSESSOR", null);
		call(admin, "POST", "/api/v1/rounds",
				"{\"fiscalYear\":" + YEAR
						+ ",\"programme\":\"OBEC-ESA\",\"framework\":\"ITA-ESA-2567\",\"calendar\":{\"windows\":{}}}",
				201);
		call(admin, "POST", "/api/v1/rounds/" + YEAR + "/enrolments", "{\"agencies\":[\"S4001\",\"4001\"]}", 200);
		open(admin, "OIT_SUBMISSION");
		String item = "/api/v1/rounds/" + YEAR + "/oit/S4001/items/O1";
		String agencyToken = token(agencyAdmin, PASSWORD);
		call(agencyToken, "PUT", item, "{\"urls\":[{\"url\":\"" + baseUrl().replace("localhost", "127.0.0.1")
				+ "/policies/privacy\",\"title\":\"โครงสร้าง\"}],\"version\":0}", 200);
		call(agencyToken, "POST", item + "/submit", "{}", 200);
		call(admin, "POST", "/api/v1/rounds/" + YEAR + "/assessors",
				"{\"username\":\"" + assessor + "\",\"agencies\":[\"S4001\"]}", 200);
		open(admin, "OIT_REVIEW");
		call(token(assessor, PASSWORD), "POST", item + "/reviews", "{\"verdict\":\"PASS\"}", 200);

		// the agency admin reads the scorecard before publication (OIT only: ITA 100)
		login(this.page, agencyAdmin, PASSWORD);
		String scorecard = "/rounds/" + YEAR + "/results/S4001";
		for (int i = 0; i < 50 && !this.page.navigate(scorecard).text().contains("100.00"); i++) {
			Thread.sleep(100);
		}
		assertThat(this.page.locator("#scoring-ita").textContent().trim()).isEqualTo("100.00");
		assertThat(this.page.locator("#scoring-grade").textContent().trim()).isEqualTo("AA");
		assertThat(this.page.locator("#scoring-indicators tbody tr")).isNotNull();
		assertThat(this.page.locator("#scoring-indicators tbody tr").count()).isEqualTo(10);
		assertThat(this.page.locator("#scoring-incomplete").isVisible()).isTrue();
		this.page.waitForSelector(".scoring-chart canvas");
		screenshot(this.page, "scoring-scorecard");
		// the download button gives the scorecard PDF of the round scored by the real
		// pipeline
		String pdfHref = this.page.locator("#scorecard-downloads a[data-format=pdf]").getAttribute("href");
		assertThat(pdfHref).isEqualTo("/api/v1/rounds/" + YEAR + "/results/S4001.pdf");
		com.microsoft.playwright.APIResponse pdf = this.page.request().get(baseUrl() + pdfHref);
		assertThat(pdf.status()).isEqualTo(200);
		try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
			assertThat(text).contains("S4001", "ปีงบประมาณ พ.ศ. " + YEAR, "100.00", "AA");
		}
		assertThat(pageExists("/results/" + YEAR + "/agencies/S4001")).isFalse();

		// publication from the central team's results page (the confirmation is
		// required), then anyone reads the public page
		open(admin, "PUBLICATION");
		com.microsoft.playwright.Page publisher = newPage(new com.microsoft.playwright.Browser.NewContextOptions());
		login(publisher, "admin", "admin-test-password");
		publisher.navigate("/rounds/" + YEAR);
		publisher.locator("#round-results").click();
		expectConsoleError("/results/publication: Failed to load resource: the server responded with a status of 422");
		publisher.locator("#publication-form button[type=submit]").click();
		assertThat(publisher.locator("#publication-error").isVisible()).isTrue();
		assertThat(publisher.locator("#publication-confirm").getAttribute("aria-describedby"))
			.isEqualTo("publication-error");
		assertThat(pageExists("/results/" + YEAR + "/agencies/S4001")).isFalse();
		screenshot(publisher, "scoring-publication-unconfirmed");
		publisher.locator("#publication-confirm").check();
		publisher.locator("#publication-form button[type=submit]").click();
		publisher.waitForSelector("#publication-done");
		assertThat(publisher.locator("#publication-form").count()).isZero();
		// one of two agencies scored, 100: the pass rate against the 80 % target is met
		assertThat(publisher.locator("#scoring-pass-rate").textContent().trim())
			.isEqualTo("100.00 % (เป้าหมาย 80 %: บรรลุ)");
		screenshot(publisher, "scoring-published");
		com.microsoft.playwright.Page anonymous = newPage(new com.microsoft.playwright.Browser.NewContextOptions());
		anonymous.navigate("/results/" + YEAR + "/agencies/S4001");
		assertThat(anonymous.locator("#scoring-ita").textContent().trim()).isEqualTo("100.00");
		assertThat(anonymous.locator("#scoring-agency").textContent()).contains("S4001");
		anonymous.waitForSelector(".scoring-chart canvas");
		screenshot(anonymous, "scoring-public-agency");
		anonymous.navigate("/results/" + YEAR);
		assertThat(anonymous.locator("#scoring-ranking tbody tr").count()).isEqualTo(2);
		assertThat(anonymous.locator("#results-downloads a").count()).isEqualTo(3);
		assertThat(anonymous.locator("#results-downloads a[data-format=xlsx]").getAttribute("href"))
			.isEqualTo("/api/v1/rounds/" + YEAR + "/results.xlsx");
		com.microsoft.playwright.APIResponse csv = anonymous.request()
			.get(baseUrl() + "/api/v1/rounds/" + YEAR + "/results.csv");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.text()).contains("S4001");
		assertThat(anonymous.locator("#scoring-ranking tbody tr").first().getAttribute("data-agency"))
			.isEqualTo("S4001");
		// national dashboard: comparison by region and type, trend; no collection
		// progress on the public page
		assertThat(anonymous.locator("#scoring-byRegion tbody tr").count()).isPositive();
		assertThat(anonymous.locator("#scoring-byType tbody tr[data-group=SECONDARY_ESA] td").first().textContent())
			.isEqualTo("1");
		assertThat(anonymous.locator("#scoring-trend tbody tr[data-year='" + YEAR + "']").count()).isEqualTo(1);
		assertThat(anonymous.locator("#scoring-progress").count()).isZero();
		anonymous.waitForSelector(".scoring-chart canvas");

		// the central team's dashboard also shows collection progress against minimums
		com.microsoft.playwright.Page central = newPage(new com.microsoft.playwright.Browser.NewContextOptions());
		login(central, "admin", "admin-test-password");
		central.navigate("/rounds/" + YEAR + "/results");
		assertThat(central.locator("#scoring-progress tbody tr").count()).isEqualTo(2);
		assertThat(central.locator("#scoring-progress tr[data-instrument=IIT] td").first().textContent())
			.isEqualTo("0");
		assertThat(central.locator("#scoring-progress tr[data-instrument=IIT] td").nth(2).textContent())
			.contains("/ 2 (");
		screenshot(central, "scoring-national-dashboard");
	}

	/** Swagger UI at /api-docs renders the public API under the strict CSP. */
	@Test
	void apiDocsRenderUnderTheContentSecurityPolicy() {
		com.microsoft.playwright.Page docs = newPage(new com.microsoft.playwright.Browser.NewContextOptions());
		docs.navigate("/api-docs");
		docs.waitForSelector(".swagger-ui .opblock-summary");
		assertThat(docs.locator(".swagger-ui .opblock-summary-path").allTextContents())
			.anyMatch(p -> p.contains("/results"));
		screenshot(docs, "api-docs");
	}

	private void open(String token, String activity) throws Exception {
		LocalDate today = LocalDate.now(ThaiDates.BANGKOK);
		StringBuilder windows = new StringBuilder();
		for (String a : List.of("OIT_SUBMISSION", "OIT_REVIEW", "PUBLICATION")) {
			LocalDate from = a.equals(activity) ? today.minusDays(1) : today.minusDays(40);
			LocalDate to = a.equals(activity) ? today.plusDays(5) : today.minusDays(30);
			windows.append(windows.isEmpty() ? "" : ",")
				.append("\"" + a + "\":{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}");
		}
		call(token, "PUT", "/api/v1/rounds/" + YEAR + "/calendar", "{\"windows\":{" + windows + "}}", 200);
	}

	private void user(String token, String username, String role, String agency) throws Exception {
		Map<String, Object> body = new java.util.HashMap<>();
		body.put("username", username);
		body.put("password", PASSWORD);
		body.put("displayName", "ทดสอบ " + username);
		body.put("roles", List.of(role));
		body.put("agency", agency);
		call(token, "POST", "/api/v1/users", JSON.writeValueAsString(body), 201);
	}

	private String token(String username, String password) throws Exception {
		String body = call(null, "POST", "/api/v1/auth/token",
				JSON.writeValueAsString(Map.of("username", username, "password", password)), 200);
		return JSON.readTree(body).get("token").asString();
	}

	private String call(String token, String method, String path, String body, int expected) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json, application/problem+json")
			.method(method, HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
		return response.body();
	}

}
