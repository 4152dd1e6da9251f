package th.ita.web;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;

import static org.assertj.core.api.Assertions.assertThat;

/** The 401/403 problem documents the API filter chain is to use. */
class ProblemSecurityHandlersTests {

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/web");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Test
	void unauthenticatedIs401ProblemJson() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/users");
		MockHttpServletResponse response = new MockHttpServletResponse();
		new ProblemAuthenticationEntryPoint(messages()).commence(request, response,
				new InsufficientAuthenticationException("no token"));
		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
		assertThat(response.getContentAsString()).contains("\"status\":401", "\"instance\":\"/api/v1/users\"")
			.doesNotContain("no token");
	}

	@Test
	void forbiddenIs403ProblemJson() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("DELETE", "/api/v1/agencies/4001");
		request.addPreferredLocale(java.util.Locale.ENGLISH);
		MockHttpServletResponse response = new MockHttpServletResponse();
		new ProblemAccessDeniedHandler(messages()).handle(request, response, new AccessDeniedException("nope"));
		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"status\":403", "\"title\":\"Forbidden\"")
			.doesNotContain("nope");
	}

	@Test
	void quotesJsonStrings() {
		assertThat(ProblemJson.quote("a\"b\\c\nd\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\"");
	}

}
