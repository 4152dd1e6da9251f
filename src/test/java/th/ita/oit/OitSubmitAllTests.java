package th.ita.oit;

import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;
import th.ita.assessment.Activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The agency admin submits the whole checklist: every draft, audited, in its window. */
class OitSubmitAllTests extends OitTestSupport {

	static final int YEAR = 2585;

	@Test
	void submitsEveryDraftAndNothingElse() throws Exception {
		openRound(YEAR);
		save(YEAR, AGENCY, "O1", "{\"urls\":" + urls("/a") + ",\"version\":0}", TestPrincipals.agencyEditor(AGENCY))
			.andExpect(status().isOk());
		save(YEAR, AGENCY, "O2", "{\"urls\":" + urls("/b") + ",\"version\":0}", TestPrincipals.agencyEditor(AGENCY))
			.andExpect(status().isOk());
		save(YEAR, AGENCY, "O3", "{\"urls\":" + urls("/c") + ",\"version\":0}", TestPrincipals.agencyEditor(AGENCY))
			.andExpect(status().isOk());
		command(YEAR, AGENCY, "O3", "submit", "{}", TestPrincipals.agencyAdmin(AGENCY)).andExpect(status().isOk());
		// the checklist offers the button to the agency admin only
		this.mvc.perform(get("/rounds/" + YEAR + "/oit").with(authentication(TestPrincipals.agencyAdmin(AGENCY))))
			.andExpect(content().string(containsString("id=\"oit-submit-all\"")));
		this.mvc.perform(get("/rounds/" + YEAR + "/oit").with(authentication(TestPrincipals.agencyEditor(AGENCY))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"oit-submit-all\""))));

		this.mvc.perform(post(path(YEAR, AGENCY) + "/submit").with(authentication(TestPrincipals.agencyEditor(AGENCY))))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(path(YEAR, AGENCY) + "/submit").with(authentication(TestPrincipals.agencyAdmin(OTHER))))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(path(YEAR, AGENCY) + "/submit").with(authentication(TestPrincipals.agencyAdmin(AGENCY))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.submitted.length()").value(2))
			.andExpect(jsonPath("$.submitted[0]").value("O1"))
			.andExpect(jsonPath("$.submitted[1]").value("O2"));
		read(YEAR, AGENCY, TestPrincipals.agencyAdmin(AGENCY))
			.andExpect(jsonPath("$.items[?(@.itemCode == 'O1')].status").value("SUBMITTED"))
			.andExpect(jsonPath("$.items[?(@.itemCode == 'O2')].status").value("SUBMITTED"))
			.andExpect(jsonPath("$.items[?(@.itemCode == 'O4')].status").value("EMPTY"));
		assertThat(audits("oit.evidence-submitted", YEAR + "/" + AGENCY + "/O1")).isEqualTo(1);
		assertThat(audits("oit.evidence-submitted", YEAR + "/" + AGENCY + "/O3")).isEqualTo(1);

		// through the page; out of the window it is a 409
		save(YEAR, AGENCY, "O4", "{\"urls\":" + urls("/d") + ",\"version\":0}", TestPrincipals.agencyEditor(AGENCY))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/rounds/" + YEAR + "/oit/submit").with(authentication(TestPrincipals.agencyAdmin(AGENCY)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		read(YEAR, AGENCY, TestPrincipals.agencyAdmin(AGENCY))
			.andExpect(jsonPath("$.items[?(@.itemCode == 'O4')].status").value("SUBMITTED"));
		phase(YEAR, Activity.OIT_REVIEW);
		this.mvc.perform(post(path(YEAR, AGENCY) + "/submit").with(authentication(TestPrincipals.agencyAdmin(AGENCY))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("windows.OIT_SUBMISSION"));
	}

}
