package th.ita.documents;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;
import th.ita.agency.Region;
import th.ita.shared.Role;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scorecard and national summary PDFs and the results exports over HTTP: text read
 * back exactly and in order, fonts embedded, pages rasterise; access as for the results
 * (public once published, else own agency and central team); XLSX round trip of Thai text
 * and numbers; CSV with BOM.
 */
class ResultDocumentsTests extends DocumentsTestSupport {

	static final int YEAR = 2567;

	static final int PUBLISHED = 2566;

	static final String AGENCY = "D1001";

	static final String NAME = "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาขอนแก่น";

	@BeforeEach
	void data() {
		this.scores.add(YEAR, AGENCY, NAME, 0, Region.NORTHEAST);
		this.scores.add(YEAR, "D1002", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต 1", 3, Region.NORTH);
		this.scores.add(YEAR, "D1003", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาภูเก็ต", -12, Region.SOUTH);
		this.scores.publish(PUBLISHED);
		this.scores.add(PUBLISHED, AGENCY, NAME, -1, Region.NORTHEAST);
	}

	@Test
	void theScorecardShowsTheResultIndicatorsLegendHistoryAndWeakIndicators() throws Exception {
		MvcResult res = download("/api/v1/rounds/" + YEAR + "/results/" + AGENCY + ".pdf",
				TestPrincipals.agencyEditor(AGENCY));
		assertThat(res.getResponse().getStatus()).isEqualTo(200);
		assertThat(res.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(res.getResponse().getHeader("Content-Disposition")).contains("ita-scorecard-2567-D1001.pdf");
		byte[] pdf = res.getResponse().getContentAsByteArray();
		checkPdf(pdf);
		String text = text(pdf);
		assertThat(text).contains("ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน", NAME, "ปีงบประมาณ พ.ศ. 2567",
				"91.55", "ผ่าน", "หน้า 1 /");
		List<String> lines = lines(pdf);
		// the indicator table in framework order, each with its rank, score and grade
		List<String> expected = new ArrayList<>();
		String[] ranks = { "1", "7", "2", "3", "4", "6", "5", "9", "8", "10" };
		String[] grades = { "AA", "A", "AA", "A", "A", "A", "A", "A", "A", "B" };
		for (int i = 0; i < 10; i++) {
			expected.add(ranks[i] + " " + (i + 1) + " " + FakeScores.INDICATORS.get(i) + " " + FakeScores.SCORES.get(i)
					+ " " + grades[i]);
		}
		assertThat(lines).containsSubsequence(expected);
		// the legend from the framework, the history with differences, the weak indicator
		assertThat(lines).containsSubsequence("AA ดีเยี่ยม 95.00–100.00 ผ่าน", "A ดีมาก 85.00–94.99 ผ่าน",
				"B ดี 75.00–84.99 ไม่ผ่าน");
		assertThat(lines).containsSubsequence("2564 91.50 A", "2565 90.53 A -0.97 ลดลง", "2566 90.10 A -0.43 ลดลง");
		assertThat(text).contains("ตัวชี้วัดที่ 10 การป้องกันการทุจริต (83.75)",
				"I10.1 ข้อคำถามของตัวชี้วัดที่ 10 (82.75)");
	}

	@Test
	void scorecardsFollowTheResultsAccessRules() throws Exception {
		String unpublished = "/api/v1/rounds/" + YEAR + "/results/" + AGENCY + ".pdf";
		assertThat(download(unpublished, null).getResponse().getStatus()).isEqualTo(404);
		assertThat(download(unpublished, TestPrincipals.agencyEditor("D1002")).getResponse().getStatus())
			.isEqualTo(404);
		assertThat(download(unpublished, TestPrincipals.admin()).getResponse().getStatus()).isEqualTo(200);
		assertThat(download("/api/v1/rounds/" + YEAR + "/results/NOPE.pdf", TestPrincipals.admin()).getResponse()
			.getStatus()).isEqualTo(404);
		// a published round is public, over real HTTP too
		var response = http().get("/api/v1/rounds/" + PUBLISHED + "/results/" + AGENCY + ".pdf");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
	}

	@Test
	void theNationalSummaryHasDistributionTargetGroupsAndRanking() throws Exception {
		String path = "/api/v1/rounds/" + YEAR + "/results.pdf";
		assertThat(download(path, TestPrincipals.agencyAdmin(AGENCY)).getResponse().getStatus()).isEqualTo(404);
		MvcResult res = download(path, TestPrincipals.authentication("exec", null, Role.EXECUTIVE));
		assertThat(res.getResponse().getStatus()).isEqualTo(200);
		byte[] pdf = res.getResponse().getContentAsByteArray();
		checkPdf(pdf);
		List<String> lines = lines(pdf);
		// the title wraps between two words (ดำเนิน|งาน): the lines join without a space
		assertThat(String.join("", lines.subList(0, 2)))
			.isEqualTo("สรุปผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานระดับประเทศ");
		assertThat(String.join("\n", lines)).contains(
				"ผ่านเกณฑ์ 85.00 คะแนน 2 หน่วยงาน เป้าหมายร้อยละ 80.00: ยังไม่บรรลุเป้าหมาย", "ภาคเหนือ",
				"ภาคตะวันออกเฉียงเหนือ", "ภาคใต้", "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา", "ยังไม่บรรลุเป้าหมาย");
		// ranking: best first
		assertThat(lines).containsSubsequence("1 D1002 สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต",
				"2 D1001 " + NAME + " 91.55 A", "3 D1003 สำนักงานเขตพื้นที่การศึกษาประถมศึกษาภูเก็ต 79.55 B");
	}

	@Test
	void resultsXlsxRoundTripsThaiTextAndNumbers() throws Exception {
		MvcResult res = download("/api/v1/rounds/" + YEAR + "/results.xlsx", TestPrincipals.admin());
		assertThat(res.getResponse().getStatus()).isEqualTo(200);
		assertThat(res.getResponse().getContentType()).startsWith("application/vnd.openxmlformats");
		try (ReadableWorkbook wb = new ReadableWorkbook(
				new ByteArrayInputStream(res.getResponse().getContentAsByteArray()))) {
			List<Row> rows = wb.getFirstSheet().read();
			assertThat(rows.get(0).getCell(1).asString()).isEqualTo("รหัสหน่วยงาน");
			assertThat(rows.get(0).getCell(10).asString()).isEqualTo("ตัวชี้วัดที่ 1");
			Row second = rows.get(2);
			assertThat(second.getCell(1).asString()).isEqualTo(AGENCY);
			assertThat(second.getCell(2).asString()).isEqualTo(NAME);
			assertThat(second.getCell(3).asString()).isEqualTo("สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา");
			assertThat(second.getCell(0).getType()).isEqualTo(CellType.NUMBER);
			assertThat(second.getCell(6).getType()).isEqualTo(CellType.NUMBER);
			assertThat(second.getCell(6).asNumber()).isEqualByComparingTo(new BigDecimal("91.55"));
			assertThat(second.getCell(19).asNumber()).isEqualByComparingTo(new BigDecimal("83.75"));
			assertThat(rows).hasSize(4);
		}
	}

	@Test
	void resultsCsvHasABomAndEnglishHeadersOnRequest() throws Exception {
		MvcResult res = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/api/v1/rounds/" + YEAR + "/results.csv")
				.param("lang", "en")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.authentication(TestPrincipals.admin())))
			.andReturn();
		assertThat(res.getResponse().getStatus()).isEqualTo(200);
		byte[] body = res.getResponse().getContentAsByteArray();
		assertThat(body[0] & 0xff).isEqualTo(0xEF);
		assertThat(body[1] & 0xff).isEqualTo(0xBB);
		assertThat(body[2] & 0xff).isEqualTo(0xBF);
		List<String> lines = new String(body, StandardCharsets.UTF_8).substring(1).lines().toList();
		assertThat(lines.get(0)).startsWith("Rank,Agency code,Agency name,Type,Region,Province,ITA score,Grade");
		assertThat(lines.get(2)).startsWith("2,D1001," + NAME + ",").contains(",91.55,A,Passed,");
		assertThat(download("/api/v1/rounds/" + YEAR + "/results.csv", TestPrincipals.agencyAdmin(AGENCY)).getResponse()
			.getStatus()).isEqualTo(404);
	}

}
