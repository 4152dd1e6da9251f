package th.ita.documents;

import java.util.List;

import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The O32 measures document and O33 progress report: text read back, the action-plan
 * totals in the PDF equal the data, public only once published.
 */
class PlanDocumentsTests extends DocumentsTestSupport {

	static String squash(String text) {
		return text.replaceAll("\\s+", "");
	}

	static String[] squashed(String... texts) {
		return java.util.Arrays.stream(texts).map(PlanDocumentsTests::squash).toArray(String[]::new);
	}

	@Test
	void theMeasuresDocumentHasTheAnalysisMeasuresAndActionPlanWithTotals() throws Exception {
		this.plans.put(2567, "P3001", false);
		String path = "/api/v1/agencies/P3001/plans/2567/measures.pdf";
		assertThat(http().get("/public/agencies/P3001/plans/2567/measures.pdf").statusCode()).isEqualTo(404);
		assertThat(download(path, TestPrincipals.agencyEditor("P3999")).getResponse().getStatus()).isEqualTo(404);
		byte[] pdf = download(path, TestPrincipals.agencyEditor("P3001")).getResponse().getContentAsByteArray();
		checkPdf(pdf);
		List<String> lines = lines(pdf);
		String all = squash(String.join("", lines));
		assertThat(all).contains(squashed("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "ปีงบประมาณ พ.ศ. 2567",
				"คำนำ", "ตัวชี้วัดที่ 10 การป้องกันการทุจริต (83.75)", "ประกาศเจตนารมณ์นโยบาย No Gift Policy",
				"ไตรมาส 1", "ต.ค.", "ก.ย."));
		assertThat(lines).containsSubsequence("1 การปฏิบัติหน้าที่ 98.71 AA", "10 การป้องกันการทุจริต 83.75 B");
		// the activities' budgets in order, then the total that equals their sum
		assertThat(all).containsSubsequence(
				squashed("5,000.00", "20,000.00", "15,000.00", "รวม 40,000.00", "งบประมาณรวมทั้งสิ้น 40,000.00 บาท"));
	}

	@Test
	void theProgressReportShowsWhatWasDoneWithDatesEvidenceAndBudgets() throws Exception {
		this.plans.put(2567, "P3002", true);
		var response = http().get("/public/agencies/P3002/plans/2567/progress.pdf");
		assertThat(response.statusCode()).isEqualTo(200);
		byte[] pdf = download("/public/agencies/P3002/plans/2567/progress.pdf", null).getResponse()
			.getContentAsByteArray();
		checkPdf(pdf);
		String all = squash(String.join("", lines(pdf)));
		assertThat(all).contains(squashed("รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส", "15 ม.ค. 2567",
				"จัดอบรมจิตอาสา ผู้เข้าร่วม 120 คน", "ภาพกิจกรรม", "ดำเนินการแล้ว 100%",
				"งบประมาณที่ตั้งไว้รวม 40,000.00 บาท ใช้จริงรวม 4,500.00 บาท"));
		assertThat(all).containsSubsequence(squashed("20,000.00 4,500.00", "รวม 40,000.00 4,500.00"));
	}

}
