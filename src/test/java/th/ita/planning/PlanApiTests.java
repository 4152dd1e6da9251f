package th.ita.planning;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import th.ita.shared.EvidenceOffered;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The plan API over real HTTP handling and PostgreSQL: seed 001's 60,000-baht plan, the
 * workflow with its roles and audit, and the evidence offered on publication.
 */
@RecordApplicationEvents
class PlanApiTests extends PlanningTestSupport {

	@Autowired
	ApplicationEvents events;

	@Test
	void seedPlanTotalsSixtyThousandBahtPerProjectAndPlan() throws Exception {
		// Given seed 001's project with its five activities
		int fy = 2601;
		createPlan(fy);
		long governance = project(fy, "โครงการเสริมสร้างคุณธรรม จริยธรรม และธรรมาภิบาล");
		long integration = project(fy, "บูรณาการระบบการประเมินด้านคุณธรรมและความโปร่งใส");
		List<String> q2 = List.of("2058-01", "2058-02", "2058-03");
		addActivity(fy, governance, activity("1.1", "สร้างสื่อประชาสัมพันธ์", "5000", q2));
		addActivity(fy, governance, activity("1.2", "กิจกรรมจิตอาสา", "5000.00", q2));
		addActivity(fy, governance, activity("1.3", "กิจกรรมพัฒนาจิต No Gift Policy", "20000", q2));
		addActivity(fy, integration, activity("2.1", "ประชุมชี้แจงโครงการเขตสุจริต", "15000", List.of("2057-12")));
		addActivity(fy, integration, activity("2.2", "ประชุมพิจารณาตัวชี้วัด OIT", "15000.00", List.of("2058-09")));

		// When the plan is read
		JsonNode plan = plan(fy, editor());

		// Then the totals are exact to the satang
		assertThat(plan.get("totalBudget").decimalValue()).isEqualByComparingTo("60000.00");
		assertThat(plan.get("projects").get(0).get("budget").decimalValue()).isEqualByComparingTo("30000");
		assertThat(plan.get("projects").get(1).get("budget").decimalValue()).isEqualByComparingTo("30000");
		assertThat(call("GET", base(fy), null, editor()).andReturn().getResponse().getContentAsString())
			.contains("\"totalBudget\":60000.00");
		JsonNode first = plan.get("projects").get(0).get("activities").get(0);
		assertThat(first.get("months").get(0).asString()).isEqualTo("2058-01");
		assertThat(first.get("kpi").asString()).isEqualTo("จำนวนสื่อประชาสัมพันธ์");
		assertThat(plan.get("status").asString()).isEqualTo("DRAFT");
		assertThat(plan.get("publicUrl").asString()).isEqualTo("/public/agencies/S4001/plans/" + fy);
	}

	@Test
	void workflowIsGuardedByRoleAndStatusAndAudited() throws Exception {
		int fy = 2602;
		createPlan(fy);
		addMeasure(fy, 9, "เผยแพร่ข้อมูลให้ครบทุกหัวข้อ");
		// An editor cannot approve, a second creation is a conflict
		call("POST", base(fy) + "/approve", null, editor()).andExpect(status().isForbidden());
		call("POST", "/api/v1/agencies/" + AGENCY + "/plans", Map.of("fiscalYear", fy), editor())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("fiscalYear"));
		// Publishing a draft is refused
		call("POST", base(fy) + "/publish", null, agencyAdmin()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("status"));
		call("POST", base(fy) + "/submit", null, editor()).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		// A submitted plan cannot be edited
		call("POST", base(fy) + "/measures", Map.of("issue", "x", "measure", "y"), editor())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("status"));
		// Returned, resubmitted, approved by the executive, published by the agency admin
		call("POST", base(fy) + "/return", null, executive()).andExpect(jsonPath("$.status").value("DRAFT"));
		call("POST", base(fy) + "/submit", null, editor()).andExpect(status().isOk());
		call("POST", base(fy) + "/approve", null, executive()).andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.approvedBy").value("exec-s4001"));
		long before = audits("planning.plan-published");
		call("POST", base(fy) + "/publish", null, agencyAdmin()).andExpect(jsonPath("$.status").value("PUBLISHED"));
		assertThat(audits("planning.plan-published")).isEqualTo(before + 1);
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where action = 'planning.plan-approved'" + " and entity_id = :id")
			.param("id", AGENCY + "/" + fy + "/integrity")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void publishingOffersThePlanAndTheProgressReportAsOitEvidence() throws Exception {
		int fy = 2603;
		createPlan(fy);
		long measure = addMeasure(fy, 9, "เผยแพร่ข้อมูลให้ครบทุกหัวข้อ");
		publish(fy);
		assertThat(this.events.stream(EvidenceOffered.class)).containsExactly(new EvidenceOffered(fy, AGENCY, "O32",
				"/public/agencies/S4001/plans/" + fy, "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
				"Measures to promote integrity and transparency"));
		progress(fy, Map.of("measureId", measure, "date", "2026-01-15", "status", "DONE", "percent", 100))
			.andExpect(status().isCreated());
		call("POST", base(fy) + "/publish-progress", null, agencyAdmin()).andExpect(status().isOk());
		assertThat(this.events.stream(EvidenceOffered.class).skip(1)).singleElement().satisfies(e -> {
			assertThat(e.oitItemCode()).isEqualTo("O33");
			assertThat(e.fiscalYear()).isEqualTo(fy);
			assertThat(e.url()).isEqualTo("/public/agencies/S4001/plans/" + fy + "/progress");
		});
	}

	@Test
	void antiCorruptionPlanHasTheSameStructureAndAnswersO30AndO31() throws Exception {
		int fy = 2604;
		String path = "/api/v1/agencies/" + AGENCY + "/plans/" + fy + "/anti-corruption";
		call("POST", "/api/v1/agencies/" + AGENCY + "/plans", Map.of("fiscalYear", fy, "kind", "ANTI_CORRUPTION"),
				editor())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("ANTI_CORRUPTION"));
		long project = json(call("POST", path + "/projects", Map.of("name", "แผนงานป้องกันการทุจริต"), editor()))
			.get("id")
			.asLong();
		call("POST", path + "/projects/" + project + "/activities",
				activity("1", "ประเมินความเสี่ยงการทุจริต", "2500.50", List.of(ym(fy, 3))), editor())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.plan.totalBudget").value(2500.50));
		call("POST", path + "/submit", null, editor()).andExpect(status().isOk());
		call("POST", path + "/approve", null, agencyAdmin()).andExpect(status().isOk());
		call("POST", path + "/publish", null, agencyAdmin()).andExpect(status().isOk());
		call("POST", path + "/publish-progress", null, agencyAdmin()).andExpect(status().isOk());
		assertThat(this.events.stream(EvidenceOffered.class))
			.extracting(EvidenceOffered::oitItemCode, EvidenceOffered::fiscalYear, EvidenceOffered::url)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("O30", fy,
							"/public/agencies/S4001/plans/" + fy + "/anti-corruption"),
					org.assertj.core.groups.Tuple.tuple("O31", fy + 1,
							"/public/agencies/S4001/plans/" + fy + "/anti-corruption/progress"));
	}

	@Test
	void suggestedMeasuresAreMaintainedByTheCentralTeam() throws Exception {
		Map<String, Object> body = Map.of("indicatorNumber", 9, "issue", "ข้อมูลไม่เป็นปัจจุบัน", "measure",
				"ปรับปรุงเว็บไซต์ทุกเดือน", "guidelines", List.of("แต่งตั้งผู้รับผิดชอบ"));
		call("POST", "/api/v1/plans/suggested-measures", body, editor()).andExpect(status().isForbidden());
		long id = json(call("POST", "/api/v1/plans/suggested-measures", body, th.ita.TestPrincipals.admin())
			.andExpect(status().isCreated())).get("id").asLong();
		call("GET", "/api/v1/plans/suggested-measures?indicator=9", null, editor()).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + id + ")].measure").value("ปรับปรุงเว็บไซต์ทุกเดือน"));
		call("POST", "/api/v1/plans/suggested-measures", Map.of("issue", "x", "measure", "y"),
				th.ita.TestPrincipals.admin())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("indicatorNumber"));
	}

}
