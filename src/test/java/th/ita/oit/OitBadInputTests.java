package th.ita.oit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;
import th.ita.assessment.Activity;

import org.springframework.security.core.Authentication;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every kind of bad input the issue lists, and the escaping of stored text on pages. */
class OitBadInputTests extends OitTestSupport {

	static final int YEAR = 2592;

	static final Authentication EDITOR = TestPrincipals.agencyEditor(AGENCY);

	@BeforeEach
	void round() throws Exception {
		if (this.jdbc.sql("select count(*) from assessment_round where fiscal_year = " + YEAR)
			.query(Long.class)
			.single() == 0) {
			openRound(YEAR);
		}
		else {
			phase(YEAR, Activity.OIT_SUBMISSION);
		}
	}

	private void rejected(String urls, String field) throws Exception {
		save(YEAR, AGENCY, "O2", "{\"urls\":" + urls + ",\"version\":0}", EDITOR)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value(field));
	}

	@Test
	void refusesBadUrls() throws Exception {
		String good = "{\"url\":\"" + url("/a") + "\",\"title\":\"a\"}";
		rejected("[{\"url\":\"javascript:alert(1)\",\"title\":\"x\"}]", "urls[0].url");
		rejected("[" + good + ",{\"url\":\"data:text/html,hi\",\"title\":\"x\"}]", "urls[1].url");
		rejected("[" + good + "," + good + ",{\"url\":\"file:///etc/passwd\",\"title\":\"x\"}]", "urls[2].url");
		rejected("[{\"url\":\"/relative/page\",\"title\":\"x\"}]", "urls[0].url");
		rejected("[{\"url\":\"www.example.go.th/page\",\"title\":\"x\"}]", "urls[0].url");
		rejected("[{\"url\":\"http://" + "a".repeat(2040) + ".th/\",\"title\":\"x\"}]", "urls[0].url");
		rejected("[{\"url\":\"\",\"title\":\"only a title\"}]", "urls[0].url");
		rejected("[{\"url\":\"" + url("/a") + "\",\"title\":\"  \"}]", "urls[0].title");
		rejected("[" + (good + ",").repeat(10) + good + "]", "urls");
	}

	@Test
	void refusesUnknownItemsOtherAgenciesAndMissingVersions() throws Exception {
		save(YEAR, AGENCY, "O999", "{\"urls\":[],\"version\":0}", EDITOR).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("itemCode"));
		save(YEAR, AGENCY, "O3", "{\"urls\":[]}", EDITOR).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("version"));
		// another agency's item: 404 without detail
		save(YEAR, AGENCY, "O3", "{\"urls\":[],\"version\":0}", TestPrincipals.agencyEditor(OTHER))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("Not found"))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.items").doesNotExist())
			.andExpect(jsonPath("$.version").doesNotExist());
		command(YEAR, AGENCY, "O3", "submit", "{}", TestPrincipals.agencyAdmin(OTHER)).andExpect(status().isNotFound());
		// an assessor cannot save; not assigned: 403
		save(YEAR, AGENCY, "O3", "{\"urls\":[],\"version\":0}", assessor("nobody")).andExpect(status().isForbidden());
		command(YEAR, AGENCY, "O3", "reviews", "{\"verdict\":\"PASS\"}", assessor("nobody"))
			.andExpect(status().isForbidden());
		// not enrolled, no round
		read(YEAR, "1001", TestPrincipals.admin()).andExpect(status().isNotFound());
		read(2600, AGENCY, TestPrincipals.admin()).andExpect(status().isNotFound());
	}

	@Test
	void refusesWorkOutOfPhaseAndInTheWrongState() throws Exception {
		save(YEAR, AGENCY, "O4", "{\"urls\":" + urls("/x") + ",\"version\":0}", EDITOR).andExpect(status().isOk());
		// submitting twice: the item refuses
		command(YEAR, AGENCY, "O4", "submit", "{}", TestPrincipals.agencyAdmin(AGENCY)).andExpect(status().isOk());
		command(YEAR, AGENCY, "O4", "submit", "{}", TestPrincipals.agencyAdmin(AGENCY)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("status"));
		assign(YEAR, "{\"username\":\"assessor-2592\",\"agencies\":[\"" + AGENCY + "\"]}").andExpect(status().isOk());
		// a review in the submission phase
		command(YEAR, AGENCY, "O4", "reviews", "{\"verdict\":\"PASS\"}", assessor("assessor-2592"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("windows.OIT_REVIEW"));
		phase(YEAR, Activity.OIT_REVIEW);
		save(YEAR, AGENCY, "O4", "{\"urls\":[],\"version\":2}", EDITOR).andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("windows.OIT_SUBMISSION"));
		command(YEAR, AGENCY, "O4", "reviews", "{\"verdict\":\"MAYBE\"}", assessor("assessor-2592"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("verdict"));
		command(YEAR, AGENCY, "O4", "reviews", "{\"verdict\":\"PASS\"}", assessor("assessor-2592"))
			.andExpect(status().isOk());
		phase(YEAR, Activity.OIT_CLARIFICATION);
		// only failed items are clarified
		command(YEAR, AGENCY, "O4", "clarifications", "{\"explanation\":\"x\"}", EDITOR)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("status"));
	}

	@Test
	void refusesBadAssignments() throws Exception {
		assign(YEAR, "{\"agencies\":[\"" + AGENCY + "\"]}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("username"));
		assign(YEAR, "{\"username\":\"a\",\"agencies\":[\"" + AGENCY + "\",\"NOPE\"]}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("agencies[1]"));
		assign(YEAR, "{\"username\":\"a\",\"agencies\":[\"1001\"]}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("agencies[0]"));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/v1/rounds/" + YEAR + "/assessors")
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("{\"username\":\"a\",\"agencies\":[]}")
				.with(authentication(EDITOR)))
			.andExpect(status().isForbidden());
	}

	@Test
	void storedTextIsShownEscaped() throws Exception {
		save(YEAR, AGENCY, "O5", "{\"urls\":[{\"url\":\"" + url("/p") + "\",\"title\":\"<b>bold</b>\"}],"
				+ "\"note\":\"<script>alert(1)</script>\",\"version\":0}", EDITOR)
			.andExpect(status().isOk());
		this.mvc.perform(get("/rounds/" + YEAR + "/oit").with(authentication(EDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("&lt;b&gt;bold&lt;/b&gt;")))
			.andExpect(
					content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<script>alert"))));
		this.mvc.perform(get("/rounds/" + YEAR + "/oit?lang=en").with(authentication(EDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("OIT checklist, round " + YEAR)));
	}

}
