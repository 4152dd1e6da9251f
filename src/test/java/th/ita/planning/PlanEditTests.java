package th.ita.planning;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import th.ita.shared.EvidenceOffered;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

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
 * Measures and activities are edited in place on the plan pages (plain forms; a refused
 * one is shown open again with the error next to its field and the typed values), and a
 * plan is frozen once approved or published until the agency admin reopens it.
 */
@RecordApplicationEvents
class PlanEditTests extends PlanningTestSupport {

	@Autowired
	ApplicationEvents events;

	@Test
	void aMeasureIsEditedInPlaceAndARefusedEditShowsTheErrorAtTheField() throws Exception {
		int fy = 2645;
		createPlan(fy);
		long id = addMeasure(fy, 9, "มาตรการเดิม");
		String page = "/plans/" + AGENCY + "/" + fy + "/integrity/measures";
		this.mvc.perform(get(page).with(authentication(editor())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"measure-edit-" + id + "\"")))
			.andExpect(content().string(containsString("value=\"การเปิดเผยข้อมูลยังไม่ครบถ้วน\"")))
			.andExpect(content().string(not(containsString("planning-library-link"))));
		// the central team reads it (no edit forms) and finds the library page from it
		this.mvc.perform(get(page).with(authentication(th.ita.TestPrincipals.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("planning-library-link")))
			.andExpect(content().string(not(containsString("id=\"measure-edit-"))));
		// a blank issue is refused: the form is open again, the error sits next to the
		// field
		this.mvc
			.perform(post(page + "/" + id).with(authentication(editor()))
				.with(csrf())
				.param("indicatorNumber", "9")
				.param("issue", " ")
				.param("measure", "มาตรการที่พิมพ์ไว้")
				.param("guidelines", "แนวทางใหม่"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"me-issue-" + id + "-error\"")))
			.andExpect(content().string(containsString("data-field=\"issue\"")))
			.andExpect(content().string(containsString("มาตรการที่พิมพ์ไว้</textarea>")));
		assertThat(plan(fy, editor()).get("measures").get(0).get("measure").asString()).isEqualTo("มาตรการเดิม");
		// a valid edit is saved and audited
		long before = audits("planning.measure-changed");
		this.mvc
			.perform(post(page + "/" + id).with(authentication(editor()))
				.with(csrf())
				.param("indicatorNumber", "10")
				.param("issue", "ประเด็นใหม่")
				.param("measure", "มาตรการใหม่")
				.param("guidelines", "แนวทางหนึ่ง\nแนวทางสอง")
				.param("responsibleUnit", "กลุ่มนิติการ"))
			.andExpect(redirectedUrl(page + "#measure-" + id));
		var measure = plan(fy, editor()).get("measures").get(0);
		assertThat(measure.get("measure").asString()).isEqualTo("มาตรการใหม่");
		assertThat(measure.get("indicatorNumber").asInt()).isEqualTo(10);
		assertThat(measure.get("guidelines").size()).isEqualTo(2);
		assertThat(audits("planning.measure-changed")).isEqualTo(before + 1);
		// another agency cannot edit it
		this.mvc
			.perform(post(page + "/" + id).with(authentication(th.ita.TestPrincipals.agencyEditor(OTHER)))
				.with(csrf())
				.param("issue", "x")
				.param("measure", "y"))
			.andExpect(status().isNotFound());
	}

	@Test
	void anActivityIsEditedInPlaceWithItsMonths() throws Exception {
		int fy = 2646;
		createPlan(fy);
		long project = project(fy, "โครงการแก้ไข");
		long id = addActivity(fy, project, activity("1.1", "กิจกรรมเดิม", "5000", List.of(ym(fy, 1))));
		String page = "/plans/" + AGENCY + "/" + fy + "/integrity";
		this.mvc.perform(get(page + "/projects").with(authentication(editor())))
			.andExpect(content().string(containsString("id=\"activity-edit-" + id + "\"")))
			.andExpect(content().string(containsString("value=\"5000.00\"")));
		this.mvc
			.perform(post(page + "/activities/" + id).with(authentication(editor()))
				.with(csrf())
				.param("code", "1.1")
				.param("name", "กิจกรรมที่พิมพ์ไว้")
				.param("kpi", "ตัวชี้วัด")
				.param("unit", "คน")
				.param("targetQuantity", "70")
				.param("budget", "-1")
				.param("months", ym(fy, 2)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"ae-budget-" + id + "-error\"")))
			.andExpect(content().string(containsString("value=\"กิจกรรมที่พิมพ์ไว้\"")))
			.andExpect(content().string(containsString("value=\"-1\"")));
		this.mvc
			.perform(post(page + "/activities/" + id).with(authentication(editor()))
				.with(csrf())
				.param("code", "1.1")
				.param("name", "กิจกรรมใหม่")
				.param("kpi", "ตัวชี้วัด")
				.param("unit", "คน")
				.param("targetQuantity", "70")
				.param("budget", "7,500.25")
				.param("months", ym(fy, 2), ym(fy, 3)))
			.andExpect(redirectedUrl(page + "/projects#activity-" + id));
		var activity = plan(fy, editor()).get("projects").get(0).get("activities").get(0);
		assertThat(activity.get("name").asString()).isEqualTo("กิจกรรมใหม่");
		assertThat(activity.get("budget").decimalValue()).isEqualByComparingTo("7500.25");
		assertThat(activity.get("months").size()).isEqualTo(2);
		this.mvc.perform(get(page + "/projects").with(authentication(editor())))
			.andExpect(content().string(containsString("7,500.25")))
			.andExpect(content().string(not(containsString("planning-error"))));
	}

	@Test
	void aPublishedPlanIsFrozenUntilTheAgencyAdminReopensIt() throws Exception {
		int fy = 2647;
		createPlan(fy);
		long measure = addMeasure(fy, 9, "มาตรการที่เผยแพร่");
		publish(fy);
		Map<String, Object> change = Map.of("indicatorNumber", 9, "issue", "x", "measure", "แก้หลังเผยแพร่");
		call("PUT", base(fy) + "/measures/" + measure, change, editor()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("status"))
			.andExpect(jsonPath("$.state").value("PUBLISHED"));
		call("DELETE", base(fy) + "/measures/" + measure, null, editor()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.state").value("PUBLISHED"));
		// only the agency admin or executive reopens it
		call("POST", base(fy) + "/reopen", null, editor()).andExpect(status().isForbidden());
		this.events.clear();
		call("POST", base(fy) + "/reopen", null, agencyAdmin()).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"));
		assertThat(this.events.stream(EvidenceOffered.class)).singleElement()
			.satisfies(e -> assertThat(e.url()).isNull());
		assertThat(this.jdbc.sql("""
				select count(*) from audit_entry where action = 'planning.plan-reopened' and entity_id = :id""")
			.param("id", AGENCY + "/" + fy + "/integrity")
			.query(Long.class)
			.single()).isEqualTo(1);
		publicPage("/public/agencies/" + AGENCY + "/plans/" + fy).andExpect(status().isNotFound());
		call("PUT", base(fy) + "/measures/" + measure, change, editor()).andExpect(status().isOk());
		publish(fy);
		publicPage("/public/agencies/" + AGENCY + "/plans/" + fy).andExpect(status().isOk())
			.andExpect(content().string(containsString("แก้หลังเผยแพร่")));
		// once the progress report is published the plan is closed
		call("POST", base(fy) + "/publish-progress", null, agencyAdmin()).andExpect(status().isOk());
		call("POST", base(fy) + "/reopen", null, agencyAdmin()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.state").value("PUBLISHED"))
			.andExpect(jsonPath("$.action").value("reopen"));
	}

}
