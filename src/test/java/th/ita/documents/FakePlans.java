package th.ita.documents;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import th.ita.planning.PlanDocument;
import th.ita.planning.PlanDocuments;
import th.ita.planning.PlanKind;
import th.ita.planning.PlanStatus;
import th.ita.planning.PlanSummary;
import th.ita.planning.ProgressStatus;

/** Plans held in memory, shaped like seed 001's action plan (5,000 + 20,000 + 15,000). */
public class FakePlans implements PlanDocuments {

	private final Map<String, PlanDocument> plans = new ConcurrentHashMap<>();

	public PlanDocument put(int year, String code, boolean published) {
		PlanDocument.ProgressEntry done = new PlanDocument.ProgressEntry(1, LocalDate.of(2024, 1, 15),
				ProgressStatus.DONE, 100, new BigDecimal("4500"), "จัดอบรมจิตอาสา ผู้เข้าร่วม 120 คน",
				List.of(new PlanDocument.Link("https://www.example.go.th/evidence/1", "ภาพกิจกรรม")), List.of(),
				"editor");
		List<PlanDocument.Activity> activities = List.of(
				activity(1, "1.1", "กิจกรรมเสริมสร้างค่านิยมร่วมด้านทุจริต", "5000", "0", List.of(), year, 10, 11),
				activity(2, "1.2", "กิจกรรมสร้างจิตสำนึกสาธารณะ", "20000", "4500", List.of(done), year, 1, 2),
				activity(3, "2.1", "กิจกรรมประชุมชี้แจงการดำเนินตามโครงการเขตสุจริต", "15000", "0", List.of(), year, 6,
						9));
		PlanDocument.Project project = new PlanDocument.Project(1, "โครงการเสริมสร้างคุณธรรม จริยธรรม และธรรมาภิบาล",
				"เพื่อส่งเสริมคุณธรรมและความโปร่งใส", List.of("เพื่อปลูกฝังค่านิยมสุจริต"), null, null, null, List.of(),
				null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), activities,
				new BigDecimal("40000"), new BigDecimal("4500"));
		PlanDocument.Measure measure = new PlanDocument.Measure(1, 10, "การป้องกันการทุจริต",
				"ประกาศเจตนารมณ์นโยบาย No Gift Policy", List.of("สร้างวัฒนธรรม No Gift Policy"), "กลุ่มอำนวยการ",
				"ต.ค. 2566 - ก.ย. 2567", List.of(done), ProgressStatus.DONE, 100);
		PlanDocument.IndicatorAnalysis weak = new PlanDocument.IndicatorAnalysis(10, "การป้องกันการทุจริต",
				"Corruption prevention", new BigDecimal("83.75"), "B", true, List.of(new PlanDocument.WeakItem("O28",
						"การประเมินความเสี่ยงการทุจริต", "Risk", new BigDecimal("50"))),
				"ควรเผยแพร่ผลการประเมินความเสี่ยง");
		PlanDocument.IndicatorAnalysis strong = new PlanDocument.IndicatorAnalysis(1, "การปฏิบัติหน้าที่", "Duty",
				new BigDecimal("98.71"), "AA", false, List.of(), null);
		Instant at = published ? Instant.parse("2024-01-10T03:00:00Z") : null;
		PlanDocument plan = new PlanDocument(year, code, "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาขอนแก่น",
				PlanKind.INTEGRITY, published ? PlanStatus.PUBLISHED : PlanStatus.DRAFT, 3, year - 1,
				new BigDecimal("85"), List.of(strong, weak), List.of(measure), List.of(project),
				new BigDecimal("40000"), new BigDecimal("4500"), null, null, at, at, "/public/plans",
				"/public/progress");
		this.plans.put(year + "/" + code, plan);
		return plan;
	}

	private static PlanDocument.Activity activity(long id, String code, String name, String budget, String spent,
			List<PlanDocument.ProgressEntry> progress, int year, int... months) {
		List<YearMonth> ms = java.util.Arrays.stream(months)
			.mapToObj(m -> YearMonth.of((m >= 10) ? year - 544 : year - 543, m))
			.toList();
		return new PlanDocument.Activity(id, code, null, name, "ร้อยละของบุคลากรที่เข้าร่วม", "ร้อยละ",
				new BigDecimal("80"), new BigDecimal(budget), ms, "กลุ่มนิเทศ ติดตาม และประเมินผล", List.of(), progress,
				new BigDecimal(spent), progress.isEmpty() ? ProgressStatus.NOT_STARTED : ProgressStatus.DONE,
				progress.isEmpty() ? 0 : 100, false, false);
	}

	@Override
	public Optional<PlanDocument> plan(int fiscalYear, String agencyCode, PlanKind kind) {
		return (kind == PlanKind.INTEGRITY) ? Optional.ofNullable(this.plans.get(fiscalYear + "/" + agencyCode))
				: Optional.empty();
	}

	@Override
	public List<PlanSummary> plans(String agencyCode) {
		return List.of();
	}

}
