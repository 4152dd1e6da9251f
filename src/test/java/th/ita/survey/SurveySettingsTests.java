package th.ita.survey;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;
import th.ita.survey.responses.Questionnaire;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A round may require access codes for EIT: the setting (system admin, audited) and how
 * the questionnaire and submit honour it.
 */
class SurveySettingsTests extends SurveyRoundSupport {

	static final int OPEN = SHARED;

	@BeforeEach
	void round() throws Exception {
		sharedRound();
	}

	private void setEitCodes(boolean value) throws Exception {
		this.mvc
			.perform(put("/api/v1/rounds/" + OPEN + "/surveys/settings").contentType(MediaType.APPLICATION_JSON)
				.content("{\"eitAccessCodes\": " + value + "}")
				.with(authentication(TestPrincipals.admin())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.eitAccessCodes").value(value));
	}

	@Test
	void eitNeedsACodeWhenTheRoundRequiresOneAndTheChangeIsAudited() throws Exception {
		setEitCodes(false);
		long audited = audited();
		setEitCodes(true);
		assertThat(audited()).isEqualTo(audited + 1);
		this.mvc.perform(get("/api/v1/rounds/" + OPEN + "/surveys/EIT/S4001"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accessCodeRequired").value(true));
		Questionnaire questionnaire = questionnaire(OPEN, "EIT", "S4001");
		String group = questionnaire.respondentGroups().get(0).code();
		long before = stored(OPEN, "S4001", "EIT");
		submit(OPEN, "EIT", "S4001", body(null, group, firstAnswers(questionnaire, group)), newClient())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("accessCode"));
		String code = generate(OPEN, "S4001", SurveyInstrument.EIT, 1).codes().get(0);
		submit(OPEN, "EIT", "S4001", body(code, group, firstAnswers(questionnaire, group)), newClient())
			.andExpect(status().isCreated());
		submit(OPEN, "EIT", "S4001", body(code, group, firstAnswers(questionnaire, group)), newClient())
			.andExpect(status().isConflict());
		assertThat(stored(OPEN, "S4001", "EIT")).isEqualTo(before + 1);

		setEitCodes(false);
		submit(OPEN, "EIT", "S4001", body(null, group, firstAnswers(questionnaire, group)), newClient())
			.andExpect(status().isCreated());
		assertThat(stored(OPEN, "S4001", "EIT")).isEqualTo(before + 2);
	}

	@Test
	void onlyASystemAdminChangesTheSettingAndAnUnknownRoundIs404() throws Exception {
		this.mvc
			.perform(put("/api/v1/rounds/" + OPEN + "/surveys/settings").contentType(MediaType.APPLICATION_JSON)
				.content("{\"eitAccessCodes\": true}")
				.with(authentication(TestPrincipals.agencyAdmin("S4001"))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(put("/api/v1/rounds/2499/surveys/settings").contentType(MediaType.APPLICATION_JSON)
				.content("{\"eitAccessCodes\": true}")
				.with(authentication(TestPrincipals.admin())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(put("/api/v1/rounds/" + OPEN + "/surveys/settings").contentType(MediaType.APPLICATION_JSON)
				.content("{}")
				.with(authentication(TestPrincipals.admin())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("eitAccessCodes"));
	}

	@Test
	void theAdminPageShowsAndSavesTheSetting() throws Exception {
		this.mvc.perform(get("/admin/rounds/" + OPEN + "/surveys").with(authentication(TestPrincipals.admin())))
			.andExpect(status().isOk())
			.andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("id=\"eitAccessCodes\""));
		this.mvc
			.perform(post("/admin/rounds/" + OPEN + "/surveys").param("eitAccessCodes", "true")
				.with(csrf())
				.with(authentication(TestPrincipals.admin())))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(get("/api/v1/rounds/" + OPEN + "/surveys/settings").with(authentication(TestPrincipals.admin())))
			.andExpect(jsonPath("$.eitAccessCodes").value(true));
		this.mvc
			.perform(post("/admin/rounds/" + OPEN + "/surveys").with(csrf())
				.with(authentication(TestPrincipals.admin())))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(get("/api/v1/rounds/" + OPEN + "/surveys/settings").with(authentication(TestPrincipals.admin())))
			.andExpect(jsonPath("$.eitAccessCodes").value(false));
	}

	private long audited() {
		return this.jdbc.sql("select count(*) from audit_entry where action = 'survey.settings-changed'")
			.query(Long.class)
			.single();
	}

}
