package th.ita.planning;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import th.ita.TestPrincipals;
import th.ita.shared.Role;
import th.ita.web.WebIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The planning tests share the one application context of the web integration tests.
 * Plans persist within the test JVM, so each test uses its own fiscal year (2601 and
 * later; 2561 where activities must already be over).
 */
abstract class PlanningTestSupport extends WebIntegrationTest {

	static final String AGENCY = "S4001";

	static final String OTHER = "4001";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	JdbcClient jdbc;

	static Authentication editor() {
		return TestPrincipals.agencyEditor(AGENCY);
	}

	static Authentication agencyAdmin() {
		return TestPrincipals.agencyAdmin(AGENCY);
	}

	static Authentication executive() {
		return TestPrincipals.authentication("exec-s4001", AGENCY, Role.EXECUTIVE);
	}

	static String base(int fy) {
		return "/api/v1/agencies/" + AGENCY + "/plans/" + fy + "/integrity";
	}

	ResultActions call(String method, String path, Object body, Authentication user) throws Exception {
		var builder = request(org.springframework.http.HttpMethod.valueOf(method), path).with(authentication(user));
		if (body != null) {
			builder.contentType(MediaType.APPLICATION_JSON)
				.content((body instanceof String s) ? s : JSON.writeValueAsString(body));
		}
		return this.mvc.perform(builder);
	}

	JsonNode json(ResultActions actions) throws Exception {
		MvcResult result = actions.andReturn();
		return JSON.readTree(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}

	JsonNode plan(int fy, Authentication user) throws Exception {
		return json(this.mvc.perform(get(base(fy)).with(authentication(user))).andExpect(status().isOk()));
	}

	void createPlan(int fy) throws Exception {
		call("POST", "/api/v1/agencies/" + AGENCY + "/plans", Map.of("fiscalYear", fy, "kind", "integrity"), editor())
			.andExpect(status().isCreated());
	}

	long project(int fy, String name) throws Exception {
		return json(
				call("POST", base(fy) + "/projects", Map.of("name", name), editor()).andExpect(status().isCreated()))
			.get("id")
			.asLong();
	}

	/** A month of a fiscal year, e.g. (2568, 1) → 2025-01, (2568, 10) → 2024-10. */
	static String ym(int fy, int month) {
		int year = fy - 543 - ((month >= 10) ? 1 : 0);
		return java.time.YearMonth.of(year, month).toString();
	}

	static Map<String, Object> activity(String code, String name, String budget, List<String> months) {
		return Map.of("code", code, "name", name, "kpi", "จำนวนสื่อประชาสัมพันธ์", "unit", "รายการ", "targetQuantity",
				new BigDecimal("5"), "budget", new BigDecimal(budget), "months", months, "responsibleGroup",
				"กลุ่มอำนวยการ");
	}

	long addActivity(int fy, long project, Map<String, Object> body) throws Exception {
		return json(call("POST", base(fy) + "/projects/" + project + "/activities", body, editor())
			.andExpect(status().isCreated())).get("id").asLong();
	}

	long addMeasure(int fy, Integer indicator, String measure) throws Exception {
		Map<String, Object> body = new java.util.HashMap<>();
		body.put("indicatorNumber", indicator);
		body.put("issue", "การเปิดเผยข้อมูลยังไม่ครบถ้วน");
		body.put("measure", measure);
		body.put("guidelines", List.of("แนวทางที่ 1", "แนวทางที่ 2"));
		body.put("responsibleUnit", "กลุ่มอำนวยการ");
		return json(call("POST", base(fy) + "/measures", body, editor()).andExpect(status().isCreated())).get("id")
			.asLong();
	}

	/** Submit, approve (agency admin) and publish (executive). */
	void publish(int fy) throws Exception {
		call("POST", base(fy) + "/submit", null, editor()).andExpect(status().isOk());
		call("POST", base(fy) + "/approve", null, agencyAdmin()).andExpect(status().isOk());
		call("POST", base(fy) + "/publish", null, executive()).andExpect(status().isOk());
	}

	ResultActions progress(int fy, Map<String, Object> body) throws Exception {
		return call("POST", base(fy) + "/progress", body, editor());
	}

	long audits(String action) {
		return this.jdbc.sql("select count(*) from audit_entry where action = :a")
			.param("a", action)
			.query(Long.class)
			.single();
	}

	ResultActions publicPage(String path) throws Exception {
		return this.mvc.perform(get(path));
	}

	ResultActions postAs(String path, Authentication user) throws Exception {
		return this.mvc.perform(post(path).with(authentication(user)));
	}

}
