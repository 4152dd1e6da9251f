package th.ita.web;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Error pages over real HTTP (MockMvc does not forward to the error page). */
class ErrorPageTests extends WebIntegrationTest {

	@Test
	void unknownPageIsThe404PageInThaiThenInEnglishAfterSwitching() {
		Http http = http().login(ADMIN, ADMIN_PASSWORD);
		HttpResponse<String> thai = http.get("/no-such-page?x=1", "Accept", "text/html");
		assertThat(thai.statusCode()).isEqualTo(404);
		assertThat(thai.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).contains("text/html"));
		assertThat(thai.body()).contains("lang=\"th\"", "ไม่พบหน้าที่ต้องการ", "data-status=\"404\"")
			// the language switch stays on the page asked for
			.contains("href=\"/no-such-page?x=1&amp;lang=en\"");

		HttpResponse<String> english = http.get("/no-such-page?lang=en", "Accept", "text/html");
		assertThat(english.statusCode()).isEqualTo(404);
		assertThat(english.body()).contains("lang=\"en\"", "Page not found").doesNotContain("ไม่พบหน้าที่ต้องการ");
		// the cookie keeps English
		assertThat(http.get("/another-missing-page", "Accept", "text/html").body()).contains("lang=\"en\"",
				"Page not found");
	}

	@Test
	void notFoundExceptionFromAPageControllerIsThe404Page() {
		HttpResponse<String> response = http().login(ADMIN, ADMIN_PASSWORD).get("/test-web/missing/9999");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("ไม่พบหน้าที่ต้องการ", "lang=\"th\"").doesNotContain("No agency 9999");
	}

	@Test
	void unknownPolicyIsThe404PageForAnonymousUsers() {
		HttpResponse<String> response = http().get("/policies/nothing");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("ไม่พบหน้าที่ต้องการ");
	}

	@Test
	void anExceptionIsThe500PageWithoutTheExceptionText() {
		Http http = http().login(ADMIN, ADMIN_PASSWORD);
		HttpResponse<String> response = http.get("/test-web/boom", "Accept", "text/html");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("ระบบขัดข้อง", "lang=\"th\"", "footer-policies")
			.doesNotContain(TestWebControllers.SECRET)
			.doesNotContain("IllegalStateException")
			.doesNotContain("at th.ita.");
		HttpResponse<String> english = http.get("/test-web/boom?lang=en", "Accept", "text/html");
		assertThat(english.body()).contains("Something went wrong", "lang=\"en\"")
			.doesNotContain(TestWebControllers.SECRET);
	}

	@Test
	void uploadTooLargeIsThe413Page() {
		HttpResponse<String> response = http().login(ADMIN, ADMIN_PASSWORD).get("/test-web/too-large");
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("ไฟล์มีขนาดใหญ่เกินไป", "5 MB");
	}

	@Test
	void forbiddenPageIsThe403Page() {
		// a user without SYSTEM_ADMIN does not exist yet; an invalid CSRF token gives a
		// 403 too
		HttpResponse<String> response = http().send(java.net.http.HttpRequest.newBuilder(http().uri("/logout"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("_csrf=wrong"))
			.build());
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("ไม่มีสิทธิ์เข้าถึง", "lang=\"th\"");
	}

}
