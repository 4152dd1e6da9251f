package th.ita.oit;

import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;
import th.ita.assessment.Activity;

import org.springframework.security.core.Authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * FAIL reasons come from the round's framework (a code) or free text, on the API and the
 * review page; reasons and comments are shown escaped; the remaining bad-input cases of
 * reviews and clarifications.
 */
class OitFailReasonTests extends OitTestSupport {

	static final int YEAR = 2663;

	static final String ASSESSOR = "assessor-2663";

	static final Authentication EDITOR = TestPrincipals.agencyEditor(AGENCY);

	private void submitted(String item) throws Exception {
		save(YEAR, AGENCY, item, "{\"urls\":" + urls("/r/" + item) + ",\"version\":0}", EDITOR)
			.andExpect(status().isOk());
		command(YEAR, AGENCY, item, "submit", "{}", TestPrincipals.agencyAdmin(AGENCY)).andExpect(status().isOk());
	}

	private String reasonCodeOf(String item) {
		return this.jdbc
			.sql("select reason_code from oit_review where fiscal_year = :y and agency_code = :a and item_code = :i")
			.param("y", YEAR)
			.param("a", AGENCY)
			.param("i", item)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	@Test
	void reasonsFromTheFrameworkOrFreeTextShownEscaped() throws Exception {
		openRound(YEAR);
		for (String item : new String[] { "O1", "O2", "O3", "O4" }) {
			submitted(item);
		}
		// a URL of exactly 2,048 characters is accepted, one more is not
		String base = url("/long/");
		String longest = base + "a".repeat(2048 - base.length());
		save(YEAR, AGENCY, "O5", "{\"urls\":[{\"url\":\"" + longest + "a\",\"title\":\"t\"}],\"version\":0}", EDITOR)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("urls[0].url"));
		save(YEAR, AGENCY, "O5", "{\"urls\":[{\"url\":\"" + longest + "\",\"title\":\"t\"}],\"version\":0}", EDITOR)
			.andExpect(status().isOk());
		assign(YEAR, "{\"username\":\"" + ASSESSOR + "\",\"agencies\":[\"" + AGENCY + "\"]}")
			.andExpect(status().isOk());
		phase(YEAR, Activity.OIT_REVIEW);

		// the item lists the reasons its framework offers
		read(YEAR, AGENCY, assessor(ASSESSOR)).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].failReasons.length()").value(6))
			.andExpect(jsonPath("$.items[0].failReasons[1].code").value("BROKEN_LINK"))
			.andExpect(jsonPath("$.items[0].failReasons[1].textTh").value("ลิงก์ใช้งานไม่ได้"));

		// a code the framework does not offer: 422 naming reasonCode, nothing stored
		command(YEAR, AGENCY, "O1", "reviews", "{\"verdict\":\"FAIL\",\"reasonCode\":\"NO_SUCH\"}", assessor(ASSESSOR))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("reasonCode"));
		assertThat(reasonCodeOf("O1")).isNull();
		// a code alone: its Thai text is the reason
		command(YEAR, AGENCY, "O1", "reviews", "{\"verdict\":\"FAIL\",\"reasonCode\":\"BROKEN_LINK\"}",
				assessor(ASSESSOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FAILED"))
			.andExpect(jsonPath("$.reviews[0].reasonCode").value("BROKEN_LINK"))
			.andExpect(jsonPath("$.reviews[0].reason").value("ลิงก์ใช้งานไม่ได้"));
		assertThat(reasonCodeOf("O1")).isEqualTo("BROKEN_LINK");
		assertThat(audits("oit.evidence-reviewed", YEAR + "/" + AGENCY + "/O1")).isEqualTo(1);
		// shown in the reader's language on the agency's checklist
		this.mvc.perform(get("/rounds/" + YEAR + "/oit?lang=en").with(authentication(EDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The link does not work")));
		// free text only, with markup: stored as given, shown escaped
		command(YEAR, AGENCY, "O2", "reviews",
				"{\"verdict\":\"FAIL\",\"reason\":\"<script>alert('r')</script>\",\"comment\":\"<img src=x onerror=alert(1)>\"}",
				assessor(ASSESSOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reviews[0].reasonCode").doesNotExist())
			.andExpect(jsonPath("$.reviews[0].reason").value("<script>alert('r')</script>"));
		// unknown item on a review: 422 naming itemCode
		command(YEAR, AGENCY, "O999", "reviews", "{\"verdict\":\"PASS\"}", assessor(ASSESSOR))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("itemCode"));

		// the review page offers the framework's reasons and takes a code
		this.mvc.perform(get("/review/" + YEAR + "/" + AGENCY + "/O3").with(authentication(assessor(ASSESSOR))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"WRONG_PERIOD\"")))
			.andExpect(content().string(containsString("หลักฐานไม่ครอบคลุมช่วงเวลาที่กำหนด")));
		this.mvc.perform(get("/review/" + YEAR + "/" + AGENCY + "/O3?lang=en").with(authentication(assessor(ASSESSOR))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The evidence does not cover the required period")));
		this.mvc
			.perform(post("/review/" + YEAR + "/" + AGENCY + "/O3").param("verdict", "FAIL")
				.param("reasonCode", "WRONG_PERIOD")
				.param("reasonText", "")
				.with(csrf())
				.with(authentication(assessor(ASSESSOR))))
			.andExpect(status().is3xxRedirection());
		assertThat(reasonCodeOf("O3")).isEqualTo("WRONG_PERIOD");
		this.mvc
			.perform(post("/review/" + YEAR + "/" + AGENCY + "/O4").param("verdict", "FAIL")
				.param("reasonCode", "NOPE")
				.with(csrf())
				.with(authentication(assessor(ASSESSOR))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("NOPE")));
		assertThat(reasonCodeOf("O4")).isNull();

		// reasons and comments are escaped on the assessor's and the agency's pages
		for (String page : new String[] { "/review/" + YEAR + "/" + AGENCY + "/O2", "/rounds/" + YEAR + "/oit" }) {
			Authentication who = page.startsWith("/review") ? assessor(ASSESSOR) : EDITOR;
			this.mvc.perform(get(page).with(authentication(who)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;r&#39;)&lt;/script&gt;")))
				.andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;")))
				.andExpect(content().string(not(containsString("<script>alert"))))
				.andExpect(content().string(not(containsString("<img src=x"))));
		}

		// clarification: bad URLs named by their index, too many URLs refused
		phase(YEAR, Activity.OIT_CLARIFICATION);
		String good = "{\"url\":\"" + url("/c") + "\",\"title\":\"c\"}";
		command(YEAR, AGENCY, "O1", "clarifications",
				"{\"urls\":[" + good + ",{\"url\":\"javascript:alert(1)\",\"title\":\"x\"}],\"explanation\":\"e\"}",
				EDITOR)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("urls[1].url"));
		command(YEAR, AGENCY, "O1", "clarifications",
				"{\"urls\":[" + (good + ",").repeat(10) + good + "],\"explanation\":\"e\"}", EDITOR)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("urls"));
		command(YEAR, AGENCY, "O1", "clarifications", "{\"explanation\":\"e\"}", TestPrincipals.agencyEditor(OTHER))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("Not found"));
	}

}
