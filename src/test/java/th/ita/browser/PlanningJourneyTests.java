package th.ita.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An improvement plan in a browser: an agency editor starts the plan, adds a measure and
 * a project with an activity (month check boxes by quarter; a negative budget is refused
 * naming the field) and submits it; the agency admin approves and publishes it, and
 * anybody can read it on its public page, also on a phone.
 */
class PlanningJourneyTests extends BrowserTest {

	static final int YEAR = 2640;

	static final String PASSWORD = "correct-horse-battery";

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void editorBuildsAMeasureAndAnActivityAdminPublishesThePlan() throws Exception {
		String admin = token("admin", "admin-test-password");
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String editor = "plan-editor-" + suffix;
		String agencyAdmin = "plan-admin-" + suffix;
		user(admin, editor, "AGENCY_EDITOR");
		user(admin, agencyAdmin, "AGENCY_ADMIN");

		// The editor starts the plan from the nav link
		login(this.page, editor, PASSWORD);
		this.page.click("#nav-plans");
		this.page.fill("#plan-fy", String.valueOf(YEAR));
		this.page.selectOption("#plan-kind", "integrity");
		this.page.waitForNavigation(() -> this.page.click("#planning-create button[type=submit]"));
		assertThat(this.page.url()).endsWith("/plans/S4001/" + YEAR + "/integrity");
		assertThat(this.page.locator(".planning-status").textContent()).isEqualTo("ฉบับร่าง");

		// a measure
		this.page.click("#planning-nav-measures");
		this.page.fill("#m-indicator", "9");
		this.page.fill("#m-issue", "ข้อมูลบนเว็บไซต์ไม่เป็นปัจจุบัน");
		this.page.fill("#m-measure", "มาตรการส่งเสริมการเปิดเผยข้อมูล");
		this.page.fill("#m-guidelines", "แต่งตั้งผู้รับผิดชอบข้อมูล\nตรวจสอบข้อมูลทุกเดือน");
		this.page.waitForNavigation(() -> this.page.click("#planning-add-measure"));
		assertThat(this.page.locator("#planning-flash").isVisible()).isTrue();
		assertThat(this.page.locator(".planning-measure li").allTextContents())
			.containsExactly("แต่งตั้งผู้รับผิดชอบข้อมูล", "ตรวจสอบข้อมูลทุกเดือน");

		// a project and an activity
		this.page.click("#planning-nav-projects");
		this.page.fill("#new-project", "โครงการเสริมสร้างคุณธรรม จริยธรรม และธรรมาภิบาล");
		this.page.waitForNavigation(() -> this.page.click("#planning-project-add button[type=submit]"));
		Locator project = this.page.locator(".planning-project").first();
		String id = project.getAttribute("id").substring("project-".length());
		project.locator("details summary").nth(1).click();
		this.page.fill("#a-code-" + id, "1.1");
		this.page.fill("#a-name-" + id, "กิจกรรมสร้างสื่อประชาสัมพันธ์");
		this.page.fill("#a-kpi-" + id, "จำนวนสื่อประชาสัมพันธ์");
		this.page.fill("#a-unit-" + id, "รายการ");
		this.page.fill("#a-targetQuantity-" + id, "5");
		this.page.fill("#a-budget-" + id, "-5000");
		String january = (YEAR - 543) + "-01";
		String february = (YEAR - 543) + "-02";
		this.page.check("#a-m-" + id + "-" + january);
		this.page.check("#a-m-" + id + "-" + february);
		this.page.click(".planning-add-activity");
		// refused: the error names the budget, the form keeps what was typed
		assertThat(this.page.locator("#planning-error").getAttribute("data-field")).isEqualTo("budget");
		assertThat(this.page.locator("#a-budget-" + id).getAttribute("class")).contains("is-invalid");
		assertThat(this.page.inputValue("#a-name-" + id)).isEqualTo("กิจกรรมสร้างสื่อประชาสัมพันธ์");
		assertThat(this.page.isChecked("#a-m-" + id + "-" + january)).isTrue();
		this.page.fill("#a-budget-" + id, "5,000");
		this.page.waitForNavigation(() -> this.page.click(".planning-add-activity"));
		Locator row = this.page.locator(".planning-activity").first();
		assertThat(row.locator("td[data-on=true]").count()).isEqualTo(2);
		assertThat(this.page.locator(".planning-project-total").textContent()).isEqualTo("5,000.00");
		screenshot(this.page, "planning-editor");

		// the activity is edited in place (a plain form): a target of 0 is refused next
		// to the field
		String activityId = row.getAttribute("data-activity");
		Locator edit = this.page.locator("#activity-edit-" + activityId);
		edit.locator("summary").click();
		this.page.fill("#ae-targetQuantity-" + activityId, "0");
		this.page.waitForNavigation(() -> edit.locator(".planning-save-activity").click());
		assertThat(this.page.locator("#ae-targetQuantity-" + activityId + "-error").isVisible()).isTrue();
		assertThat(this.page.locator("#ae-targetQuantity-" + activityId).getAttribute("class")).contains("is-invalid");
		this.page.fill("#ae-targetQuantity-" + activityId, "6");
		this.page.waitForNavigation(() -> edit.locator(".planning-save-activity").click());
		assertThat(this.page.locator("#planning-flash").isVisible()).isTrue();
		assertThat(this.page.locator(".planning-activity").first().locator("td").nth(2).textContent().trim())
			.isEqualTo("6");
		assertThat(this.page.locator(".planning-project-total").textContent()).isEqualTo("5,000.00");

		this.page.click("#planning-nav-overview");
		this.page.waitForNavigation(() -> this.page.click("#planning-submit"));
		assertThat(this.page.locator(".planning-status").textContent()).isEqualTo("เสนออนุมัติแล้ว");

		// the agency admin approves and publishes
		Page adminPage = newPage(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1280, 800));
		login(adminPage, agencyAdmin, PASSWORD);
		adminPage.navigate("/plans/S4001/" + YEAR + "/integrity");
		adminPage.waitForNavigation(() -> adminPage.click("#planning-approve"));
		adminPage.waitForNavigation(() -> adminPage.click("#planning-publish"));
		assertThat(adminPage.locator(".planning-status").textContent()).isEqualTo("เผยแพร่แล้ว");
		adminPage.waitForNavigation(() -> adminPage.click("#planning-public-link"));
		assertThat(adminPage.url()).endsWith("/public/agencies/S4001/plans/" + YEAR);

		// anybody reads the public page, also on a phone
		Page phone = phonePage();
		phone.navigate("/public/agencies/S4001/plans/" + YEAR);
		assertThat(phone.locator("#planning-plan-total").textContent()).contains("5,000.00");
		assertThat(phone.locator(".planning-activity").first().textContent()).contains("กิจกรรมสร้างสื่อประชาสัมพันธ์");
		assertThat(phone.locator(".planning-measure").first().textContent())
			.contains("มาตรการส่งเสริมการเปิดเผยข้อมูล");
		assertThat((Boolean) phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"))
			.as("no horizontal scroll of the page on a phone")
			.isTrue();
		screenshot(phone, "planning-public-phone");
	}

	private void user(String token, String username, String role) throws Exception {
		Map<String, Object> body = Map.of("username", username, "password", PASSWORD, "displayName",
				"ทดสอบ " + username, "roles", List.of(role), "agency", "S4001");
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
