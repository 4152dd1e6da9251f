package th.ita.planning;

import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The central team's page of the suggested-measure library: list by indicator (Thai
 * first, English), add, edit in place with the error next to the field, retire and
 * restore (kept, audited, no longer offered); agency users are refused.
 */
class SuggestionLibraryPageTests extends PlanningTestSupport {

	static final String PAGE = "/admin/suggested-measures";

	static Authentication central() {
		return TestPrincipals.admin();
	}

	long newest() {
		return this.jdbc.sql("select max(id) from planning_suggested_measure").query(Long.class).single();
	}

	@Test
	void theCentralTeamAddsEditsRetiresAndRestoresSuggestions() throws Exception {
		String measure = "มาตรการทดสอบคลัง " + System.nanoTime();
		// a refused form keeps the input and shows the error next to the field
		this.mvc
			.perform(post(PAGE).with(authentication(central()))
				.with(csrf())
				.param("indicatorNumber", "7")
				.param("issue", "ประเด็นที่พบ")
				.param("measure", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"lib-measure-new-error\"")))
			.andExpect(content().string(containsString("value=\"ประเด็นที่พบ\"")));
		this.mvc
			.perform(post(PAGE).with(authentication(central()))
				.with(csrf())
				.param("filter", "7")
				.param("indicatorNumber", "7")
				.param("issue", "ประเด็นที่พบ")
				.param("measure", measure)
				.param("guidelines", "แนวทางหนึ่ง\nแนวทางสอง"))
			.andExpect(redirectedUrl(PAGE + "?indicator=7"));
		long id = newest();
		// listed by indicator, in Thai first and in English
		this.mvc.perform(get(PAGE).param("indicator", "7").with(authentication(central())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("คลังมาตรการแนะนำ")))
			.andExpect(content().string(containsString("id=\"suggestion-" + id + "\"")))
			.andExpect(content().string(containsString("data-indicator=\"7\"")))
			.andExpect(content().string(not(containsString("data-indicator=\"9\""))));
		this.mvc.perform(get(PAGE).param("lang", "en").with(authentication(central())))
			.andExpect(content().string(containsString("Suggested measures (central team library)")));
		// edited in place; a refused edit names the field next to it
		this.mvc
			.perform(post(PAGE + "/" + id).with(authentication(central()))
				.with(csrf())
				.param("indicatorNumber", "0")
				.param("issue", "ประเด็นที่พบ")
				.param("measure", measure))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"lib-indicatorNumber-s" + id + "-error\"")));
		this.mvc
			.perform(post(PAGE + "/" + id).with(authentication(central()))
				.with(csrf())
				.param("indicatorNumber", "8")
				.param("issue", "ประเด็นแก้ไข")
				.param("measure", measure))
			.andExpect(redirectedUrl(PAGE + "#suggestion-" + id));
		call("GET", "/api/v1/plans/suggested-measures?indicator=8", null, editor())
			.andExpect(content().string(containsString("ประเด็นแก้ไข")));
		// retired: kept for the central team, no longer offered to the agencies
		this.mvc.perform(post(PAGE + "/" + id + "/retire").with(authentication(central())).with(csrf()))
			.andExpect(redirectedUrl(PAGE + "#suggestion-" + id));
		call("GET", "/api/v1/plans/suggested-measures?indicator=8", null, editor())
			.andExpect(content().string(not(containsString(measure))));
		call("GET", "/api/v1/plans/suggested-measures?indicator=8&retired=true", null, editor())
			.andExpect(status().isForbidden());
		call("GET", "/api/v1/plans/suggested-measures?indicator=8&retired=true", null, central())
			.andExpect(jsonPath("$[?(@.id == " + id + ")].retired").value(true));
		this.mvc.perform(get(PAGE).with(authentication(central())))
			.andExpect(content().string(containsString("library-restore")));
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where action = 'planning.suggestion-retired' "
					+ "and entity_id = :id")
			.param("id", String.valueOf(id))
			.query(Long.class)
			.single()).isEqualTo(1);
		this.mvc.perform(post(PAGE + "/" + id + "/restore").with(authentication(central())).with(csrf()))
			.andExpect(status().isFound());
		call("GET", "/api/v1/plans/suggested-measures?indicator=8", null, editor())
			.andExpect(content().string(containsString(measure)));
	}

	@Test
	void agencyUsersCannotOpenOrChangeTheLibrary() throws Exception {
		this.mvc.perform(get(PAGE).with(authentication(editor()))).andExpect(status().isForbidden());
		this.mvc
			.perform(post(PAGE).with(authentication(agencyAdmin()))
				.with(csrf())
				.param("indicatorNumber", "7")
				.param("issue", "x")
				.param("measure", "y"))
			.andExpect(status().isForbidden());
		call("POST", "/api/v1/plans/suggested-measures/1/retire", null, editor()).andExpect(status().isForbidden());
	}

}
