package th.ita.survey;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.ita.survey.responses.Questionnaire;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public survey API: questionnaire, responses, the code race, form tokens, anonymity.
 */
class SurveyResponseApiTests extends SurveyRoundSupport {

	static final int OPEN = 2590;

	@LocalServerPort
	int port;

	@BeforeEach
	void round() throws Exception {
		openRound(OPEN);
	}

	@Test
	void questionnaireIsPublicWithItemsOptionsGroupsAndAFormToken() throws Exception {
		this.mvc.perform(get("/api/v1/rounds/" + OPEN + "/surveys/IIT/S4001"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
			.andExpect(jsonPath("$.fiscalYear").value(OPEN))
			.andExpect(jsonPath("$.agencyCode").value("S4001"))
			.andExpect(jsonPath("$.agencyNameTh").isNotEmpty())
			.andExpect(jsonPath("$.instrument").value("IIT"))
			.andExpect(jsonPath("$.accessCodeRequired").value(true))
			.andExpect(jsonPath("$.respondentGroups[0].code").value("STAFF"))
			.andExpect(jsonPath("$.sections[0].indicator").value("1"))
			.andExpect(jsonPath("$.sections[0].items[0].code").value("i1.1"))
			.andExpect(jsonPath("$.sections[0].items[0].textTh").isNotEmpty())
			.andExpect(jsonPath("$.sections[0].items[0].textEn").isNotEmpty())
			.andExpect(jsonPath("$.sections[0].items[0].scale").value("LIKERT4"))
			.andExpect(jsonPath("$.sections[0].items[0].options.length()").value(4))
			.andExpect(jsonPath("$.sections[0].items[0].options[0].value").value(1))
			.andExpect(jsonPath("$.sections[0].items[0].options[0].labelTh").isNotEmpty())
			.andExpect(jsonPath("$.sections[0].items[0].groups[0]").value("STAFF"))
			.andExpect(jsonPath("$.formToken").isString());
		this.mvc.perform(get("/api/v1/rounds/" + OPEN + "/surveys/EIT/S4001"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accessCodeRequired").value(false))
			.andExpect(jsonPath("$.respondentGroups.length()").value(2));
	}

	@Test
	void iitResponseIsStoredWithAReceiptAndNothingThatIdentifies() throws Exception {
		String code = generate(OPEN, "S4001", SurveyInstrument.IIT, 1).codes().get(0);
		Questionnaire questionnaire = questionnaire(OPEN, "IIT", "S4001");
		long before = stored(OPEN, "S4001", "IIT");
		String receipt = submit(OPEN, "IIT", "S4001", body(code, null, firstAnswers(questionnaire, "STAFF")),
				newClient())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.receipt", matchesPattern("[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(stored(OPEN, "S4001", "IIT")).isEqualTo(before + 1);
		List<String> rows = this.jdbc.sql("select t::text from survey_response t").query(String.class).list();
		String canonical = code.replace("-", "");
		String receiptValue = receipt.replaceAll(".*\"receipt\":\"([^\"]+)\".*", "$1");
		assertThat(rows).noneMatch(r -> r.contains(canonical) || r.contains(code) || r.contains(receiptValue)
				|| r.contains(receiptValue.replace("-", "")));
	}

	@Test
	void responseTableHasExactlyTheAnonymousColumns() {
		List<String> columns = this.jdbc.sql("select column_name from information_schema.columns where table_name = ?")
			.param("survey_response")
			.query(String.class)
			.list();
		assertThat(columns).containsExactlyInAnyOrder("id", "fiscal_year", "agency_code", "instrument",
				"respondent_group", "answers", "submitted_on");
		assertThat(columns).noneMatch(c -> c.matches(".*(ip|agent|code_|hash|user|time|created|seq|serial).*"));
		assertThat(this.jdbc
			.sql("select data_type from information_schema.columns where table_name = ? and "
					+ "column_name in ('id', 'submitted_on') order by column_name")
			.param("survey_response")
			.query(String.class)
			.list()).containsExactly("uuid", "date");
		assertThat(this.jdbc
			.sql("select count(*) from information_schema.columns where table_name = ? "
					+ "and (column_default like 'nextval%' or is_identity = 'YES')")
			.param("survey_response")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc
			.sql("select count(*) from information_schema.table_constraints where table_name = ? "
					+ "and constraint_type = 'FOREIGN KEY'")
			.param("survey_response")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select column_name from information_schema.columns where table_name = ?")
			.param("survey_form_token")
			.query(String.class)
			.list())
			.containsExactlyInAnyOrder("hash", "fiscal_year", "agency_code", "instrument", "used", "expires_on");
	}

	@Test
	void twoSimultaneousSubmissionsWithOneCodeOverHttpGiveOne201AndOne409() throws Exception {
		Questionnaire questionnaire = questionnaire(OPEN, "IIT", "4001");
		HttpClient http = HttpClient.newHttpClient();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 3; round++) {
				String code = generate(OPEN, "4001", SurveyInstrument.IIT, 1).codes().get(0);
				long before = stored(OPEN, "4001", "IIT");
				String body = body(code, null, firstAnswers(questionnaire, "STAFF"));
				CyclicBarrier start = new CyclicBarrier(2);
				List<Future<Integer>> results = new ArrayList<>();
				for (int t = 0; t < 2; t++) {
					results.add(pool.submit(() -> {
						HttpRequest request = HttpRequest
							.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/rounds/" + OPEN
									+ "/surveys/IIT/4001/responses"))
							.header("Content-Type", "application/json")
							.POST(HttpRequest.BodyPublishers.ofString(body))
							.build();
						start.await(10, TimeUnit.SECONDS);
						return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
					}));
				}
				List<Integer> statuses = new ArrayList<>();
				for (Future<Integer> result : results) {
					statuses.add(result.get(30, TimeUnit.SECONDS));
				}
				assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(201, 409);
				assertThat(stored(OPEN, "4001", "IIT")).isEqualTo(before + 1);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aFormTokenStoresOneResponseAndIsRefusedTheSecondTime() throws Exception {
		String token = com.jayway.jsonpath.JsonPath
			.read(this.mvc.perform(get("/api/v1/rounds/" + OPEN + "/surveys/EIT/S4001"))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.formToken");
		Map<String, Integer> answers = firstAnswers(questionnaire(OPEN, "EIT", "S4001"), "SERVICE_RECIPIENT");
		String body = "{\"respondentGroup\":\"SERVICE_RECIPIENT\",\"formToken\":\"" + token + "\",\"answers\":"
				+ json(answers) + "}";
		long before = stored(OPEN, "S4001", "EIT");
		submit(OPEN, "EIT", "S4001", body, newClient()).andExpect(status().isCreated());
		submit(OPEN, "EIT", "S4001", body, newClient()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("formToken"));
		assertThat(stored(OPEN, "S4001", "EIT")).isEqualTo(before + 1);
		String unknown = body.replace(token, "not-a-token");
		submit(OPEN, "EIT", "S4001", unknown, newClient()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("formToken"));
		// The token of another agency's form does not fit.
		String other = com.jayway.jsonpath.JsonPath
			.read(this.mvc.perform(get("/api/v1/rounds/" + OPEN + "/surveys/EIT/4001"))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.formToken");
		submit(OPEN, "EIT", "S4001", body.replace(token, other), newClient())
			.andExpect(status().isUnprocessableContent());
		assertThat(stored(OPEN, "S4001", "EIT")).isEqualTo(before + 1);
		// Without a token the API stores (EIT takes no code yet).
		submit(OPEN, "EIT", "S4001", body(null, "SERVICE_RECIPIENT", answers), newClient())
			.andExpect(status().isCreated());
		assertThat(stored(OPEN, "S4001", "EIT")).isEqualTo(before + 2);
	}

	@Test
	void guessingCodesOnTheRealEndpointIsLimitedWith429() throws Exception {
		Map<String, Integer> answers = firstAnswers(questionnaire(OPEN, "IIT", "S4001"), "STAFF");
		var guesser = newClient();
		for (int i = 0; i < 10; i++) {
			submit(OPEN, "IIT", "S4001", body("2345-6789-ABC" + "DEFGHJKMNP".charAt(i), null, answers), guesser)
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.field").value("accessCode"));
		}
		String code = generate(OPEN, "S4001", SurveyInstrument.IIT, 1).codes().get(0);
		long before = stored(OPEN, "S4001", "IIT");
		submit(OPEN, "IIT", "S4001", body(code, null, answers), guesser).andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.status").value(429));
		assertThat(stored(OPEN, "S4001", "IIT")).isEqualTo(before);
		submit(OPEN, "IIT", "S4001", body(code, null, answers), newClient()).andExpect(status().isCreated());
	}

}
