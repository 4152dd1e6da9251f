package th.ita.survey;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.ita.TestPrincipals;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * No access code, answer or receipt reaches a log, even with Spring's web, JDBC and
 * security logging and the survey module at DEBUG/TRACE: generation and every outcome of
 * using a code.
 */
@ExtendWith(OutputCaptureExtension.class)
class AccessCodeLogTests extends SurveyRoundSupport {

	static final List<String> LOGGERS = List.of("org.springframework", "th.ita", "org.apache.catalina");

	@Autowired
	LoggingSystem logging;

	@Test
	void codesNeverAppearInLogs(CapturedOutput output) throws Exception {
		List<String> codes = new ArrayList<>();
		LOGGERS.forEach(name -> this.logging.setLogLevel(name, LogLevel.DEBUG));
		this.logging.setLogLevel("th.ita.survey", LogLevel.TRACE);
		try {
			String json = this.mvc
				.perform(post("/api/v1/rounds/" + YEAR + "/agencies/S4001/access-codes")
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"instrument\":\"IIT\",\"count\":3}")
					.with(authentication(TestPrincipals.admin())))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString();
			codes.addAll(com.jayway.jsonpath.JsonPath.read(json, "$.codes"));
			RequestPostProcessor client = newClient();
			respond("S4001", codes.get(0), client).andExpect(status().isCreated());
			respond("S4001", codes.get(0), client).andExpect(status().isConflict());
			respond("4001", codes.get(1), client).andExpect(status().isUnprocessableContent());
			String guess = "2345-6789-ABCD";
			codes.add(guess);
			respond("S4001", guess, client).andExpect(status().isUnprocessableContent());
		}
		finally {
			LOGGERS.forEach(name -> this.logging.setLogLevel(name, null));
			this.logging.setLogLevel("th.ita.survey", null);
		}
		assertThat(output.getAll()).as("debug logging of bodies was on, and redacted").contains("codes=<redacted>");
		for (String code : codes) {
			assertThat(output.getAll()).doesNotContain(code)
				.doesNotContain(code.replace("-", ""))
				.doesNotContainIgnoringCase(code.replace("-", "").toLowerCase());
		}
	}

	@Test
	void responsesCodesAnswersAndReceiptsNeverAppearInLogs(CapturedOutput output) throws Exception {
		int year = 2597;
		openRound(year);
		String code = generate(year, "S4001", SurveyInstrument.IIT, 1).codes().get(0);
		String second = generate(year, "S4001", SurveyInstrument.IIT, 1).codes().get(0);
		String third = generate(year, "S4001", SurveyInstrument.IIT, 1).codes().get(0);
		java.util.Map<String, Integer> answers = answers(questionnaire(year, "IIT", "S4001"), "STAFF",
				options -> options.get(options.size() - 1));
		String answerJson = json(answers);
		List<String> receipts = new ArrayList<>();
		LOGGERS.forEach(name -> this.logging.setLogLevel(name, LogLevel.DEBUG));
		this.logging.setLogLevel("th.ita.survey", LogLevel.TRACE);
		try {
			RequestPostProcessor client = newClient();
			String questionnaire = this.mvc
				.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
					.get("/api/v1/rounds/" + year + "/surveys/IIT/S4001"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			receipts.add(com.jayway.jsonpath.JsonPath.read(questionnaire, "$.formToken"));
			// A QR link: the code travels in the query string.
			this.mvc
				.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
					.get("/s/" + year + "/IIT/S4001?code=" + code)
					.with(client))
				.andExpect(status().isOk());
			String json = submit(year, "IIT", "S4001", body(code, null, answers), client)
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString();
			receipts.add(com.jayway.jsonpath.JsonPath.read(json, "$.receipt"));
			submit(year, "IIT", "S4001", body(code, null, answers), client).andExpect(status().isConflict());
			// The lean submit path logs nothing; with a query string the controller
			// answers, and MVC logs its body (redacted) at DEBUG.
			String viaMvc = this.mvc
				.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
					.post("/api/v1/rounds/" + year + "/surveys/IIT/S4001/responses?via=mvc")
					.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
					.content(body(third, null, answers))
					.with(client))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString();
			receipts.add(com.jayway.jsonpath.JsonPath.read(viaMvc, "$.receipt"));
			java.util.Map<String, Integer> missing = new java.util.LinkedHashMap<>(answers);
			missing.remove("i2");
			submit(year, "IIT", "S4001", body(second, null, missing), client)
				.andExpect(status().isUnprocessableContent());
		}
		finally {
			LOGGERS.forEach(name -> this.logging.setLogLevel(name, null));
			this.logging.setLogLevel("th.ita.survey", null);
		}
		String all = output.getAll();
		assertThat(all).as("debug logging was on").contains("/s/" + year + "/IIT/S4001");
		for (String secret : List.of(code, second, third)) {
			assertThat(all).doesNotContain(secret)
				.doesNotContain(secret.replace("-", ""))
				.doesNotContainIgnoringCase(secret.replace("-", "").toLowerCase());
		}
		assertThat(all).as("bodies were logged, redacted").contains("Receipt[<redacted>]");
		for (String receipt : receipts) {
			assertThat(all).doesNotContain(receipt).doesNotContain(receipt.replace("-", ""));
		}
		assertThat(all).doesNotContain(answerJson)
			.doesNotContain(answerJson.substring(1, 20))
			.doesNotContain("\"answers\"")
			.doesNotContain("i1.1=");
	}

}
