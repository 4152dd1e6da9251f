package th.ita.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integrity registers in a browser: an agency editor records the executive and drafts the
 * No Gift Policy announcement, the agency admin approves and publishes it, and anyone
 * reads it on its public page with the Thai heading and the signer's name; on a phone the
 * public gift report shows counts and value bands, never the givers' or recorders' names.
 * Agency S4201 (no other test uses it) and fiscal year 2556 (Oct 2012 - Sep 2013), so the
 * gifts lie in the past.
 */
class IntegrityJourneyTests extends BrowserTest {

	static final int YEAR = 2556;

	static final String AGENCY = "S4201";

	static final String PASSWORD = "correct-horse-battery";

	static final String SIGNER = "นายทดสอบ เบราว์เซอร์";

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void editorDraftsAdminPublishesPublicReadsAnnouncement() throws Exception {
		String admin = token("admin", "admin-test-password");
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String editor = "int-editor-" + suffix;
		String agencyAdmin = "int-admin-" + suffix;
		user(admin, editor, "AGENCY_EDITOR");
		user(admin, agencyAdmin, "AGENCY_ADMIN");
		String workspace = "/agencies/" + AGENCY + "/integrity?fiscalYear=" + YEAR;

		// the editor records the signer and drafts the announcement
		login(this.page, editor, PASSWORD);
		this.page.navigate(workspace);
		this.page.fill("#nameTh", SIGNER);
		this.page.fill("#positionTh", "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาเลย หนองบัวลำภู");
		this.page.waitForNavigation(() -> this.page.click("#executive-form button[type=submit]"));
		assertThat(this.page.locator("#integrity-flash").isVisible()).isTrue();
		// the executive form returns to the current fiscal year
		this.page.navigate(workspace);
		this.page.selectOption("#kind", "NO_GIFT_POLICY");
		this.page.fill("#issuedOn", "2012-10-20");
		this.page.waitForNavigation(() -> this.page.click("#declaration-form button[type=submit]"));
		assertThat(this.page.locator("#integrity-announcements li[data-kind='NO_GIFT_POLICY']").textContent())
			.contains("(" + SIGNER + ")");
		Locator row = this.page.locator("#integrity-documents tr[data-document='NO_GIFT_POLICY']");
		assertThat(row.getAttribute("data-status")).isEqualTo("DRAFT");
		assertThat(row.locator("form").count()).as("an editor cannot approve").isZero();
		screenshot(this.page, "integrity-draft");

		// the agency admin approves and publishes it
		Page adminPage = newPage(new Browser.NewContextOptions());
		login(adminPage, agencyAdmin, PASSWORD);
		adminPage.navigate(workspace);
		Locator adminRow = adminPage.locator("#integrity-documents tr[data-document='NO_GIFT_POLICY']");
		adminPage.waitForNavigation(() -> adminRow.locator("form[action$='/approve'] button").click());
		assertThat(adminRow.getAttribute("data-status")).isEqualTo("APPROVED");
		adminPage.waitForNavigation(() -> adminRow.locator("form[action$='/publish'] button").click());
		assertThat(adminRow.getAttribute("data-status")).isEqualTo("PUBLISHED");
		String publicPath = adminRow.locator("a").getAttribute("href");
		assertThat(publicPath).endsWith("/public/agencies/" + AGENCY + "/integrity/" + YEAR + "/no-gift-policy");

		// anyone reads it without signing in
		Page anonymous = newPage(new Browser.NewContextOptions().setViewportSize(1280, 800));
		anonymous.navigate(publicPath);
		assertThat(anonymous.locator("#nav-login").isVisible()).isTrue();
		assertThat(anonymous.locator("#announcement h1").textContent()).startsWith("ประกาศ");
		assertThat(anonymous.locator("#announcement-signer").textContent()).contains("(" + SIGNER + ")");
		assertThat(anonymous.locator("#announcement-date").textContent()).contains("๒๕๕๕");
		screenshot(anonymous, "integrity-public-announcement");
	}

	@Test
	void publicGiftReportOnAPhoneShowsCountsAndBandsWithoutNames() throws Exception {
		String admin = token("admin", "admin-test-password");
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String editor = "int-geditor-" + suffix;
		String agencyAdmin = "int-gadmin-" + suffix;
		user(admin, editor, "AGENCY_EDITOR");
		user(admin, agencyAdmin, "AGENCY_ADMIN");
		String editorToken = token(editor, PASSWORD);
		String api = "/api/v1/agencies/" + AGENCY;
		call(editorToken, "POST", api + "/gifts", gift("2012-11-05", "บริษัท ลับเฉพาะ จำกัด", "450", "REFUSED"), 201);
		call(editorToken, "POST", api + "/gifts", gift("2013-04-10", "นายผู้ให้ ไม่เปิดเผย", "2500", "RETURNED"), 201);
		String adminToken = token(agencyAdmin, PASSWORD);
		String publication = api + "/integrity/publications/" + YEAR + "/GIFT_REPORT/";
		call(adminToken, "POST", publication + "approve", "{}", 200);
		call(adminToken, "POST", publication + "publish", "{}", 200);

		Page phone = phonePage();
		phone.navigate("/public/agencies/" + AGENCY + "/integrity/" + YEAR + "/gifts");
		assertThat(phone.locator("#gift-year-count").textContent().trim()).isEqualTo("2");
		assertThat(phone.locator("#gift-summary tr[data-half='1'] td").first().textContent().trim()).isEqualTo("1");
		assertThat(phone.locator("#gift-summary tr[data-half='2'] td").first().textContent().trim()).isEqualTo("1");
		assertThat(phone.locator("#gift-summary caption").allTextContents()).hasSize(2);
		String text = phone.locator("body").textContent();
		assertThat(text).doesNotContain("บริษัท ลับเฉพาะ", "นายผู้ให้", "ผู้บันทึกลับ", "กระเช้า");
		Object overflow = phone.evaluate("document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).as("no sideways scroll on a phone").isLessThanOrEqualTo(0);
		screenshot(phone, "integrity-public-gifts-phone");
	}

	private static String gift(String date, String giver, String value, String action) {
		return "{\"receivedOn\":\"" + date + "\",\"giver\":\"" + giver + "\",\"relation\":\"ผู้รับจ้าง\","
				+ "\"item\":\"กระเช้าของขวัญ\",\"value\":" + value + ",\"action\":\"" + action
				+ "\",\"recordedBy\":\"นางผู้บันทึกลับ\"}";
	}

	private void user(String token, String username, String role) throws Exception {
		Map<String, Object> body = new java.util.HashMap<>();
		body.put("username", username);
		body.put("password", PASSWORD);
		body.put("displayName", "ทดสอบ " + username);
		body.put("roles", List.of(role));
		body.put("agency", AGENCY);
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
