package th.ita.survey;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import th.ita.TestPrincipals;
import th.ita.assessment.Rounds;
import th.ita.shared.ThaiDates;
import th.ita.survey.responses.Questionnaire;
import th.ita.survey.responses.SurveyForms;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Rounds of the survey response tests: each test class uses its own fiscal years (2590
 * and later), created through the API as the admin with S4001, 4001 and 1001 enrolled.
 */
abstract class SurveyRoundSupport extends SurveyTestSupport {

	@Autowired
	Rounds rounds;

	@Autowired
	SurveyForms forms;

	/** A round whose collection window is open today (created once). */
	void openRound(int year) throws Exception {
		LocalDate today = LocalDate.now(ThaiDates.BANGKOK);
		round(year, today.minusDays(1), today.plusDays(30));
	}

	/**
	 * The round shared by the settings, anomaly and progress tests: collection open from
	 * 59 days ago to 30 days ahead (created once). Each of them keeps to its own data.
	 */
	static final int SHARED = 2589;

	void sharedRound() throws Exception {
		LocalDate today = LocalDate.now(ThaiDates.BANGKOK);
		round(SHARED, today.minusDays(59), today.plusDays(30));
	}

	/** A round whose collection window closed last week (created once). */
	void closedRound(int year) throws Exception {
		LocalDate today = LocalDate.now(ThaiDates.BANGKOK);
		round(year, today.minusDays(30), today.minusDays(7));
	}

	void round(int year, LocalDate from, LocalDate to) throws Exception {
		synchronized (SurveyRoundSupport.class) {
			if (this.rounds.find(year).isPresent()) {
				return;
			}
			String body = "{\"fiscalYear\":" + year + ",\"programme\":\"OBEC-ESA\",\"framework\":\"ITA-ESA-2567\","
					+ "\"calendar\":{\"windows\":{\"COLLECTION\":{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}}}}";
			admin(post("/api/v1/rounds"), body).andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(201));
			admin(post("/api/v1/rounds/" + year + "/enrolments"),
					"{\"agencies\": [\"S4001\", \"4001\", \"1001\"], \"population\": {\"S4001\": {\"IIT\": 40, \"EIT\": 100}}}")
				.andExpect(r -> assertThat(r.getResponse().getStatus()).isBetween(200, 201));
		}
	}

	private ResultActions admin(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String body) throws Exception {
		return this.mvc.perform(request.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(authentication(TestPrincipals.admin())));
	}

	/** The questionnaire without a token. */
	Questionnaire questionnaire(int year, String instrument, String agency) {
		return this.forms.questionnaire(year, instrument, agency, false);
	}

	/** Every question of the group answered with the option the chooser picks. */
	Map<String, Integer> answers(Questionnaire questionnaire, String group,
			java.util.function.Function<List<Questionnaire.Option>, Questionnaire.Option> chooser) {
		Map<String, Integer> answers = new LinkedHashMap<>();
		questionnaire.questions(group).forEach(q -> answers.put(q.code(), chooser.apply(q.options()).value()));
		return answers;
	}

	Map<String, Integer> firstAnswers(Questionnaire questionnaire, String group) {
		return answers(questionnaire, group, options -> options.get(0));
	}

	static String json(Map<String, Integer> answers) {
		StringBuilder out = new StringBuilder("{");
		answers.forEach((code,
				value) -> out.append(out.length() > 1 ? "," : "").append('"').append(code).append("\":").append(value));
		return out.append('}').toString();
	}

	static String body(String accessCode, String group, Map<String, Integer> answers) {
		return "{" + ((accessCode != null) ? "\"accessCode\":\"" + accessCode + "\"," : "")
				+ ((group != null) ? "\"respondentGroup\":\"" + group + "\"," : "") + "\"answers\":" + json(answers)
				+ "}";
	}

	ResultActions submit(int year, String instrument, String agency, String body, RequestPostProcessor client)
			throws Exception {
		return this.mvc.perform(post("/api/v1/rounds/" + year + "/surveys/" + instrument + "/" + agency + "/responses")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(client));
	}

	long stored(int year, String agency, String instrument) {
		return this.jdbc
			.sql("select count(*) from survey_response where fiscal_year = ? and agency_code = ? "
					+ "and instrument = ?")
			.param(year)
			.param(agency)
			.param(instrument)
			.query(Long.class)
			.single();
	}

}
