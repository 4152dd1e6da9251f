package th.ita.planning;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;
import th.ita.shared.Role;

import org.springframework.security.core.Authentication;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Agency isolation (another agency's users get 404, others without the right 403; the
 * central team reads all) and publication gating of the public pages.
 */
class PlanAccessTests extends PlanningTestSupport {

	static final Authentication OTHER_EDITOR = TestPrincipals.agencyEditor(OTHER);

	static final Authentication OTHER_ADMIN = TestPrincipals.agencyAdmin(OTHER);

	@Test
	void anotherAgencysUsersGet404AndTheCentralTeamReadsAll() throws Exception {
		int fy = 2620;
		createPlan(fy);
		long project = project(fy, "โครงการ");
		long measure = addMeasure(fy, 9, "มาตรการ");
		call("GET", base(fy), null, OTHER_EDITOR).andExpect(status().isNotFound());
		call("GET", "/api/v1/agencies/" + AGENCY + "/plans", null, OTHER_EDITOR).andExpect(status().isNotFound());
		call("PUT", base(fy) + "/measures/" + measure, Map.of("issue", "x", "measure", "y"), OTHER_EDITOR)
			.andExpect(status().isNotFound());
		call("POST", base(fy) + "/projects/" + project + "/activities", activity("1", "x", "1", List.of(ym(fy, 1))),
				OTHER_ADMIN)
			.andExpect(status().isNotFound());
		call("POST", base(fy) + "/submit", null, OTHER_ADMIN).andExpect(status().isNotFound());
		call("POST", base(fy) + "/approve", null, OTHER_ADMIN).andExpect(status().isNotFound());
		call("GET", base(fy), null, TestPrincipals.authentication("assessor-x", null, Role.ASSESSOR))
			.andExpect(status().isForbidden());
		// The central team reads, but does not edit
		call("GET", base(fy), null, TestPrincipals.admin()).andExpect(status().isOk());
		call("GET", base(fy), null, TestPrincipals.authentication("nat-exec", null, Role.EXECUTIVE))
			.andExpect(status().isOk());
		call("POST", base(fy) + "/measures", Map.of("issue", "x", "measure", "y"), TestPrincipals.admin())
			.andExpect(status().isForbidden());
		// A measure of this plan cannot be changed through another plan's path
		int otherFy = 2621;
		createPlan(otherFy);
		call("PUT", base(otherFy) + "/measures/" + measure, Map.of("issue", "x", "measure", "y"), editor())
			.andExpect(status().isNotFound());
		// Without a sign-in, the API answers 401
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(base(fy)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void publicPagesExistOnlyOncePublished() throws Exception {
		int fy = 2622;
		createPlan(fy);
		long project = project(fy, "โครงการเสริมสร้างคุณธรรม");
		addActivity(fy, project, activity("1.1", "กิจกรรมสร้างสื่อประชาสัมพันธ์", "5000", List.of(ym(fy, 1))));
		addMeasure(fy, 9, "เผยแพร่ข้อมูลให้ครบถ้วน");
		String page = "/public/agencies/S4001/plans/" + fy;
		publicPage(page).andExpect(status().isNotFound());
		call("POST", base(fy) + "/submit", null, editor());
		call("POST", base(fy) + "/approve", null, agencyAdmin());
		publicPage(page).andExpect(status().isNotFound());
		call("POST", base(fy) + "/publish", null, agencyAdmin());
		publicPage(page).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("กิจกรรมสร้างสื่อประชาสัมพันธ์")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("5,000.00")));
		publicPage(page + "/progress").andExpect(status().isNotFound());
		publicPage("/public/agencies/" + OTHER + "/plans/" + fy).andExpect(status().isNotFound());
		call("POST", base(fy) + "/publish-progress", null, agencyAdmin());
		publicPage(page + "/progress").andExpect(status().isOk());
	}

}
