package th.ita.planning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every invalid activity, measure, project and progress input is a 422 problem naming the
 * field; nothing is stored.
 */
class PlanValidationTests extends PlanningTestSupport {

	static final int FY = 2610;

	static long project;

	@BeforeEach
	void plan() throws Exception {
		if (project == 0) {
			createPlan(FY);
			project = project(FY, "โครงการทดสอบ");
		}
	}

	@ParameterizedTest(name = "{0}={1} → {2}")
	@CsvSource(delimiter = '|', textBlock = """
			budget          | -1            | budget
			budget          | -0.01         | budget
			budget          | 1000000000.01 | budget
			budget          | 99999999999   | budget
			budget          | 10.005        | budget
			budget          |               | budget
			targetQuantity  | 0             | targetQuantity
			targetQuantity  | -5            | targetQuantity
			targetQuantity  |               | targetQuantity
			kpi             |               | kpi
			kpi             | '   '         | kpi
			unit            |               | unit
			name            |               | name
			months          | 2609-09       | months
			months          | 2610-10       | months
			months          | 2058-13       | months
			months          | none          | months
			""")
	void invalidActivityNamesTheField(String field, String value, String expected) throws Exception {
		Map<String, Object> body = new HashMap<>(activity("1.1", "กิจกรรม", "5000", List.of(ym(FY, 1))));
		Object v = (value == null) ? null : value;
		if (field.equals("months")) {
			v = value.equals("none") ? List.of() : List.of(ym(FY, 1), value);
		}
		else if (value != null && (field.equals("budget") || field.equals("targetQuantity"))) {
			v = new java.math.BigDecimal(value);
		}
		body.put(field, v);
		call("POST", base(FY) + "/projects/" + project + "/activities", body, editor())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value(expected))
			.andExpect(jsonPath("$.errors[0].field").value(expected))
			.andExpect(jsonPath("$.detail").isNotEmpty());
	}

	@Test
	void aValidActivityAtTheEdgesOfTheFiscalYearIsStored() throws Exception {
		call("POST", base(FY) + "/projects/" + project + "/activities",
				activity("9.9", "ขอบปีงบประมาณ", "1000000000.00", List.of(ym(FY, 10), ym(FY, 9))), editor())
			.andExpect(status().isCreated());
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			issue           | issue
			measure         | measure
			indicatorNumber | indicatorNumber
			""")
	void invalidMeasureNamesTheField(String field, String expected) throws Exception {
		Map<String, Object> body = new HashMap<>(
				Map.of("indicatorNumber", 9, "issue", "ประเด็น", "measure", "มาตรการ"));
		body.put(field, field.equals("indicatorNumber") ? 0 : " ");
		call("POST", base(FY) + "/measures", body, editor()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value(expected));
	}

	@Test
	void invalidProjectNamesTheField() throws Exception {
		call("POST", base(FY) + "/projects", Map.of("name", ""), editor()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("name"));
		call("POST", base(FY) + "/projects", Map.of("name", "x", "targetSize", 0), editor())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("targetSize"));
		call("POST", base(FY) + "/projects",
				Map.of("name", "x", "durationFrom", "2058-09-30", "durationTo", "2057-10-01"), editor())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("durationTo"));
	}

	@Test
	void aWrongJsonTypeIsA400NamingTheField() throws Exception {
		call("POST", base(FY) + "/projects/" + project + "/activities", "{\"budget\": \"lots\"}", editor())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("budget"));
	}

	@Test
	void anUnknownKindIsRefused() throws Exception {
		call("GET", "/api/v1/agencies/" + AGENCY + "/plans/" + FY + "/holiday", null, editor())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("kind"));
	}

}
