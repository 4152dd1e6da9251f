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
 * The gift register: validation, isolation, audited reads of named entries, half-year
 * summaries, and a public report with counts and value bands but no names.
 */
@RecordApplicationEvents
class IntegrityGiftApiTests extends IntegrityTestSupport {

	@Autowired
	ApplicationEvents events;

	static String gift(String date, String giver, String value, String action, String recordedBy) {
		return "{\"receivedOn\":\"" + date + "\",\"giver\":\"" + giver + "\",\"relation\":\"ผู้รับจ้าง\","
				+ "\"item\":\"กระเช้าของขวัญ\",\"value\":" + value + ",\"action\":\"" + action + "\",\"recordedBy\":\""
				+ recordedBy + "\"}";
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"receivedOn missing | {\"giver\":\"ก\",\"relation\":\"ร\",\"item\":\"i\",\"value\":1,\"action\":\"REFUSED\",\"recordedBy\":\"r\"} | receivedOn | 422",
			"receivedOn in the future | {\"receivedOn\":\"2999-01-01\",\"giver\":\"ก\",\"relation\":\"ร\",\"item\":\"i\",\"value\":1,\"action\":\"REFUSED\",\"recordedBy\":\"r\"} | receivedOn | 422",
			"receivedOn unreadable | {\"receivedOn\":\"31/12/2567\",\"giver\":\"ก\",\"relation\":\"ร\",\"item\":\"i\",\"value\":1,\"action\":\"REFUSED\",\"recordedBy\":\"r\"} | receivedOn | 400",
			"giver blank | {\"receivedOn\":\"2025-01-10\",\"giver\":\" \",\"relation\":\"ร\",\"item\":\"i\",\"value\":1,\"action\":\"REFUSED\",\"recordedBy\":\"r\"} | giver | 422",
			"relation missing | {\"receivedOn\":\"2025-01-10\",\"giver\":\"ก\",\"item\":\"i\",\"value\":1,\"action\":\"REFUSED\",\"recordedBy\":\"r\"} | relation | 422",
			"item missing | {\"receivedOn\":\"2025-01-10\",\"giver\":\"ก\",\"relation\":\"ร\",\"value\":1,\"action\":\"REFUSED\",\"recordedBy\":\"r\"} | item | 422",
			"value missing | {\"receivedOn\":\"2025-01-10\",\"giver\":\"ก\",\"relation\":\"ร\",\"item\":\"i\",\"action\":\"REFUSED\",\"recordedBy\":\"r\"} | value | 422",
			"value negative | {\"receivedOn\":\"2025-01-10\",\"giver\":\"ก\",\"relation\":\"ร\",\"item\":\"i\",\"value\":-0.01,\"action\":\"REFUSED\",\"recordedBy\":\"r\"} | value | 422",
			"value with 3 decimals | {\"receivedOn\":\"2025-01-10\",\"giver\":\"ก\",\"relation\":\"ร\",\"item\":\"i\",\"value\":1.005,\"action\":\"REFUSED\",\"recordedBy\":\"r\"} | value | 422",
			"value too large | {\"receivedOn\":\"2025-01-10\",\"giver\":\"ก\",\"relation\":\"ร\",\"item\":\"i\",\"value\":1000000000000,\"action\":\"REFUSED\",\"recordedBy\":\"r\"} | value | 422",
			"value not a number | {\"receivedOn\":\"2025-01-10\",\"giver\":\"ก\",\"relation\":\"ร\",\"item\":\"i\",\"value\":\"lots\",\"action\":\"REFUSED\",\"recordedBy\":\"r\"} | value | 400",
			"action unknown | {\"receivedOn\":\"2025-01-10\",\"giver\":\"ก\",\"relation\":\"ร\",\"item\":\"i\",\"value\":1,\"action\":\"SOLD\",\"recordedBy\":\"r\"} | action | 422",
			"action missing | {\"receivedOn\":\"2025-01-10\",\"giver\":\"ก\",\"relation\":\"ร\",\"item\":\"i\",\"value\":1,\"recordedBy\":\"r\"} | action | 422",
			"recordedBy missing | {\"receivedOn\":\"2025-01-10\",\"giver\":\"ก\",\"relation\":\"ร\",\"item\":\"i\",\"value\":1,\"action\":\"REFUSED\"} | recordedBy | 422" })
	void invalidGiftNamesTheField(String name, String body, String field, int status) throws Exception {
		postJson(api(AGENCY) + "/gifts", body, editor()).andExpect(status().is(status))
			.andExpect(jsonPath("$.field").value(field));
	}

	@Test
	void namedReadsAreAuditedAndIsolated() throws Exception {
		// 2025-01-10 and 2025-05-02 fall in fiscal year 2568 (Oct 2024 - Sep 2025)
		String body = postJson(api(AGENCY) + "/gifts",
				gift("2025-01-10", "บริษัท ทดสอบลับ จำกัด", "1500.50", "RETURNED", "นางสาวผู้บันทึก ลับมาก"), editor())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.fiscalYear").value(2568))
			.andExpect(jsonPath("$.value").value(1500.50))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
		assertThat(audits("integrity.gift-recorded", String.valueOf(id))).isEqualTo(1);

		long before = audits("integrity.gifts-read", "S4001/2568");
		getJson(api(AGENCY) + "/gifts?fiscalYear=2568", editor()).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + id + ")].giver").value("บริษัท ทดสอบลับ จำกัด"));
		getJson(api(AGENCY) + "/gifts?fiscalYear=2568", central()).andExpect(status().isOk());
		assertThat(audits("integrity.gifts-read", "S4001/2568")).isEqualTo(before + 2);
		long single = audits("integrity.gifts-read", String.valueOf(id));
		getJson(api(AGENCY) + "/gifts/" + id, executive()).andExpect(status().isOk())
			.andExpect(jsonPath("$.recordedBy").value("นางสาวผู้บันทึก ลับมาก"));
		assertThat(audits("integrity.gifts-read", String.valueOf(id))).isEqualTo(single + 1);
		// the audit keeps who read and which entries, not the names
		String after = this.jdbc.sql(
				"select after_state::text from audit_entry where action = 'integrity.gifts-read' order by id desc limit 1")
			.query(String.class)
			.single();
		assertThat(after).contains(String.valueOf(id)).doesNotContain("ทดสอบลับ");

		// other agencies get a 404, users without an agency role a 403; nothing is
		// audited
		long all = audits("integrity.gifts-read", "S4001/2568");
		getJson(api(AGENCY) + "/gifts?fiscalYear=2568", otherEditor()).andExpect(status().isNotFound());
		getJson(api(AGENCY) + "/gifts/" + id, otherAdmin()).andExpect(status().isNotFound());
		getJson(api(AGENCY) + "/gifts?fiscalYear=2568", assessor()).andExpect(status().isForbidden());
		getJson(api(AGENCY) + "/gifts/summary?fiscalYear=2568", otherEditor()).andExpect(status().isNotFound());
		assertThat(audits("integrity.gifts-read", "S4001/2568")).isEqualTo(all);
		postJson(api(AGENCY) + "/gifts", gift("2025-01-10", "x", "1", "REFUSED", "y"), otherEditor())
			.andExpect(status().isNotFound());
		putJson(api(AGENCY) + "/gifts/" + id, gift("2025-01-10", "x", "1", "REFUSED", "y"), otherEditor())
			.andExpect(status().isNotFound());
		// an entry of S4001 is not found through another agency's path
		putJson(api(OTHER) + "/gifts/" + id, gift("2025-01-10", "x", "1", "REFUSED", "y"), otherEditor())
			.andExpect(status().isNotFound());
		// the agency's editor corrects it (audited)
		putJson(api(AGENCY) + "/gifts/" + id,
				gift("2025-01-11", "บริษัท ทดสอบลับ จำกัด", "1400", "RETURNED", "นางสาวผู้บันทึก ลับมาก"), editor())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.receivedOn").value("2025-01-11"));
		assertThat(audits("integrity.gift-updated", String.valueOf(id))).isEqualTo(1);
	}

	@Test
	void summaryByHalfYearAndPublicReportWithoutNames() throws Exception {
		int year = 2654; // 1 Oct 2110 - 30 Sep 2111: future dates are refused, so insert
							// directly
		String[][] rows = { { "2110-10-05", "ผู้ให้ลับหนึ่ง", "0", "REFUSED" },
				{ "2111-01-15", "ผู้ให้ลับสอง", "450", "RETURNED" },
				{ "2111-03-31", "ผู้ให้ลับสาม", "2500", "KEPT_WITHIN_RULES" },
				{ "2111-04-01", "ผู้ให้ลับสี่", "5000", "HANDED_TO_AGENCY" } };
		for (String[] r : rows) {
			this.jdbc.sql("""
					insert into integrity_gift (agency_code, fiscal_year, received_on, giver, relation, item, value,
					    action, recorded_by, created_by)
					values ('S4001', :y, cast(:d as date), :g, 'ผู้ปกครอง', 'ของขวัญ', cast(:v as numeric), :a,
					    'เจ้าหน้าที่ลับ', 'test')""")
				.param("y", year)
				.param("d", r[0])
				.param("g", r[1])
				.param("v", r[2])
				.param("a", r[3])
				.update();
		}
		getJson(api(AGENCY) + "/gifts/summary?fiscalYear=" + year, editor()).andExpect(status().isOk())
			.andExpect(jsonPath("$.halves[0].count").value(3))
			.andExpect(jsonPath("$.halves[1].count").value(1))
			.andExpect(jsonPath("$.year.count").value(4))
			.andExpect(jsonPath("$.year.byAction.REFUSED").value(1))
			.andExpect(jsonPath("$.year.byBand.NONE").value(1))
			.andExpect(jsonPath("$.year.byBand.UP_TO_500").value(1))
			.andExpect(jsonPath("$.year.byBand.UP_TO_3000").value(1))
			.andExpect(jsonPath("$.year.byBand.OVER_3000").value(1))
			.andExpect(jsonPath("$.halves[1].byAction.HANDED_TO_AGENCY").value(1));

		String path = "/public/agencies/S4001/integrity/" + year + "/gifts";
		assertThat(publicStatus(path)).isEqualTo(404);
		this.events.clear();
		publish(year, "GIFT_REPORT");
		assertThat(this.events.stream(EvidenceOffered.class).map(EvidenceOffered::oitItemCode)).containsExactly("O27",
				"ESA-O1");
		assertThat(publicStatus(path)).isEqualTo(200);
		String page = publicBody(path);
		assertThat(page).contains("id=\"gift-year-count\">4<").contains("เกิน 3,000 บาท");
		assertThat(page).doesNotContain("ผู้ให้ลับ").doesNotContain("เจ้าหน้าที่ลับ").doesNotContain("5000");
	}

}
