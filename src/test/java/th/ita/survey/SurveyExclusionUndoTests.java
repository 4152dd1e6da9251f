package th.ita.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;
import th.ita.framework.Instrument;
import th.ita.shared.ThaiDates;
import th.ita.survey.responses.Questionnaire;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Undoing an exclusion: a system admin takes an excluded flagged group back into the
 * results with a reason (audited); others may not; the page offers it.
 */
class SurveyExclusionUndoTests extends SurveyRoundSupport {

	static final int YEAR_ = 2614;

	@Autowired
	SurveyResults results;

	@BeforeEach
	void data() throws Exception {
		synchronized (SurveyExclusionUndoTests.class) {
			openRound(YEAR_);
			if (stored(YEAR_, "1001", "EIT") > 0) {
				return;
			}
			Questionnaire eit = questionnaire(YEAR_, "EIT", "1001");
			String group = eit.respondentGroups().get(0).code();
			Map<String, Integer> same = firstAnswers(eit, group);
			for (int i = 0; i < 6; i++) {
				this.jdbc
					.sql("insert into survey_response (id, fiscal_year, agency_code, instrument, respondent_group, "
							+ "answers, submitted_on) values (gen_random_uuid(), ?, '1001', 'EIT', ?, cast(? as jsonb), ?)")
					.params(YEAR_, group, json(same), LocalDate.now(ThaiDates.BANGKOK))
					.update();
			}
		}
	}

	@Test
	void anAdminUndoesAnExclusionWithAReasonAndTheResponsesCountAgain() throws Exception {
		String flag = identicalFlag();
		change("exclusions", flag, "ซ้ำกัน", TestPrincipals.admin()).andExpect(status().isCreated())
			.andExpect(jsonPath("$.excluded").value(6));
		assertThat(this.results.respondents(YEAR_, "1001", Instrument.EIT)).isZero();

		change("exclusions/undo", flag, " ", TestPrincipals.admin()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("reason"));
		change("exclusions/undo", "IDENTICAL:1001:EIT:nope", "x", TestPrincipals.admin())
			.andExpect(status().isNotFound());
		change("exclusions/undo", flag, "x", TestPrincipals.agencyAdmin("1001")).andExpect(status().isForbidden());
		assertThat(this.results.respondents(YEAR_, "1001", Instrument.EIT)).isZero();

		change("exclusions/undo", flag, "ตรวจแล้วเป็นคำตอบจริง", TestPrincipals.admin()).andExpect(status().isOk())
			.andExpect(jsonPath("$.restored").value(6));
		assertThat(this.results.respondents(YEAR_, "1001", Instrument.EIT)).isEqualTo(6);
		this.mvc
			.perform(get("/api/v1/rounds/" + YEAR_ + "/surveys/anomalies").with(authentication(TestPrincipals.admin())))
			.andExpect(jsonPath("$.excludedResponses").value(0))
			.andExpect(jsonPath("$.exclusions").isEmpty());
		List<String> audit = this.jdbc
			.sql("select after_state::text from audit_entry where action = 'survey.exclusion-undone' and entity_id = ?")
			.param(YEAR_ + "/" + flag)
			.query(String.class)
			.list();
		assertThat(audit).hasSize(1).allSatisfy(entry -> assertThat(entry).contains("ตรวจแล้วเป็นคำตอบจริง"));

		// The page: the undo form shows once the group is excluded, and undoes it.
		change("exclusions", flag, "อีกครั้ง", TestPrincipals.admin()).andExpect(status().isCreated());
		this.mvc
			.perform(get("/admin/rounds/" + YEAR_ + "/surveys/anomalies").with(authentication(TestPrincipals.admin())))
			.andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("exclusions/undo"));
		this.mvc
			.perform(post("/admin/rounds/" + YEAR_ + "/surveys/anomalies/exclusions/undo").param("flag", flag)
				.param("reason", "ยกเลิกจากหน้ารายงาน")
				.with(csrf())
				.with(authentication(TestPrincipals.admin())))
			.andExpect(status().is3xxRedirection());
		assertThat(this.results.respondents(YEAR_, "1001", Instrument.EIT)).isEqualTo(6);
	}

	private String identicalFlag() throws Exception {
		String json = this.mvc
			.perform(get("/api/v1/rounds/" + YEAR_ + "/surveys/anomalies").with(authentication(TestPrincipals.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> ids = JsonPath.read(json, "$.flags[?(@.kind == 'IDENTICAL' && @.agencyCode == '1001')].id");
		assertThat(ids).hasSize(1);
		return ids.get(0);
	}

	private ResultActions change(String path, String flag, String reason,
			org.springframework.security.core.Authentication user) throws Exception {
		return this.mvc.perform(
				post("/api/v1/rounds/" + YEAR_ + "/surveys/anomalies/" + path).contentType(MediaType.APPLICATION_JSON)
					.content("{\"flag\":\"" + flag + "\",\"reason\":\"" + reason + "\"}")
					.with(authentication(user)));
	}

}
