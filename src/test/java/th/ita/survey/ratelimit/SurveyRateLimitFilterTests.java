package th.ita.survey.ratelimit;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** The limiter and its filter, built directly with small limits. */
class SurveyRateLimitFilterTests {

	static final String SURVEY_POST = "/api/v1/rounds/2568/surveys/IIT/S4001/responses";

	static SurveyRateLimitProperties limits(int submissions, int failedCodes, int maxClients) {
		return new SurveyRateLimitProperties(true, List.of("/s/**", "/api/v1/rounds/*/surveys/**"), submissions,
				Duration.ofMinutes(1), failedCodes, Duration.ofMinutes(10), maxClients);
	}

	static SurveyRateLimitFilter filter(SurveyRateLimiter limiter) {
		return new SurveyRateLimitFilter(limiter, new StaticMessageSource(), null);
	}

	static MockHttpServletResponse post(SurveyRateLimitFilter filter, String path, String address, boolean failedCode)
			throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		request.setRemoteAddr(address);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
			@Override
			protected void service(jakarta.servlet.http.HttpServletRequest req,
					jakarta.servlet.http.HttpServletResponse res) {
				if (failedCode) {
					// What AccessCodeService#consume does through FailedCodeAttempts.
					req.setAttribute(FailedCodeAttempts.ATTRIBUTE, Boolean.TRUE);
					res.setStatus(422);
				}
				else {
					res.setStatus(201);
				}
			}
		}));
		return response;
	}

	@Test
	void failedCodeAttemptsAreLimitedPerClient() throws Exception {
		SurveyRateLimitFilter filter = filter(new SurveyRateLimiter(limits(100, 3, 100)));
		for (int i = 0; i < 3; i++) {
			assertThat(post(filter, SURVEY_POST, "203.0.113.7", true).getStatus()).isEqualTo(422);
		}
		MockHttpServletResponse blocked = post(filter, SURVEY_POST, "203.0.113.7", false);
		assertThat(blocked.getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(blocked.getHeader("Retry-After"))).isBetween(1L, 600L);
		assertThat(blocked.getContentType()).startsWith("application/problem+json");
		assertThat(blocked.getContentAsString()).contains("\"status\":429").contains("\"retryAfter\":");
		assertThat(post(filter, "/s/2568/IIT/S4001", "203.0.113.7", false).getStatus()).as("pages too").isEqualTo(429);
		assertThat(post(filter, SURVEY_POST, "203.0.113.8", false).getStatus()).as("another client").isEqualTo(201);
	}

	@Test
	void pagesGetAThaiAndEnglishPage() throws Exception {
		SurveyRateLimitFilter filter = filter(new SurveyRateLimiter(limits(1, 10, 100)));
		assertThat(post(filter, "/s/2568/IIT/S4001", "198.51.100.1", false).getStatus()).isEqualTo(201);
		MockHttpServletResponse blocked = post(filter, "/s/2568/IIT/S4001", "198.51.100.1", false);
		assertThat(blocked.getStatus()).isEqualTo(429);
		assertThat(blocked.getHeader("Retry-After")).isNotBlank();
		assertThat(blocked.getContentType()).startsWith("text/html");
		assertThat(blocked.getContentAsString()).contains("<html lang=\"th\"").contains("lang=\"en\"");
	}

	@Test
	void submissionsAreLimitedSeparatelyAndOtherPathsAreNotLimited() throws Exception {
		SurveyRateLimitFilter filter = filter(new SurveyRateLimiter(limits(2, 10, 100)));
		assertThat(post(filter, SURVEY_POST, "192.0.2.1", false).getStatus()).isEqualTo(201);
		assertThat(post(filter, SURVEY_POST, "192.0.2.1", false).getStatus()).isEqualTo(201);
		assertThat(post(filter, SURVEY_POST, "192.0.2.1", false).getStatus()).isEqualTo(429);
		for (int i = 0; i < 5; i++) {
			assertThat(post(filter, "/api/v1/agencies/import", "192.0.2.1", false).getStatus()).isEqualTo(201);
		}
	}

	@Test
	void clientsAreKeptBySaltedHashInABoundedMap() {
		SurveyRateLimiter limiter = new SurveyRateLimiter(limits(5, 5, 10));
		String key = limiter.clientKey("203.0.113.7");
		assertThat(key).doesNotContain("203").isEqualTo(limiter.clientKey("203.0.113.7"));
		assertThat(new SurveyRateLimiter(limits(5, 5, 10)).clientKey("203.0.113.7")).as("salt per process")
			.isNotEqualTo(key);
		for (int i = 0; i < 100; i++) {
			limiter.trySubmission(limiter.clientKey("10.0.0." + i));
		}
		assertThat(limiter.size()).isEqualTo(10);
	}

	@Test
	void accessLogMustNotWriteQueryStrings() {
		assertThatNoException().isThrownBy(() -> AccessLogGuard.check(new MockEnvironment()));
		assertThatIllegalStateException().isThrownBy(() -> AccessLogGuard
			.check(new MockEnvironment().withProperty("server.tomcat.accesslog.enabled", "true")));
		assertThatIllegalStateException().isThrownBy(
				() -> AccessLogGuard.check(new MockEnvironment().withProperty("server.tomcat.accesslog.enabled", "true")
					.withProperty("server.tomcat.accesslog.pattern", "%h %t \"%r\" %s")));
		assertThatNoException().isThrownBy(
				() -> AccessLogGuard.check(new MockEnvironment().withProperty("server.tomcat.accesslog.enabled", "true")
					.withProperty("server.tomcat.accesslog.pattern", "%h %l %u %t \"%m %U %H\" %s %b")));
	}

}
