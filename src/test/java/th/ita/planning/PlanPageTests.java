package th.ita.planning;

import java.util.List;

import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The plan pages: every page renders for the agency, another agency gets 404, a form with
 * an invalid field re-renders naming it and keeping the input, a valid one redirects.
 */
class PlanPageTests extends PlanningTestSupport {

	@Test
	void pagesRenderForTheAgencyAndAreHiddenFromOthers() throws Exception {
		int fy = 2630;
		createPlan(fy);
		long project = project(fy, "โครงการหน้าเว็บ");
		addActivity(fy, project, activity("1.1", "กิจกรรมหน้าเว็บ", "1234.5", List.of(ym(fy, 10), ym(fy, 1))));
		String base = "/plans/" + AGENCY + "/" + fy + "/integrity";
		for (String page : List.of("", "/analysis", "/measures", "/projects", "/progress")) {
			this.mvc.perform(get(base + page).with(authentication(editor())))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("planning-nav-projects")));
			this.mvc.perform(get(base + page).with(authentication(TestPrincipals.agencyEditor(OTHER))))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get(base + "/projects").with(authentication(editor())))
			.andExpect(content().string(containsString("1,234.50")))
			.andExpect(content().string(containsString("ไตรมาส 1")))
			.andExpect(content().string(containsString("ต.ค. " + String.valueOf(fy - 1).substring(2))));
		this.mvc.perform(get("/plans").with(authentication(editor())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(base)));
	}

	@Test
	void anInvalidActivityFormNamesTheFieldAndKeepsTheInput() throws Exception {
		int fy = 2631;
		createPlan(fy);
		long project = project(fy, "โครงการฟอร์ม");
		String path = "/plans/" + AGENCY + "/" + fy + "/integrity/projects/" + project + "/activities";
		this.mvc
			.perform(post(path).with(authentication(editor()))
				.with(csrf())
				.param("name", "กิจกรรมที่พิมพ์ไว้")
				.param("kpi", "ตัวชี้วัด")
				.param("unit", "คน")
				.param("targetQuantity", "70")
				.param("budget", "5000")
				.param("months", ym(fy + 1, 1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-field=\"months\"")))
			.andExpect(content().string(containsString("value=\"กิจกรรมที่พิมพ์ไว้\"")));
		this.mvc
			.perform(post(path).with(authentication(editor()))
				.with(csrf())
				.param("name", "กิจกรรม")
				.param("kpi", "ตัวชี้วัด")
				.param("unit", "คน")
				.param("targetQuantity", "70")
				.param("budget", "5,000.50")
				.param("months", ym(fy, 1)))
			.andExpect(redirectedUrl("/plans/" + AGENCY + "/" + fy + "/integrity/projects#project-" + project));
		this.mvc.perform(get("/plans/" + AGENCY + "/" + fy + "/integrity/projects").with(authentication(editor())))
			.andExpect(content().string(containsString("5,000.50")))
			.andExpect(content().string(not(containsString("planning-error"))));
	}

}
