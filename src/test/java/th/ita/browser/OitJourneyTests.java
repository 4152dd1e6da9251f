package th.ita.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import th.ita.shared.EvidenceOffered;
import th.ita.shared.ThaiDates;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OIT cycle in a browser: an agency editor saves URLs for an item, the agency admin
 * submits it (API), an assigned assessor fails it with a reason, and the agency sees the
 * reason on its checklist. Users, round and phases are set up through the API.
 */
class OitJourneyTests extends BrowserTest {

	static final int YEAR = 2593;

	/** The round of the bulk import journey. */
	static final int IMPORT_YEAR = 2665;

	static final String PASSWORD = "correct-horse-battery";

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void editorSubmitsUrlsAssessorFailsWithAReasonAgencySeesIt() throws Exception {
		String admin = token("admin", "admin-test-password");
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String editor = "oit-editor-" + suffix;
		String agencyAdmin = "oit-admin-" + suffix;
		String assessor = "oit-assessor-" + suffix;
		user(admin, editor, "AGENCY_EDITOR", "S4001");
		user(admin, agencyAdmin, "AGENCY_ADMIN", "S4001");
		user(admin, assessor, "ASSESSOR", null);
		call(admin, "POST", "/api/v1/rounds",
				"{\"fiscalYear\":" + YEAR
						+ ",\"programme\":\"OBEC-ESA\",\"framework\":\"ITA-ESA-2567\",\"calendar\":{\"windows\":{}}}",
				201);
		call(admin, "POST", "/api/v1/rounds/" + YEAR + "/enrolments", "{\"agencies\":[\"S4001\"]}", 200);
		phase(admin, "OIT_SUBMISSION");
		call(admin, "POST", "/api/v1/rounds/" + YEAR + "/assessors",
				"{\"username\":\"" + assessor + "\",\"agencies\":[\"S4001\"]}", 200);

		// the editor saves two URLs for O1
		login(this.page, editor, PASSWORD);
		this.page.navigate("/rounds/" + YEAR + "/oit");
		Locator item = this.page.locator("#item-O1");
		item.locator("details summary").first().click();
		this.page.fill("#url-O1-0", baseUrl().replace("localhost", "127.0.0.1") + "/policies/privacy");
		this.page.fill("#title-O1-0", "โครงสร้างหน่วยงาน");
		this.page.fill("#note-O1", "แผนผังอยู่ท้ายหน้า");
		this.page.waitForNavigation(() -> item.locator(".oit-save").click());
		assertThat(this.page.locator("#oit-flash").isVisible()).isTrue();
		assertThat(this.page.locator("#item-O1").getAttribute("data-status")).isEqualTo("DRAFT");
		assertThat(this.page.locator("#item-O1 .oit-urls").textContent()).contains("โครงสร้างหน่วยงาน");
		screenshot(this.page, "oit-checklist-draft");

		// the agency admin submits; the review phase opens
		call(token(agencyAdmin, PASSWORD), "POST", "/api/v1/rounds/" + YEAR + "/oit/S4001/items/O1/submit", "{}", 200);
		phase(admin, "OIT_REVIEW");

		// the assessor fails it with a common reason and a comment
		Page assessorPage = newPage(new com.microsoft.playwright.Browser.NewContextOptions());
		login(assessorPage, assessor, PASSWORD);
		assessorPage.navigate("/review/" + YEAR);
		Locator agency = assessorPage.locator(".oit-queue-agency[data-agency='S4001']");
		assertThat(agency.locator("tr[data-item='O1']").textContent()).contains("ส่งแล้ว");
		assessorPage.waitForNavigation(() -> agency.locator("tr[data-item='O1'] a").click());
		assertThat(assessorPage.locator(".oit-urls").textContent()).contains("โครงสร้างหน่วยงาน");
		assessorPage.check("#verdict-fail");
		assessorPage.selectOption("#reasonCode", "WRONG_PERIOD");
		assessorPage.fill("#comment", "โปรดใส่แผนผังปีปัจจุบัน");
		assessorPage.waitForNavigation(() -> assessorPage.click("#oit-review-send"));
		assertThat(assessorPage.locator("#oit-flash").isVisible()).isTrue();
		assertThat(assessorPage.locator(".oit-item").getAttribute("data-status")).isEqualTo("FAILED");
		screenshot(assessorPage, "oit-review-failed");

		// the agency sees the verdict, reason and comment
		Page agencyPage = newPage(new com.microsoft.playwright.Browser.NewContextOptions());
		login(agencyPage, editor, PASSWORD);
		agencyPage.navigate("/rounds/" + YEAR + "/oit");
		Locator failed = agencyPage.locator("#item-O1");
		assertThat(failed.getAttribute("data-status")).isEqualTo("FAILED");
		assertThat(failed.locator(".oit-reason").textContent()).contains("หลักฐานไม่ครอบคลุมช่วงเวลาที่กำหนด");
		assertThat(failed.locator(".oit-comment").textContent()).contains("โปรดใส่แผนผังปีปัจจุบัน");
		screenshot(agencyPage, "oit-checklist-failed");
		// the checklist's download button streams the XLSX with the item and its Thai
		// text
		String xlsx = agencyPage.locator("#oit-downloads a[data-format=xlsx]").getAttribute("href");
		assertThat(xlsx).isEqualTo("/api/v1/rounds/" + YEAR + "/oit/S4001/checklist.xlsx");
		com.microsoft.playwright.APIResponse file = agencyPage.request().get(baseUrl() + xlsx);
		assertThat(file.status()).isEqualTo(200);
		try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(
				new java.io.ByteArrayInputStream(file.body()))) {
			assertThat(wb.getFirstSheet().read()).anyMatch(r -> "O1".equals(r.getCellText(0)));
		}
	}

	private void phase(String token, String activity) throws Exception {
		phase(token, YEAR, activity);
	}

	private void phase(String token, int year, String activity) throws Exception {
		LocalDate today = LocalDate.now(ThaiDates.BANGKOK);
		StringBuilder windows = new StringBuilder();
		int offset = 0;
		for (String a : List.of("OIT_SUBMISSION", "OIT_REVIEW", "OIT_CLARIFICATION", "OIT_CONFIRMATION")) {
			LocalDate from = today.plusDays(offset * 20L);
			LocalDate to = a.equals(activity) ? today : from.plusDays(5);
			if (a.equals(activity)) {
				from = today;
				offset = 1;
			}
			else if (offset == 0) {
				from = today.minusDays(30);
				to = today.minusDays(25);
			}
			else {
				offset++;
			}
			windows.append(windows.isEmpty() ? "" : ",")
				.append("\"" + a + "\":{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}");
		}
		call(token, "PUT", "/api/v1/rounds/" + year + "/calendar", "{\"windows\":{" + windows + "}}", 200);
	}

	/**
	 * Bulk import from CSV: a file with bad rows shows every row error and stores
	 * nothing; a good file fills the items. Then a document another module published on
	 * the agency's public page is offered on its item and used in one click.
	 */
	@Test
	void editorImportsUrlsFromCsvAllOrNothingAndUsesAnOfferedDocument() throws Exception {
		String admin = token("admin", "admin-test-password");
		String editor = "oit-import-" + UUID.randomUUID().toString().substring(0, 6);
		user(admin, editor, "AGENCY_EDITOR", "S4001");
		call(admin, "POST", "/api/v1/rounds",
				"{\"fiscalYear\":" + IMPORT_YEAR
						+ ",\"programme\":\"OBEC-ESA\",\"framework\":\"ITA-ESA-2567\",\"calendar\":{\"windows\":{}}}",
				201);
		call(admin, "POST", "/api/v1/rounds/" + IMPORT_YEAR + "/enrolments", "{\"agencies\":[\"S4001\"]}", 200);
		phase(admin, IMPORT_YEAR, "OIT_SUBMISSION");
		login(this.page, editor, PASSWORD);
		this.page.navigate("/rounds/" + IMPORT_YEAR + "/oit");
		this.page.waitForNavigation(() -> this.page.click("a[href='/rounds/" + IMPORT_YEAR + "/oit/import']"));

		// a file with bad rows: every row error is listed, nothing is stored
		expectConsoleError("/oit/import: Failed to load resource: the server responded with a status of 422");
		String bad = "item_code,url,title\nO1,https://s4001.example.go.th/structure,แผนผัง\n"
				+ "O2,javascript:alert(1),ผู้บริหาร\nO999,https://s4001.example.go.th/x,ไม่มีข้อนี้\n";
		upload("bad.csv", bad);
		Locator errors = this.page.locator("#oit-import-errors .oit-import-error");
		assertThat(errors.count()).isEqualTo(2);
		assertThat(errors.nth(0).getAttribute("data-line")).isEqualTo("3");
		assertThat(errors.nth(0).getAttribute("data-column")).isEqualTo("url");
		assertThat(errors.nth(1).getAttribute("data-line")).isEqualTo("4");
		assertThat(errors.nth(1).getAttribute("data-column")).isEqualTo("item_code");
		screenshot(this.page, "oit-import-errors");
		this.page.navigate("/rounds/" + IMPORT_YEAR + "/oit");
		assertThat(this.page.locator("#item-O1").getAttribute("data-status")).isEqualTo("EMPTY");

		// a good file: each item gets its URLs as a draft
		this.page.navigate("/rounds/" + IMPORT_YEAR + "/oit/import");
		upload("urls.csv", "\uFEFFitem_code,url,title\nO1,https://s4001.example.go.th/structure,แผนผังโครงสร้าง\n"
				+ "O1,https://s4001.example.go.th/structure.pdf,แผนผัง (PDF)\nO2,https://s4001.example.go.th/board,ผู้บริหาร\n");
		assertThat(this.page.url()).endsWith("/rounds/" + IMPORT_YEAR + "/oit");
		assertThat(this.page.locator("#oit-imported").isVisible()).isTrue();
		assertThat(this.page.locator("#item-O1").getAttribute("data-status")).isEqualTo("DRAFT");
		assertThat(this.page.locator("#item-O1 .oit-urls").textContent()).contains("แผนผังโครงสร้าง", "แผนผัง (PDF)");
		assertThat(this.page.locator("#item-O2 .oit-urls").textContent()).contains("ผู้บริหาร");

		// planning or integrity publishes a document for O32: offered, used in one click
		String path = "/public/agencies/S4001/plans/" + IMPORT_YEAR;
		new TransactionTemplate(this.transactions).executeWithoutResult(s -> this.events.publishEvent(
				new EvidenceOffered(IMPORT_YEAR, "S4001", "O32", path, "แผนปฏิบัติการ " + IMPORT_YEAR, "Plan")));
		Locator offer = this.page.locator("#item-O32 .oit-offer");
		for (int i = 0; i < 50 && offer.count() == 0; i++) {
			Thread.sleep(100);
			this.page.reload();
		}
		assertThat(offer.getAttribute("data-offer")).isEqualTo(path);
		this.page.waitForNavigation(() -> offer.locator(".oit-use-offer button").click());
		Locator used = this.page.locator("#item-O32");
		assertThat(used.getAttribute("data-status")).isEqualTo("DRAFT");
		assertThat(used.locator(".oit-urls").textContent()).contains("แผนปฏิบัติการ " + IMPORT_YEAR);
		assertThat(used.locator(".oit-urls a").first().getAttribute("href")).startsWith("http").endsWith(path);
		assertThat(used.locator(".oit-offer-used").isVisible()).isTrue();
		screenshot(this.page, "oit-offer-used");
	}

	private void upload(String name, String csv) {
		this.page.setInputFiles("#oit-import-file",
				new FilePayload(name, "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		this.page.waitForNavigation(() -> this.page.click("#oit-import-send"));
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
