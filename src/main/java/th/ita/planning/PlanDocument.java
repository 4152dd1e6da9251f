package th.ita.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything an agency's plan holds, as its pages, the API and the O30-O33 documents show
 * it: the weak indicators from scoring with the agency's analysis, the measures, the
 * projects with their activities and totals, and the progress with its flags. Amounts are
 * baht at 2 decimals.
 *
 * @param fiscalYear the plan's fiscal year (B.E.)
 * @param agencyCode the agency
 * @param agencyNameTh its Thai name
 * @param kind integrity measures (O32/O33) or anti-corruption (O30/O31)
 * @param status the workflow status
 * @param version the plan's version (bumped by every transition)
 * @param sourceRound the round whose results the analysis reads (the year before)
 * @param weakThreshold indicators scoring below it are weak (default 85)
 * @param indicators every indicator of the source round, from scoring (empty when the
 * round has no results)
 * @param measures the measures, in order
 * @param projects the projects, in order
 * @param totalBudget the plan's total budget
 * @param totalSpent the plan's total spending reported so far
 * @param approvedBy who approved it
 * @param approvedAt when
 * @param publishedAt when the plan was published, or {@code null}
 * @param progressPublishedAt when the progress report was published, or {@code null}
 * @param publicUrl the plan's stable public path (valid once published)
 * @param progressUrl the progress report's stable public path (valid once published)
 */
public record PlanDocument(int fiscalYear, String agencyCode, String agencyNameTh, PlanKind kind, PlanStatus status,
		long version, int sourceRound, BigDecimal weakThreshold, List<IndicatorAnalysis> indicators,
		List<Measure> measures, List<Project> projects, BigDecimal totalBudget, BigDecimal totalSpent,
		@Nullable String approvedBy, @Nullable Instant approvedAt, @Nullable Instant publishedAt,
		@Nullable Instant progressPublishedAt, String publicUrl, String progressUrl) {

	/** The indicators below the threshold (weak), in the framework's order. */
	public List<IndicatorAnalysis> weakIndicators() {
		return this.indicators.stream().filter(IndicatorAnalysis::weak).toList();
	}

	/** Whether any activity is over budget or late. */
	public boolean hasFlags() {
		return this.projects.stream().flatMap(p -> p.activities().stream()).anyMatch(a -> a.overBudget() || a.late());
	}

	/**
	 * One indicator's result from scoring and the agency's analysis of it.
	 *
	 * @param number the indicator number (1-10)
	 * @param nameTh its Thai name
	 * @param nameEn its English name
	 * @param score its score at 2 decimals, or {@code null} without data
	 * @param grade its grade letter, or {@code null}
	 * @param weak below the threshold
	 * @param items the items that pulled it down (below the threshold), lowest first
	 * @param analysis the agency's analysis text, or {@code null}
	 */
	public record IndicatorAnalysis(int number, String nameTh, String nameEn, @Nullable BigDecimal score,
			@Nullable String grade, boolean weak, List<WeakItem> items, @Nullable String analysis) {
	}

	/** An item of a weak indicator with its score at 2 decimals. */
	public record WeakItem(String code, String textTh, String textEn, @Nullable BigDecimal score) {
	}

	/**
	 * A measure (มาตรการ) for an indicator.
	 *
	 * @param id its id
	 * @param indicatorNumber the indicator it answers, or {@code null} for a general one
	 * @param issue the issue found (ประเด็น)
	 * @param measure the measure
	 * @param guidelines the guidelines (แนวทาง), in order
	 * @param responsibleUnit the responsible unit
	 * @param period when it runs (free text, e.g. ต.ค. 2567 - ก.ย. 2568)
	 * @param progress its progress entries, oldest first
	 * @param status the status of the latest entry ({@code NOT_STARTED} without any)
	 * @param percent the percent of the latest entry
	 */
	public record Measure(long id, @Nullable Integer indicatorNumber, String issue, String measure,
			List<String> guidelines, @Nullable String responsibleUnit, @Nullable String period,
			List<ProgressEntry> progress, ProgressStatus status, int percent) {
	}

	/**
	 * A project with the narrative fields of the seed's project document.
	 *
	 * @param id its id
	 * @param name its name
	 * @param rationale เหตุผลความจำเป็น
	 * @param objectives วัตถุประสงค์
	 * @param goals เป้าหมาย
	 * @param targetGroup กลุ่มเป้าหมาย
	 * @param targetSize the target group's size (people)
	 * @param kpiTargets ค่าเป้าหมายและตัวชี้วัด, tied to the national strategy's targets
	 * @param durationFrom first day
	 * @param durationTo last day
	 * @param place สถานที่
	 * @param expectedImpact ผลประโยชน์ที่คาดว่าจะได้รับ
	 * @param monitoring การติดตามประเมินผล
	 * @param advisers ที่ปรึกษา
	 * @param workingGroup คณะทำงาน
	 * @param editors จัดทำ/บรรณาธิการ
	 * @param activities its activities in order
	 * @param budget the sum of its activities' budgets
	 * @param spent the sum of their spending
	 */
	public record Project(long id, String name, @Nullable String rationale, List<String> objectives,
			@Nullable String goals, @Nullable String targetGroup, @Nullable Integer targetSize,
			List<KpiTarget> kpiTargets, @Nullable LocalDate durationFrom, @Nullable LocalDate durationTo,
			@Nullable String place, List<String> expectedImpact, List<String> monitoring, List<Person> advisers,
			List<Person> workingGroup, List<Person> editors, List<Activity> activities, BigDecimal budget,
			BigDecimal spent) {
	}

	/** A national strategy target: goal, indicator and the year's target value. */
	public record KpiTarget(String goal, String indicator, String target) {
	}

	/** A person named in the document: name and position. */
	public record Person(String name, String position) {
	}

	/**
	 * An activity of a project.
	 *
	 * @param id its id
	 * @param code its number, e.g. {@code 1.1}
	 * @param groupName the heading it sits under, e.g. กิจกรรมเสริมสร้างธรรมาภิบาล…
	 * @param name its name
	 * @param kpi ตัวชี้วัด
	 * @param unit หน่วยนับ
	 * @param targetQuantity the target quantity (&gt; 0)
	 * @param budget baht
	 * @param months the months it runs, inside the fiscal year, in order
	 * @param responsibleGroup the responsible group (กลุ่มงาน)
	 * @param strategyTargets the national strategy targets it serves
	 * @param progress its progress entries, oldest first
	 * @param spent the sum of the entries' spending
	 * @param status the status of the latest entry
	 * @param percent the percent of the latest entry
	 * @param overBudget spent more than the budget
	 * @param late its last month is over and it is neither done nor cancelled
	 */
	public record Activity(long id, @Nullable String code, @Nullable String groupName, String name, String kpi,
			String unit, BigDecimal targetQuantity, BigDecimal budget, List<YearMonth> months,
			@Nullable String responsibleGroup, List<String> strategyTargets, List<ProgressEntry> progress,
			BigDecimal spent, ProgressStatus status, int percent, boolean overBudget, boolean late) {
	}

	/**
	 * A dated progress entry.
	 *
	 * @param id its id
	 * @param date the date it reports on
	 * @param status the status
	 * @param percent percent complete
	 * @param spent baht spent in this entry
	 * @param narrative the results in words
	 * @param links evidence links
	 * @param imageIds ids of its evidence images
	 * @param recordedBy who recorded it
	 */
	public record ProgressEntry(long id, LocalDate date, ProgressStatus status, int percent, BigDecimal spent,
			@Nullable String narrative, List<Link> links, List<Long> imageIds, String recordedBy) {
	}

	/** An evidence link. */
	public record Link(String url, @Nullable String title) {
	}

}
