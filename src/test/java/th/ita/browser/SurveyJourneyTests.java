package th.ita.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.ita.shared.ThaiDates;

import static org.assertj.core.api.Assertions.assertThat;

/** A respondent answers the IIT on a 360 px phone with JavaScript off. */
class SurveyJourneyTests extends BrowserTest {

	static final int YEAR = 2594;

	private final HttpClient http = HttpClient.newHttpClient();

	private String bearer;

	@BeforeEach
	void round() throws Exception {
		String token = send("POST", "/api/v1/auth/token",
				"{\"username\":\"admin\",\"password\":\"admin-test-password\"}", null)
			.body();
		this.bearer = JsonPath.read(token, "$.token");
		synchronized (SurveyJourneyTests.class) {
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
			}
		}
	}

	String code() {
		String json = send("POST", "/api/v1/rounds/" + YEAR + "/agencies/S4001/access-codes",
				"{\"instrument\":\"IIT\",\"count\":1}", this.bearer)
			.body();
		List<String> codes = JsonPath.read(json, "$.codes");
		return codes.get(0);
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

	Page phoneWithoutJavaScript() {
		return newPage(new Browser.NewContextOptions().setViewportSize(PHONE_WIDTH, PHONE_HEIGHT)
			.setIsMobile(true)
			.setHasTouch(true)
			.setJavaScriptEnabled(false));
	}

	/** Picks the first answer of every item except the one at {@code skip} (-1: none). */
	static int answerAll(Page page, int skip) {
		Locator items = page.locator("fieldset.survey-item");
		int count = items.count();
		for (int i = 0; i < count; i++) {
			if (i != skip) {
				items.nth(i).locator("label").first().click();
			}
		}
		return count;
	}

	@Test
	void answersTheWholeIitOnAPhoneWithoutJavaScriptAndSeesTheReceipt() {
		Page phone = phoneWithoutJavaScript();
		String code = code();
		Response response = phone.navigate("/s/" + YEAR + "/IIT/S4001?code=" + code);
		assertThat(response.status()).isEqualTo(200);
		assertThat(phone.locator("html").getAttribute("lang")).isEqualTo("th");
		assertThat(phone.inputValue("#accessCode")).isEqualTo(code);
		assertThat(phone.locator("#progress-text").textContent()).startsWith("ตอบแล้ว 0 จาก");
		assertThat(phone.locator("#privacy-link").getAttribute("href")).isEqualTo("/s/privacy");
		Locator firstLabel = phone.locator("fieldset.survey-item label").first();
		assertThat(firstLabel.boundingBox().height).isGreaterThanOrEqualTo(44);
		assertThat(phone.locator("#survey-submit").boundingBox().height).isGreaterThanOrEqualTo(44);
		assertThat(phone.locator("fieldset.survey-item").first().locator("legend").count()).isEqualTo(1);
		int items = answerAll(phone, -1);
		assertThat(items).isGreaterThan(10);
		Locator body = phone.locator("main");
		assertThat(body.boundingBox().width).isLessThanOrEqualTo(PHONE_WIDTH);
		screenshot(phone, "survey-iit-phone");
		phone.waitForNavigation(() -> phone.click("#survey-submit"));
		assertThat(phone.locator("#receipt").textContent().strip())
			.matches("[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}");
		screenshot(phone, "survey-receipt-phone");
	}

	@Test
	void aMissingAnswerIsShownNextToItsItemWithTheOtherAnswersKept() {
		Page phone = phoneWithoutJavaScript();
		phone.navigate("/s/" + YEAR + "/IIT/S4001?code=" + code());
		answerAll(phone, 2);
		phone.waitForNavigation(() -> phone.click("#survey-submit"));
		Locator missing = phone.locator("fieldset.survey-item").nth(2);
		String id = missing.getAttribute("id");
		assertThat(missing.getAttribute("class")).contains("survey-invalid");
		String describedBy = missing.getAttribute("aria-describedby");
		assertThat(describedBy).isEqualTo("err-" + id);
		assertThat(missing.locator("#" + describedBy).isVisible()).isTrue();
		assertThat(phone.locator("#error-summary a[href='#" + id + "']").count()).isEqualTo(1);
		Locator first = phone.locator("fieldset.survey-item").nth(0).locator("input[type=radio]").first();
		assertThat(first.isChecked()).isTrue();
		assertThat(phone.locator("fieldset.survey-item").nth(3).locator("input[type=radio]").first().isChecked())
			.isTrue();
		assertThat(phone.locator("#progress-text").textContent()).doesNotStartWith("ตอบแล้ว 0 ");
		screenshot(phone, "survey-missing-phone");
		missing.locator("label").first().click();
		phone.waitForNavigation(() -> phone.click("#survey-submit"));
		assertThat(phone.locator("#receipt").isVisible()).isTrue();
	}

}
