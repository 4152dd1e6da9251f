package th.ita.planning.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import th.ita.agency.AgencyDirectory;
import th.ita.agency.AgencySummary;
import th.ita.planning.PlanDocument;
import th.ita.planning.PlanDocument.Activity;
import th.ita.planning.PlanDocument.Measure;
import th.ita.planning.PlanDocument.ProgressEntry;
import th.ita.planning.PlanDocument.Project;
import th.ita.planning.PlanDocuments;
import th.ita.planning.PlanKind;
import th.ita.planning.PlanSummary;
import th.ita.planning.ProgressStatus;
import th.ita.planning.domain.ContentRows.ActivityRow;
import th.ita.planning.domain.ContentRows.MeasureRow;
import th.ita.planning.domain.ContentRows.ProjectRow;
import th.ita.planning.domain.PlanRows.PlanRow;
import th.ita.planning.domain.ProgressRows.Stored;
import th.ita.scoring.AgencyResult;
import th.ita.scoring.ScoreResults;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.NotFoundException;
import th.ita.shared.ThaiDates;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Reads plans as {@link PlanDocument}s: the weak indicators from scoring (the round
 * before the plan's year), the content, totals per project and plan, and each activity's
 * progress with its over-budget and late flags.
 */
@Service
// Not a read-only transaction: ScoreResults.agency may store a snapshot it computes on
// demand, which a read-only transaction refuses.
public class PlanQueries implements PlanDocuments {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PlanQueries.class);

	private final PlanRows plans;

	private final ContentRows content;

	private final ProgressRows progress;

	private final AgencyDirectory agencies;

	private final ObjectProvider<ScoreResults> scores;

	private final PlanAccess access;

	private final BigDecimal threshold;

	PlanQueries(PlanRows plans, ContentRows content, ProgressRows progress, AgencyDirectory agencies,
			ObjectProvider<ScoreResults> scores, PlanAccess access,
			@Value("${ita.planning.weak-threshold:85}") BigDecimal threshold) {
		this.plans = plans;
		this.content = content;
		this.progress = progress;
		this.agencies = agencies;
		this.scores = scores;
		this.access = access;
		this.threshold = threshold;
	}

	@Override
	public Optional<PlanDocument> plan(int fiscalYear, String agencyCode, PlanKind kind) {
		return this.plans.find(fiscalYear, agencyCode, kind).map(this::document);
	}

	@Override
	public List<PlanSummary> plans(String agencyCode) {
		return this.plans.all(agencyCode).stream().map(row -> {
			BigDecimal total = this.content.activities(row.plan().id())
				.stream()
				.map(ActivityRow::budget)
				.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
			return new PlanSummary(row.plan().fiscalYear(), agencyCode, row.plan().kind(), row.plan().status(), total,
					row.publishedAt(), row.progressPublishedAt());
		}).toList();
	}

	/** A plan the user may see; 404 when there is none (or it is another agency's). */
	public PlanDocument view(int fiscalYear, String agencyCode, PlanKind kind, ItaPrincipal user) {
		this.access.requireView(agencyCode, user);
		return plan(fiscalYear, agencyCode, kind).orElseThrow(() -> new NotFoundException("No such plan"));
	}

	/** An agency's plans the user may see. */
	public List<PlanSummary> list(String agencyCode, ItaPrincipal user) {
		this.access.requireView(agencyCode, user);
		if (!this.agencies.exists(agencyCode)) {
			throw new NotFoundException("No such agency");
		}
		return plans(agencyCode);
	}

	/** The source round's result from scoring, if it has one. */
	public Optional<AgencyResult> sourceResult(int fiscalYear, String agencyCode) {
		ScoreResults results = this.scores.getIfAvailable();
		if (results == null) {
			return Optional.empty();
		}
		try {
			return results.agency(fiscalYear - 1, agencyCode);
		}
		catch (RuntimeException ex) {
			// The plan stays readable without its scores; the page says there are none.
			log.warn("Scoring could not answer for {} in {}", agencyCode, fiscalYear - 1, ex);
			return Optional.empty();
		}
	}

	public BigDecimal threshold() {
		return this.threshold;
	}

	PlanDocument document(PlanRow row) {
		Plan plan = row.plan();
		String code = plan.agencyCode();
		List<Stored> entries = this.progress.all(plan.id());
		Map<Long, List<ProgressEntry>> byActivity = entries.stream()
			.filter(s -> s.activityId() != null)
			.collect(Collectors.groupingBy(Stored::activityId, Collectors.mapping(Stored::entry, Collectors.toList())));
		Map<Long, List<ProgressEntry>> byMeasure = entries.stream()
			.filter(s -> s.measureId() != null)
			.collect(Collectors.groupingBy(Stored::measureId, Collectors.mapping(Stored::entry, Collectors.toList())));
		YearMonth now = YearMonth.now(ThaiDates.BANGKOK);
		List<Measure> measures = new ArrayList<>();
		for (MeasureRow m : this.content.measures(plan.id())) {
			List<ProgressEntry> p = byMeasure.getOrDefault(m.id(), List.of());
			ProgressEntry latest = latest(p);
			measures.add(new Measure(m.id(), m.indicatorNumber(), m.issue(), m.measure(), m.guidelines(),
					m.responsibleUnit(), m.period(), p, (latest != null) ? latest.status() : ProgressStatus.NOT_STARTED,
					(latest != null) ? latest.percent() : 0));
		}
		Map<Long, List<ActivityRow>> activities = this.content.activities(plan.id())
			.stream()
			.collect(Collectors.groupingBy(ActivityRow::projectId));
		List<Project> projects = new ArrayList<>();
		BigDecimal total = zero();
		BigDecimal spentTotal = zero();
		for (ProjectRow p : this.content.projects(plan.id())) {
			List<Activity> list = new ArrayList<>();
			BigDecimal budget = zero();
			BigDecimal spent = zero();
			for (ActivityRow a : activities.getOrDefault(p.id(), List.of())) {
				Activity activity = activity(a, byActivity.getOrDefault(a.id(), List.of()), now);
				list.add(activity);
				budget = budget.add(activity.budget());
				spent = spent.add(activity.spent());
			}
			projects.add(new Project(p.id(), p.name(), p.rationale(), p.objectives(), p.goals(), p.targetGroup(),
					p.targetSize(), p.kpiTargets(), p.durationFrom(), p.durationTo(), p.place(), p.expectedImpact(),
					p.monitoring(), p.advisers(), p.workingGroup(), p.editors(), list, budget, spent));
			total = total.add(budget);
			spentTotal = spentTotal.add(spent);
		}
		String name = this.agencies.find(code).map(AgencySummary::nameTh).orElse(code);
		return new PlanDocument(plan.fiscalYear(), code, name, plan.kind(), plan.status(), plan.version(),
				plan.fiscalYear() - 1, this.threshold,
				IndicatorAnalyses.of(sourceResult(plan.fiscalYear(), code), this.threshold,
						this.plans.analyses(plan.id())),
				measures, projects, total, spentTotal, row.approvedBy(), row.approvedAt(), row.publishedAt(),
				row.progressPublishedAt(), publicUrl(code, plan.fiscalYear(), plan.kind()),
				publicUrl(code, plan.fiscalYear(), plan.kind()) + "/progress");
	}

	/** The stable public path of a plan. */
	public static String publicUrl(String agencyCode, int fiscalYear, PlanKind kind) {
		String base = "/public/agencies/" + agencyCode + "/plans/" + fiscalYear;
		return (kind == PlanKind.INTEGRITY) ? base : base + "/" + kind.slug();
	}

	static Activity activity(ActivityRow a, List<ProgressEntry> entries, YearMonth now) {
		ProgressEntry latest = latest(entries);
		BigDecimal spent = entries.stream().map(ProgressEntry::spent).reduce(zero(), BigDecimal::add);
		ProgressStatus status = (latest != null) ? latest.status() : ProgressStatus.NOT_STARTED;
		YearMonth last = a.months().isEmpty() ? null : a.months().get(a.months().size() - 1);
		boolean late = last != null && last.isBefore(now) && !status.closed();
		return new Activity(a.id(), a.code(), a.groupName(), a.name(), a.kpi(), a.unit(), a.targetQuantity(),
				a.budget(), a.months(), a.responsibleGroup(), a.strategyTargets(), entries, spent, status,
				(latest != null) ? latest.percent() : 0, spent.compareTo(a.budget()) > 0, late);
	}

	static ProgressEntry latest(List<ProgressEntry> entries) {
		return entries.stream()
			.max(Comparator.comparing(ProgressEntry::date).thenComparing(ProgressEntry::id))
			.orElse(null);
	}

	static BigDecimal zero() {
		return BigDecimal.ZERO.setScale(2);
	}

	/** Today in Bangkok. */
	static LocalDate today() {
		return LocalDate.now(ThaiDates.BANGKOK);
	}

}
