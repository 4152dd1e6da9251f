package th.ita.survey;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;
import th.ita.shared.ThaiDates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The live progress pages: every agency for the central team, sortable, behind target
 * marked; the htmx fragment of the same template; agency users see their own.
 */
class SurveyProgressPageTests extends SurveyRoundSupport {

	static final int YEAR_ = SHARED;

	@BeforeEach
	void data() throws Exception {
		synchronized (SurveyProgressPageTests.class) {
			sharedRound();
			if (stored(YEAR_, "S4001", "IIT") > 0) {
				return;
			}
			LocalDate today = LocalDate.now(ThaiDates.BANGKOK);
			int minimum = this.rounds.enrolment(YEAR_, "S4001")
				.orElseThrow()
				.minimumSample(th.ita.framework.Instrument.IIT);
			for (int i = 0; i < minimum; i++) {
				this.jdbc
					.sql("insert into survey_response (id, fiscal_year, agency_code, instrument, respondent_group, "
							+ "answers, submitted_on) values (gen_random_uuid(), ?, 'S4001', 'IIT', 'STAFF', '{}', ?)")
					.params(YEAR_, today)
					.update();
			}
		}
	}

	@Test
	void theCentralTeamSeesEveryAgencySortedWithThoseBehindTargetMarked() throws Exception {
		String page = this.mvc
			.perform(get("/surveys/" + YEAR_ + "/progress").param("sort", "iit")
				.param("dir", "desc")
				.with(authentication(TestPrincipals.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<html").contains("hx-trigger=\"every 5s\"");
		assertThat(page).contains("data-agency=\"S4001\"")
			.contains("data-agency=\"4001\"")
			.contains("data-agency=\"1001\"");
		assertThat(page.indexOf("data-agency=\"S4001\"")).isLessThan(page.indexOf("data-agency=\"4001\""));
		// S4001 has its IIT minimum but no EIT responses: behind on EIT at half the
		// window.
		assertThat(page).contains("data-agency=\"S4001\" data-behind=\"true\"");
		String fragment = this.mvc
			.perform(get("/surveys/" + YEAR_ + "/progress").header("HX-Request", "true")
				.with(authentication(TestPrincipals.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).doesNotContain("<html").contains("id=\"progress-live\"").contains("every 5s");
		assertThat(fragment.indexOf("data-agency=\"1001\"")).isLessThan(fragment.indexOf("data-agency=\"S4001\""));
	}

	@Test
	void agencyUsersSeeTheirOwnAgencyOnly() throws Exception {
		String page = this.mvc
			.perform(get("/surveys/" + YEAR_ + "/progress").with(authentication(TestPrincipals.agencyAdmin("4001"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("data-agency=\"4001\"").doesNotContain("data-agency=\"S4001\"");
		this.mvc
			.perform(get("/surveys/" + YEAR_ + "/progress/4001")
				.with(authentication(TestPrincipals.agencyEditor("4001"))))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/surveys/" + YEAR_ + "/progress/S4001")
				.with(authentication(TestPrincipals.agencyAdmin("4001"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/surveys/" + YEAR_ + "/progress")).andExpect(status().is3xxRedirection());
	}

}
