package th.ita.integrity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.ita.shared.EvidenceOffered;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bribery risk assessment: validation, levels, the heat map, isolation, publication.
 */
@RecordApplicationEvents
class IntegrityRiskApiTests extends IntegrityTestSupport {

	@Autowired
	ApplicationEvents events;

	static String risk(int year, String process, int likelihood, int impact) {
		return "{\"fiscalYear\":" + year + ",\"process\":\"" + process
				+ "\",\"description\":\"รับเงินเพื่อเร่งอนุมัติ\"," + "\"likelihood\":" + likelihood + ",\"impact\":"
				+ impact + ",\"existingControls\":\"ตรวจสอบสองชั้น\","
				+ "\"newControls\":\"เปิดเผยขั้นตอน\",\"owner\":\"กลุ่มบริหารงานการเงินและสินทรัพย์\",\"followUp\":\"IN_PROGRESS\"}";
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"likelihood 0 | {\"fiscalYear\":2655,\"process\":\"p\",\"description\":\"d\",\"likelihood\":0,\"impact\":3,\"owner\":\"o\"} | likelihood",
			"likelihood 6 | {\"fiscalYear\":2655,\"process\":\"p\",\"description\":\"d\",\"likelihood\":6,\"impact\":3,\"owner\":\"o\"} | likelihood",
			"likelihood missing | {\"fiscalYear\":2655,\"process\":\"p\",\"description\":\"d\",\"impact\":3,\"owner\":\"o\"} | likelihood",
			"impact 0 | {\"fiscalYear\":2655,\"process\":\"p\",\"description\":\"d\",\"likelihood\":3,\"impact\":0,\"owner\":\"o\"} | impact",
			"impact 6 | {\"fiscalYear\":2655,\"process\":\"p\",\"description\":\"d\",\"likelihood\":3,\"impact\":6,\"owner\":\"o\"} | impact",
			"process blank | {\"fiscalYear\":2655,\"process\":\"\",\"description\":\"d\",\"likelihood\":3,\"impact\":3,\"owner\":\"o\"} | process",
			"description missing | {\"fiscalYear\":2655,\"process\":\"p\",\"likelihood\":3,\"impact\":3,\"owner\":\"o\"} | description",
			"owner missing | {\"fiscalYear\":2655,\"process\":\"p\",\"description\":\"d\",\"likelihood\":3,\"impact\":3} | owner",
			"follow-up unknown | {\"fiscalYear\":2655,\"process\":\"p\",\"description\":\"d\",\"likelihood\":3,\"impact\":3,\"owner\":\"o\",\"followUp\":\"MAYBE\"} | followUp",
			"fiscal year missing | {\"process\":\"p\",\"description\":\"d\",\"likelihood\":3,\"impact\":3,\"owner\":\"o\"} | fiscalYear",
			"fiscal year CE | {\"fiscalYear\":2025,\"process\":\"p\",\"description\":\"d\",\"likelihood\":3,\"impact\":3,\"owner\":\"o\"} | fiscalYear" })
	void invalidRiskNamesTheField(String name, String body, String field) throws Exception {
		postJson(api(AGENCY) + "/risks", body, editor()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value(field));
	}

	@Test
	void levelsHeatMapIsolationAndPublication() throws Exception {
		int year = 2656;
		postJson(api(AGENCY) + "/risks", risk(year, "การจัดซื้อจัดจ้าง", 4, 5), editor())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.score").value(20))
			.andExpect(jsonPath("$.level").value("VERY_HIGH"))
			.andExpect(jsonPath("$.followUp").value("IN_PROGRESS"));
		postJson(api(AGENCY) + "/risks", risk(year, "การเบิกจ่าย", 2, 3), editor()).andExpect(status().isCreated())
			.andExpect(jsonPath("$.level").value("MEDIUM"));
		String body = postJson(api(AGENCY) + "/risks", risk(year, "การบรรจุแต่งตั้ง", 2, 3), editor())
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
		// the treatment result is recorded on the risk
		putJson(api(AGENCY) + "/risks/" + id,
				risk(year, "การบรรจุแต่งตั้ง", 1, 3).replace("\"IN_PROGRESS\"",
						"\"DONE\",\"result\":\"ไม่พบการเรียกรับ\""),
				editor())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.level").value("LOW"))
			.andExpect(jsonPath("$.result").value("ไม่พบการเรียกรับ"));
		assertThat(audits("integrity.risk-updated", String.valueOf(id))).isEqualTo(1);

		getJson(api(AGENCY) + "/risks?fiscalYear=" + year, central()).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[0].score").value(20));
		// counts[impact - 1][likelihood - 1]
		getJson(api(AGENCY) + "/risks/heat-map?fiscalYear=" + year, executive()).andExpect(status().isOk())
			.andExpect(jsonPath("$.counts[4][3]").value(1))
			.andExpect(jsonPath("$.counts[2][1]").value(1))
			.andExpect(jsonPath("$.counts[2][0]").value(1))
			.andExpect(jsonPath("$.byLevel.VERY_HIGH").value(1))
			.andExpect(jsonPath("$.byLevel.MEDIUM").value(1))
			.andExpect(jsonPath("$.byLevel.LOW").value(1));

		getJson(api(AGENCY) + "/risks?fiscalYear=" + year, otherEditor()).andExpect(status().isNotFound());
		getJson(api(AGENCY) + "/risks/" + id, otherEditor()).andExpect(status().isNotFound());
		getJson(api(AGENCY) + "/risks/heat-map?fiscalYear=" + year, assessor()).andExpect(status().isForbidden());
		postJson(api(AGENCY) + "/risks", risk(year, "x", 1, 1), otherEditor()).andExpect(status().isNotFound());
		postJson(api(AGENCY) + "/risks", risk(year, "x", 1, 1), executive()).andExpect(status().isForbidden());
		putJson(api(OTHER) + "/risks/" + id, risk(year, "x", 1, 1), otherEditor()).andExpect(status().isNotFound());

		String assessment = "/public/agencies/S4001/integrity/" + year + "/risks";
		String treatment = "/public/agencies/S4001/integrity/" + year + "/risk-treatment";
		assertThat(publicStatus(assessment)).isEqualTo(404);
		assertThat(publicStatus(treatment)).isEqualTo(404);
		this.events.clear();
		publish(year, "RISK_ASSESSMENT");
		assertThat(this.events.stream(EvidenceOffered.class)).singleElement()
			.satisfies(e -> assertThat(e.oitItemCode()).isEqualTo("O28"));
		String page = publicBody(assessment);
		// the heat map is a table whose cells say their count and level in words
		assertThat(page).contains("id=\"heat-map\"")
			.contains("data-likelihood=\"4\" data-impact=\"5\" data-count=\"1\"")
			.contains("สูงมาก")
			.contains("การจัดซื้อจัดจ้าง");
		assertThat(publicStatus(treatment)).isEqualTo(404);
		publish(year, "risk-treatment");
		assertThat(publicBody(treatment)).contains("ไม่พบการเรียกรับ");
	}

}
