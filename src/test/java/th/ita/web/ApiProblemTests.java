package th.ita.web;

import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** RFC 9457 problem details for every error mapping of {@code ApiProblemAdvice}. */
class ApiProblemTests extends WebIntegrationTest {

	static final String BASE = "/api/v1/test-web";

	private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
		return request.with(authentication(TestPrincipals.admin())).accept(MediaType.APPLICATION_JSON);
	}

	@Test
	void beanValidationNamesEachField() throws Exception {
		this.mvc
			.perform(asAdmin(post(BASE + "/validate")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"\",\"code\":\"TOO-LONG\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.instance").value(BASE + "/validate"))
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[?(@.field == 'name')].message").isNotEmpty())
			.andExpect(jsonPath("$.errors[?(@.field == 'code')].message").isNotEmpty());
	}

	@Test
	void unreadableJsonIsA400WithAClearDetail() throws Exception {
		this.mvc
			.perform(asAdmin(post(BASE + "/validate")).contentType(MediaType.APPLICATION_JSON).content("{\"name\":"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("JSON")));
	}

	@Test
	void fieldExceptionIs422NamingTheField() throws Exception {
		this.mvc.perform(asAdmin(get(BASE + "/field")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("email"))
			.andExpect(jsonPath("$.detail").value("E-mail is already used by another account"))
			.andExpect(jsonPath("$.errors[0].field").value("email"));
	}

	@Test
	void conflictIs409NamingTheField() throws Exception {
		this.mvc.perform(asAdmin(get(BASE + "/conflict")))
			.andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("code"));
	}

	@Test
	void notFoundIs404() throws Exception {
		this.mvc.perform(asAdmin(get(BASE + "/missing")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("No agency 9999"));
	}

	@Test
	void unknownApiPathIsA404Problem() throws Exception {
		this.mvc.perform(asAdmin(get("/api/v1/no-such-thing")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404));
	}

	@Test
	void uploadTooLargeIs413() throws Exception {
		this.mvc.perform(asAdmin(get(BASE + "/too-large")))
			.andExpect(status().is(413))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(413));
	}

	@Test
	void missingParameterIs400NamingIt() throws Exception {
		this.mvc.perform(asAdmin(get(BASE + "/param")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("page"))
			.andExpect(jsonPath("$.detail").value(containsString("page")));
	}

	@Test
	void typeMismatchIs400NamingTheParameter() throws Exception {
		this.mvc.perform(asAdmin(get(BASE + "/param").param("page", "two")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("page"))
			.andExpect(jsonPath("$.detail").value(containsString("page")));
	}

	@Test
	void unexpectedExceptionIsAGeneric500WithoutItsMessage() throws Exception {
		this.mvc.perform(asAdmin(get(BASE + "/boom")))
			.andExpect(status().isInternalServerError())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(500))
			.andExpect(content().string(not(containsString(TestWebControllers.SECRET))))
			.andExpect(content().string(not(containsString("IllegalStateException"))))
			.andExpect(content().string(not(containsString("at th.ita"))));
	}

	@Test
	void accessDeniedIsNotSwallowed() throws Exception {
		this.mvc.perform(asAdmin(get(BASE + "/executive-only"))).andExpect(status().isForbidden());
	}

	@Test
	void unauthenticatedApiRequestIs401() throws Exception {
		this.mvc.perform(get(BASE + "/ok").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("WWW-Authenticate", "Bearer"));
	}

	@Test
	void problemTextsFollowTheLanguageCookie() throws Exception {
		this.mvc.perform(asAdmin(get(BASE + "/param")).cookie(new jakarta.servlet.http.Cookie("ITA_LANG", "en")))
			.andExpect(jsonPath("$.title").value("Missing parameter"));
		this.mvc.perform(asAdmin(get(BASE + "/param"))).andExpect(jsonPath("$.title").value("ขาดพารามิเตอร์"));
	}

}
