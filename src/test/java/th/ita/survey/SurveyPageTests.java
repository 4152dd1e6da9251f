package th.ita.survey;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.ita.survey.responses.Questionnaire;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The respondent pages without a browser: public, CSRF, group step, double submit. */
class SurveyPageTests extends SurveyRoundSupport {

	static final int OPEN = 2595;

	static final int CLOSED = 2596;

	static final Pattern TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

	@BeforeEach
	void rounds() throws Exception {
		openRound(OPEN);
		closedRound(CLOSED);
	}

	String page(String path) throws Exception {
		return this.mvc.perform(get(path).with(newClient()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	static String token(String html) {
		Matcher matcher = TOKEN.matcher(html);
		assertThat(matcher.find()).as("form token in the page").isTrue();
		return matcher.group(1);
	}

	MockHttpServletRequestBuilder form(String path, String token, String group, Map<String, Integer> answers) {
		MockHttpServletRequestBuilder request = post(path).param("formToken", token)
			.param("respondentGroup", group)
			.with(newClient());
		answers.forEach((code, value) -> request.param("a." + code, String.valueOf(value)));
		return request;
	}

	@Test
	void aDoubleSubmitOfOneFormStoresOneResponse() throws Exception {
		String path = "/s/" + OPEN + "/EIT/S4001";
		String chooser = page(path);
		assertThat(chooser).contains("name=\"group\"", "SERVICE_RECIPIENT", "SCHOOL", "href=\"/s/privacy\"");
		String html = page(path + "?group=SCHOOL");
		assertThat(html).contains("<fieldset", "<legend", "ตอบแล้ว 0 จาก", "name=\"_csrf\"", "href=\"/s/privacy\"");
		String token = token(html);
		Map<String, Integer> answers = firstAnswers(questionnaire(OPEN, "EIT", "S4001"), "SCHOOL");
		long before = stored(OPEN, "S4001", "EIT");
		this.mvc.perform(form(path, token, "SCHOOL", answers).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"receipt\"")));
		this.mvc.perform(form(path, token, "SCHOOL", answers).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"already-received\"")))
			.andExpect(content().string(containsString("ได้รับแล้ว")));
		assertThat(stored(OPEN, "S4001", "EIT")).isEqualTo(before + 1);
	}

	@Test
	void pagesNeedTheCsrfToken() throws Exception {
		String path = "/s/" + OPEN + "/EIT/S4001";
		String token = token(page(path + "?group=SCHOOL"));
		long before = stored(OPEN, "S4001", "EIT");
		this.mvc.perform(form(path, token, "SCHOOL", firstAnswers(questionnaire(OPEN, "EIT", "S4001"), "SCHOOL")))
			.andExpect(status().isForbidden());
		assertThat(stored(OPEN, "S4001", "EIT")).isEqualTo(before);
	}

	@Test
	void aMissingAnswerReRendersWithTheErrorAndTheOtherAnswersKept() throws Exception {
		String path = "/s/" + OPEN + "/IIT/S4001";
		String code = generate(OPEN, "S4001", SurveyInstrument.IIT, 1).codes().get(0);
		String html = page(path + "?code=" + code);
		assertThat(html).contains("value=\"" + code + "\"").doesNotContain("code=" + code);
		Questionnaire iit = questionnaire(OPEN, "IIT", "S4001");
		Map<String, Integer> answers = firstAnswers(iit, "STAFF");
		answers.remove("i2");
		long before = stored(OPEN, "S4001", "IIT");
		String again = this.mvc
			.perform(form(path, token(html), "STAFF", answers).param("accessCode", code).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"error-summary\"")))
			.andExpect(content().string(containsString("href=\"#q-i2\"")))
			.andExpect(content().string(containsString("aria-describedby=\"err-q-i2\"")))
			.andExpect(content().string(containsString("value=\"" + code + "\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(again).containsPattern("id=\"q-i1-1-1\" name=\"a.i1.1\"\\s+value=\"1\" checked")
			.doesNotContainPattern("id=\"q-i2-1\" name=\"a.i2\"\\s+value=\"1\" checked");
		assertThat(stored(OPEN, "S4001", "IIT")).isEqualTo(before);
	}

	@Test
	void closedSurveyPrivacyAndEnglish() throws Exception {
		this.mvc.perform(get("/s/" + CLOSED + "/IIT/S4001").with(newClient()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"closed-message\"")));
		this.mvc.perform(get("/s/2599/IIT/S4001").with(newClient())).andExpect(status().isNotFound());
		assertThat(page("/s/privacy")).contains("ไม่เก็บ", "วันที่ส่ง");
		assertThat(page("/s/" + OPEN + "/IIT/S4001?lang=en")).contains("Answered 0 of", "lang=\"en\"")
			.doesNotContain("ตอบแล้ว");
		this.mvc.perform(get("/s/" + OPEN + "/IIT/S4001").with(newClient()))
			.andExpect(content().string(not(containsString("style="))));
	}

}
