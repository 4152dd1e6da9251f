package th.ita.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;
import th.ita.framework.Instrument;
import th.ita.shared.ThaiDates;
import th.ita.survey.responses.Questionnaire;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The anomaly report: bursts by day, identical answers, straight-lining; exclusion with a
 * reason (audited, nothing about respondents), and excluded responses leave the results.
 */
class SurveyAnomalyTests extends SurveyRoundSupport {

	static final int YEAR_ = SHARED;

	static final LocalDate TODAY = LocalDate.now(ThaiDates.BANGKOK);

	static final LocalDate BURST_DAY = TODAY.minusDays(10);

	@Autowired
	SurveyResults results;

	@BeforeEach
	void data() throws Exception {
		synchronized (SurveyAnomalyTests.class) {
			sharedRound();
			if (stored(YEAR_, "4001", "EIT") > 0) {
				return;
			}
			Questionnaire eit = questionnaire(YEAR_, "EIT", "4001");
			String group = eit.respondentGroups().get(0).code();
			SplittableRandom random = new SplittableRandom(7);
			Map<String, Integer> planted = answers(eit, group, o -> o.get(random.nextInt(o.size())));
			for (int i = 0; i < 30; i++) {
				insert("4001", "EIT", group, planted, BURST_DAY);
			}
			for (int i = 0; i < 30; i++) {
				insert("4001", "EIT", group, answers(eit, group, o -> o.get(random.nextInt(o.size()))),
						TODAY.minusDays(i));
			}
			Questionnaire iit = questionnaire(YEAR_, "IIT", "4001");
			for (int i = 0; i < 6; i++) {
				insert("4001", "IIT", "STAFF", answers(iit, "STAFF", o -> o.get(o.size() - 1)), TODAY.minusDays(i * 3));
			}
		}
	}

	private void insert(String agency, String instrument, String group, Map<String, Integer> answers, LocalDate day) {
		this.jdbc
			.sql("insert into survey_response (id, fiscal_year, agency_code, instrument, respondent_group, "
					+ "answers, submitted_on) values (gen_random_uuid(), ?, ?, ?, ?, cast(? as jsonb), ?)")
			.params(YEAR_, agency, instrument, group, json(answers), day)
			.update();
	}

	@Test
	void theReportFlagsBurstsIdenticalAnswersAndStraightLiningAndExclusionDropsThemFromResults() throws Exception {
		String burst = "BURST:4001:EIT:" + BURST_DAY;
		this.mvc
			.perform(get("/api/v1/rounds/" + YEAR_ + "/surveys/anomalies").with(authentication(TestPrincipals.admin())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.flags[?(@.id == '" + burst + "')].responses").value(hasItem(31)))
			.andExpect(
					jsonPath("$.flags[?(@.kind == 'IDENTICAL' && @.instrument == 'EIT')].responses").value(hasItem(30)))
			.andExpect(jsonPath("$.flags[?(@.id == 'STRAIGHT_LINE:4001:IIT:all')].responses").value(hasItem(6)))
			.andExpect(jsonPath("$.flags[?(@.kind == 'BURST' && @.agencyCode == '4001' && @.instrument == 'IIT')]")
				.isEmpty());
		long before = this.results.respondents(YEAR_, "4001", Instrument.EIT);
		assertThat(before).isEqualTo(60);

		exclude(burst, " ").andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("reason"));
		exclude("BURST:4001:EIT:1999-01-01", "no such").andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/rounds/" + YEAR_ + "/surveys/anomalies/exclusions")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"flag\":\"" + burst + "\",\"reason\":\"x\"}")
				.with(authentication(TestPrincipals.agencyAdmin("4001"))))
			.andExpect(status().isForbidden());
		assertThat(this.results.respondents(YEAR_, "4001", Instrument.EIT)).isEqualTo(before);

		exclude(burst, "ส่งจากเครื่องเดียวกันในวันเดียว").andExpect(status().isCreated())
			.andExpect(jsonPath("$.excluded").value(31));
		assertThat(this.results.respondents(YEAR_, "4001", Instrument.EIT)).isEqualTo(before - 31);
		assertThat(this.results.aggregates(YEAR_, "4001", Instrument.EIT).respondents()).isEqualTo(before - 31);
		exclude(burst, "again").andExpect(status().isCreated()).andExpect(jsonPath("$.excluded").value(0));

		this.mvc
			.perform(get("/api/v1/rounds/" + YEAR_ + "/surveys/anomalies").with(authentication(TestPrincipals.admin())))
			.andExpect(jsonPath("$.excludedResponses").value(org.hamcrest.Matchers.greaterThanOrEqualTo(31)))
			.andExpect(jsonPath("$.flags[?(@.id == '" + burst + "')].excluded").value(hasItem(31)))
			.andExpect(jsonPath("$.exclusions[?(@.kind == 'BURST' && @.agencyCode == '4001')].reason")
				.value(hasItem("ส่งจากเครื่องเดียวกันในวันเดียว")))
			.andExpect(jsonPath("$.exclusions[?(@.kind == 'BURST' && @.agencyCode == '4001')].responses")
				.value(hasItem(31)));
		List<String> audit = this.jdbc.sql(
				"select entity_id || ' ' || after_state::text from audit_entry where action = 'survey.responses-excluded'"
						+ " and entity_id like ?")
			.param(YEAR_ + "/%")
			.query(String.class)
			.list();
		assertThat(audit).hasSize(2).allSatisfy(entry -> assertThat(entry).contains(burst));
		List<String> ids = this.jdbc.sql("select id::text from survey_response where fiscal_year = ?")
			.param(YEAR_)
			.query(String.class)
			.list();
		assertThat(ids).noneMatch(id -> audit.stream().anyMatch(entry -> entry.contains(id)));
	}

	@Test
	void thePageListsFlagsAndExcludesWithAReason() throws Exception {
		this.mvc
			.perform(get("/admin/rounds/" + YEAR_ + "/surveys/anomalies").with(authentication(TestPrincipals.admin())))
			.andExpect(status().isOk())
			.andExpect(r -> assertThat(r.getResponse().getContentAsString())
				.contains("data-flag=\"STRAIGHT_LINE:4001:IIT:all\""));
		this.mvc
			.perform(post("/admin/rounds/" + YEAR_ + "/surveys/anomalies/exclusions")
				.param("flag", "STRAIGHT_LINE:4001:IIT:all")
				.with(csrf())
				.with(authentication(TestPrincipals.admin())))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(post("/admin/rounds/" + YEAR_ + "/surveys/anomalies/exclusions")
				.param("flag", "STRAIGHT_LINE:4001:IIT:all")
				.param("reason", "ตอบค่าเดียวทุกข้อ")
				.with(csrf())
				.with(authentication(TestPrincipals.admin())))
			.andExpect(status().is3xxRedirection());
		assertThat(this.results.respondents(YEAR_, "4001", Instrument.IIT)).isZero();
		this.mvc
			.perform(get("/admin/rounds/" + YEAR_ + "/surveys/anomalies").with(authentication(TestPrincipals.admin())))
			.andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("ตอบค่าเดียวทุกข้อ"));
		this.mvc
			.perform(get("/api/v1/rounds/" + YEAR_ + "/surveys/anomalies")
				.with(authentication(TestPrincipals.agencyAdmin("4001"))))
			.andExpect(status().isForbidden());
	}

	private org.springframework.test.web.servlet.ResultActions exclude(String flag, String reason) throws Exception {
		return this.mvc.perform(post("/api/v1/rounds/" + YEAR_ + "/surveys/anomalies/exclusions")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"flag\":\"" + flag + "\",\"reason\":\"" + reason + "\"}")
			.with(authentication(TestPrincipals.admin())));
	}

}
