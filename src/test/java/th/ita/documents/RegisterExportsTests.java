package th.ita.documents;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;
import th.ita.shared.ThaiDates;
import th.ita.web.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The register exports end to end through the real modules (no fakes): a gift recorded
 * through the integrity API, a plan with an activity and progress through the planning
 * API, stored survey responses flagged by the real anomaly report. XLSX round trip of
 * Thai text and numbers, CSV with BOM, headers by language, and the data's own access
 * rules (audited gift reads, admins only for anomalies, own agency for plans).
 */
class RegisterExportsTests extends WebIntegrationTest {

	static final int PLAN_YEAR = 2633;

	static final int ROUND = 2634;

	@Autowired
	JdbcClient jdbc;

	MvcResult call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			Authentication user) throws Exception {
		if (user != null) {
			request.with(authentication(user));
		}
		return this.mvc.perform(request).andReturn();
	}

	MvcResult json(String method, String path, String body, Authentication user) throws Exception {
		var request = ("POST".equals(method) ? post(path) : get(path)).contentType(MediaType.APPLICATION_JSON)
			.content(body);
		return call(request, user);
	}

	static List<Row> rows(byte[] xlsx) throws Exception {
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			return wb.getFirstSheet().read();
		}
	}

	@Test
	void theGiftRegisterExportsAsXlsxAndCsvForTheAgencyOnlyAndEachReadIsAudited() throws Exception {
		// 2016-01-12 falls in fiscal year 2559; agency 1001 is used by no other gift test
		String gift = "{\"receivedOn\":\"2016-01-12\",\"giver\":\"บริษัท ผู้อำนวยการน้ำใจ จำกัด\","
				+ "\"relation\":\"ผู้รับจ้าง\",\"item\":\"กระเช้าของขวัญปีใหม่\",\"value\":1250.75,"
				+ "\"action\":\"RETURNED\",\"recordedBy\":\"นางสาวกตัญญู ที่ป้ำ\"}";
		Authentication editor = TestPrincipals.agencyEditor("1001");
		assertThat(json("POST", "/api/v1/agencies/1001/gifts", gift, editor).getResponse().getStatus()).isEqualTo(201);
		long audits = audits("integrity.gifts-read");
		MvcResult xlsx = call(get("/api/v1/agencies/1001/gifts.xlsx?fiscalYear=2559"), editor);
		assertThat(xlsx.getResponse().getStatus()).isEqualTo(200);
		assertThat(xlsx.getResponse().getHeader("Content-Disposition")).contains("ita-gifts-2559-1001.xlsx");
		List<Row> rows = rows(xlsx.getResponse().getContentAsByteArray());
		assertThat(rows.get(0).getCell(0).getText()).isEqualTo("วันที่รับ");
		Row row = rows.stream()
			.filter(r -> "บริษัท ผู้อำนวยการน้ำใจ จำกัด".equals(r.getCell(1).getText()))
			.findFirst()
			.orElseThrow();
		assertThat(row.getCell(3).getText()).isEqualTo("กระเช้าของขวัญปีใหม่");
		assertThat(row.getCell(4).getType()).isEqualTo(CellType.NUMBER);
		assertThat(row.getCell(4).asNumber()).isEqualByComparingTo(new BigDecimal("1250.75"));
		assertThat(row.getCell(6).getText()).isEqualTo("นางสาวกตัญญู ที่ป้ำ");
		assertThat(audits("integrity.gifts-read")).isEqualTo(audits + 1);

		MvcResult csv = call(get("/api/v1/agencies/1001/gifts.csv?fiscalYear=2559").param("lang", "en"),
				TestPrincipals.admin());
		assertThat(csv.getResponse().getStatus()).isEqualTo(200);
		String text = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFDate,Giver,");
		assertThat(text)
			.contains("2016-01-12,บริษัท ผู้อำนวยการน้ำใจ จำกัด,ผู้รับจ้าง,กระเช้าของขวัญปีใหม่,1250.75,Returned,");

		// the register page links to both files
		assertThat(page("/agencies/1001/integrity/gifts?fiscalYear=2559", editor)).contains(
				"href=\"/api/v1/agencies/1001/gifts.xlsx?fiscalYear=2559\"",
				"href=\"/api/v1/agencies/1001/gifts.csv?fiscalYear=2559\"");
		// another agency's editor and anonymous users get nothing
		assertThat(call(get("/api/v1/agencies/1001/gifts.csv?fiscalYear=2559"), TestPrincipals.agencyEditor("4001"))
			.getResponse()
			.getStatus()).isIn(403, 404);
		assertThat(call(get("/api/v1/agencies/1001/gifts.csv?fiscalYear=2559"), null).getResponse().getStatus())
			.isIn(401, 403);
	}

	@Test
	void anActionPlanWithProgressExportsWithTotalsEqualToThePlan() throws Exception {
		String base = "/api/v1/agencies/S4001/plans/" + PLAN_YEAR + "/integrity";
		Authentication editor = TestPrincipals.agencyEditor("S4001");
		if (json("GET", base, "", editor).getResponse().getStatus() == 404) {
			assertThat(json("POST", "/api/v1/agencies/S4001/plans",
					"{\"fiscalYear\":" + PLAN_YEAR + ",\"kind\":\"integrity\"}", editor)
				.getResponse()
				.getStatus()).isEqualTo(201);
			String project = json("POST", base + "/projects", "{\"name\":\"โครงการส่งเสริมคุณธรรมและความโปร่งใส\"}",
					editor)
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			long id = Long.parseLong(project.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
			String month = java.time.YearMonth.of(PLAN_YEAR - 543 - 1, 11).toString();
			for (String[] a : new String[][] { { "1.1", "อบรมผู้อำนวยการและบุคลากร", "12500.50" },
					{ "1.2", "ประชาสัมพันธ์ No Gift Policy", "3000" } }) {
				assertThat(json("POST", base + "/projects/" + id + "/activities",
						"{\"code\":\"" + a[0] + "\",\"name\":\"" + a[1]
								+ "\",\"kpi\":\"จำนวนผู้เข้าร่วม\",\"unit\":\"คน\","
								+ "\"targetQuantity\":40,\"budget\":" + a[2] + ",\"months\":[\"" + month + "\"],"
								+ "\"responsibleGroup\":\"กลุ่มอำนวยการ\"}",
						editor)
					.getResponse()
					.getStatus()).isEqualTo(201);
			}
		}
		MvcResult xlsx = call(get(base + ".xlsx"), editor);
		assertThat(xlsx.getResponse().getStatus()).isEqualTo(200);
		List<Row> rows = rows(xlsx.getResponse().getContentAsByteArray());
		assertThat(rows.get(0).getCell(0).getText()).isEqualTo("โครงการ");
		assertThat(rows.get(0).getCell(7).getText()).isEqualTo("งบประมาณ (บาท)");
		assertThat(rows).hasSize(4);
		assertThat(rows.get(1).getCell(3).getText()).isEqualTo("อบรมผู้อำนวยการและบุคลากร");
		assertThat(rows.get(1).getCell(6).asNumber()).isEqualByComparingTo("40");
		assertThat(rows.get(1).getCell(7).getType()).isEqualTo(CellType.NUMBER);
		assertThat(rows.get(1).getCell(9).getText()).isEqualTo("ยังไม่เริ่ม");
		Row total = rows.get(3);
		assertThat(total.getCell(0).getText()).isEqualTo("รวม");
		assertThat(total.getCell(7).asNumber()).isEqualByComparingTo("15500.50");
		assertThat(total.getCell(7).asNumber())
			.isEqualByComparingTo(rows.get(1).getCell(7).asNumber().add(rows.get(2).getCell(7).asNumber()));

		String csv = call(get(base + ".csv").param("lang", "en"), TestPrincipals.admin()).getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFProject,No.,");
		assertThat(csv).contains(",1.2,", "ประชาสัมพันธ์ No Gift Policy", "3000");
		assertThat(page("/plans/S4001/" + PLAN_YEAR + "/integrity", editor)).contains("href=\"" + base + ".xlsx\"",
				"href=\"" + base + ".csv\"", "href=\"/api/v1/agencies/S4001/plans/" + PLAN_YEAR + "/measures.pdf\"");
		assertThat(page("/documents?year=" + PLAN_YEAR + "&agency=S4001", TestPrincipals.admin())).contains(
				"href=\"" + base + ".xlsx\"", "href=\"/api/v1/rounds/" + PLAN_YEAR + "/surveys/anomalies.xlsx\"",
				"href=\"/api/v1/agencies/S4001/gifts.xlsx?fiscalYear=" + PLAN_YEAR + "\"");
		assertThat(call(get(base + ".csv"), TestPrincipals.agencyEditor("4001")).getResponse().getStatus())
			.isEqualTo(404);
		assertThat(
				call(get("/api/v1/agencies/S4001/plans/" + PLAN_YEAR + "/anti-corruption.xlsx"), editor).getResponse()
					.getStatus())
			.isEqualTo(404);
	}

	@Test
	void theAnomalyReportExportsItsFlagsForSystemAdminsOnly() throws Exception {
		synchronized (RegisterExportsTests.class) {
			if (this.jdbc.sql("select count(*) from assessment_round where fiscal_year = ?")
				.param(ROUND)
				.query(Long.class)
				.single() == 0) {
				LocalDate today = LocalDate.now(ThaiDates.BANGKOK);
				String round = "{\"fiscalYear\":" + ROUND
						+ ",\"programme\":\"OBEC-ESA\",\"framework\":\"ITA-ESA-2567\","
						+ "\"calendar\":{\"windows\":{\"COLLECTION\":{\"from\":\"" + today.minusDays(20)
						+ "\",\"to\":\"" + today.plusDays(10) + "\"}}}}";
				assertThat(json("POST", "/api/v1/rounds", round, TestPrincipals.admin()).getResponse().getStatus())
					.isEqualTo(201);
				json("POST", "/api/v1/rounds/" + ROUND + "/enrolments", "{\"agencies\": [\"4001\"]}",
						TestPrincipals.admin());
				for (int i = 0; i < 6; i++) {
					this.jdbc
						.sql("insert into survey_response (id, fiscal_year, agency_code, instrument, respondent_group, "
								+ "answers, submitted_on) values (gen_random_uuid(), ?, '4001', 'EIT', 'PUBLIC', "
								+ "cast(? as jsonb), ?)")
						.params(ROUND, "{\"EIT1.1\": 5, \"EIT1.2\": 4}", today.minusDays(i))
						.update();
				}
			}
		}
		String path = "/api/v1/rounds/" + ROUND + "/surveys/anomalies";
		MvcResult xlsx = call(get(path + ".xlsx"), TestPrincipals.admin());
		assertThat(xlsx.getResponse().getStatus()).isEqualTo(200);
		List<Row> rows = rows(xlsx.getResponse().getContentAsByteArray());
		assertThat(rows.get(0).getCell(0).getText()).isEqualTo("ประเภท");
		Row identical = rows.stream()
			.filter(r -> "คำตอบเหมือนกันทุกข้อ".equals(r.getCell(0).getText()))
			.findFirst()
			.orElseThrow();
		assertThat(identical.getCell(1).getText()).isEqualTo("4001");
		assertThat(identical.getCell(4).getType()).isEqualTo(CellType.NUMBER);
		assertThat(identical.getCell(4).asNumber()).isEqualByComparingTo("6");
		String csv = call(get(path + ".csv").param("lang", "en"), TestPrincipals.admin()).getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFKind,Agency,Survey,Day,Responses,Excluded,");
		assertThat(csv).contains("Identical answers,4001,EIT,,6,0,");
		assertThat(page("/admin/rounds/" + ROUND + "/surveys/anomalies", TestPrincipals.admin()))
			.contains("href=\"" + path + ".xlsx\"", "href=\"" + path + ".csv\"");
		assertThat(call(get(path + ".csv"), TestPrincipals.agencyAdmin("4001")).getResponse().getStatus())
			.isEqualTo(403);
		assertThat(call(get("/api/v1/rounds/2637/surveys/anomalies.csv"), TestPrincipals.admin()).getResponse()
			.getStatus()).isEqualTo(404);
	}

	String page(String path, Authentication user) throws Exception {
		MvcResult result = call(get(path), user);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	long audits(String action) {
		return this.jdbc.sql("select count(*) from audit_entry where action = :a")
			.param("a", action)
			.query(Long.class)
			.single();
	}

}
