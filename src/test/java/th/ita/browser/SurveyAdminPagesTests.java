package th.ita.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.ita.shared.ThaiDates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The central team's survey pages in a browser: the anomaly report (exclude a flagged
 * group with a reason, then undo it) and the live progress page (a new response shows
 * without reloading).
 */
class SurveyAdminPagesTests extends BrowserTest {

	static final int YEAR = 2615;

	static final String GROUP = "SERVICE_RECIPIENT";

	private final HttpClient http = HttpClient.newHttpClient();

	private String bearer;

	@BeforeEach
	void round() throws Exception {
		String token = send("POST", "/api/v1/auth/token",
				"{\"username\":\"admin\",\"password\":\"admin-test-password\"}", null)
			.body();
		this.bearer = JsonPath.read(token, "$.token");
		synchronized (SurveyAdminPagesTests.class) {
			if (send("GET", "/api/v1/rounds/" + YEAR, null, this.bearer).statusCode() == 404) {
				LocalDate today = LocalDate.now(ThaiDates.BANGKOK);
				assertThat(send("POST", "/api/v1/rounds", "{\"fiscalYear\":" + YEAR
						+ ",\"programme\":\"OBEC-ESA\",\"framework\":\"ITA-ESA-2567\",\"calendar\":{\"windows\":"
						+ "{\"COLLECTION\":{\"from\":\"" + today.minusDays(1) + "\",\"to\":\"" + today.plusDays(30)
						+ "\"}}}}", this.bearer)
					.statusCode()).isEqualTo(201);
				assertThat(send("POST", "/api/v1/rounds/" + YEAR + "/enrolments", "{\"agencies\":[\"S4001\"]}",
						this.bearer)
					.statusCode()).isBetween(200, 201);
				for (int i = 0; i < 6; i++) {
					assertThat(respond(0)).isEqualTo(201);
				}
			}
		}
	}

	/** Submits an EIT response answering every item with the option at {@code pick}. */
	int respond(int pick) {
		String questionnaire = send("GET", "/api/v1/rounds/" + YEAR + "/surveys/EIT/S4001", null, null).body();
		List<Map<String, Object>> items = JsonPath.read(questionnaire, "$.sections[*].items[*]");
		StringBuilder answers = new StringBuilder();
		for (Map<String, Object> item : items) {
			@SuppressWarnings("unchecked")
			List<String> groups = (List<String>) item.get("groups");
			if (groups.contains(GROUP)) {
				@SuppressWarnings("unchecked")
				List<Map<String, Object>> options = (List<Map<String, Object>>) item.get("options");
				Object value = options.get(Math.min(pick, options.size() - 1)).get("value");
				answers.append(answers.isEmpty() ? "" : ",")
					.append('"')
					.append(item.get("code"))
					.append("\":")
					.append(value);
			}
		}
		return send("POST", "/api/v1/rounds/" + YEAR + "/surveys/EIT/S4001/responses",
				"{\"respondentGroup\":\"" + GROUP + "\",\"answers\":{" + answers + "}}", null)
			.statusCode();
	}

	HttpResponse<String> send(String method, String path, String body, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Content-Type", "application/json")
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void anAdminExcludesAFlaggedGroupWithAReasonAndUndoesIt() {
		login(this.page, "admin", "admin-test-password");
		this.page.navigate("/admin/rounds/" + YEAR + "/surveys/anomalies");
		Locator flag = this.page.locator("tr[data-flag^='IDENTICAL:S4001:EIT:']");
		assertThat(flag.count()).isEqualTo(1);
		flag.locator("input[name=reason]").first().fill("ส่งซ้ำจากเครื่องเดียวกัน");
		this.page.waitForNavigation(() -> flag.locator("button.btn-outline-danger").click());
		assertThat(this.page.locator("#excluded-result").isVisible()).isTrue();
		assertThat(this.page.locator("#exclusions").textContent()).contains("ส่งซ้ำจากเครื่องเดียวกัน");
		screenshot(this.page, "survey-anomalies-excluded");
		Locator undo = this.page.locator("tr[data-flag^='IDENTICAL:S4001:EIT:'] form.undo-exclusion");
		assertThat(undo.count()).isEqualTo(1);
		undo.locator("input[name=reason]").fill("ตรวจแล้วเป็นคำตอบจริง");
		this.page.waitForNavigation(() -> undo.locator("button").click());
		assertThat(this.page.locator("#restored-result").isVisible()).isTrue();
		assertThat(this.page.locator("tr[data-flag^='IDENTICAL:S4001:EIT:'] form.undo-exclusion").count()).isZero();
		assertThat(this.page.locator("#no-exclusions").isVisible()).isTrue();
	}

	@Test
	void theProgressPageUpdatesLiveWhenAResponseArrives() {
		login(this.page, "admin", "admin-test-password");
		this.page.navigate("/surveys/" + YEAR + "/progress/S4001");
		Locator cell = this.page.locator("tr[data-agency='S4001'] td[data-instrument='EIT'] span").first();
		String before = cell.textContent().strip();
		int count = Integer.parseInt(before.split("\\D+")[0]);
		assertThat(respond(3)).isEqualTo(201);
		this.page.waitForCondition(() -> {
			String now = this.page.locator("tr[data-agency='S4001'] td[data-instrument='EIT'] span")
				.first()
				.textContent();
			return now.strip().startsWith(String.valueOf(count + 1));
		}, new Page.WaitForConditionOptions().setTimeout(20_000));
		screenshot(this.page, "survey-progress-live");
	}

}
