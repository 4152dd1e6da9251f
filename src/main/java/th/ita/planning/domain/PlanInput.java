package th.ita.planning.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import th.ita.planning.PlanDocument.KpiTarget;
import th.ita.planning.PlanDocument.Link;
import th.ita.planning.PlanDocument.Person;

/**
 * What the API and the pages send: everything nullable, so that validation (in
 * {@link PlanValidation}) names the field that is wrong.
 */
public final class PlanInput {

	private PlanInput() {
	}

	public record MeasureInput(@Nullable Integer indicatorNumber, @Nullable String issue, @Nullable String measure,
			@Nullable List<@Nullable String> guidelines, @Nullable String responsibleUnit, @Nullable String period) {
	}

	public record ProjectInput(@Nullable String name, @Nullable String rationale,
			@Nullable List<@Nullable String> objectives, @Nullable String goals, @Nullable String targetGroup,
			@Nullable Integer targetSize, @Nullable List<@Nullable KpiTarget> kpiTargets,
			@Nullable LocalDate durationFrom, @Nullable LocalDate durationTo, @Nullable String place,
			@Nullable List<@Nullable String> expectedImpact, @Nullable List<@Nullable String> monitoring,
			@Nullable List<@Nullable Person> advisers, @Nullable List<@Nullable Person> workingGroup,
			@Nullable List<@Nullable Person> editors) {

		/** A project with a name only. */
		public static ProjectInput named(String name) {
			return new ProjectInput(name, null, null, null, null, null, null, null, null, null, null, null, null, null,
					null);
		}

	}

	/**
	 * An activity. {@code months} are ISO year-months ({@code 2025-01}) inside the plan's
	 * fiscal year.
	 */
	public record ActivityInput(@Nullable String code, @Nullable String groupName, @Nullable String name,
			@Nullable String kpi, @Nullable String unit, @Nullable BigDecimal targetQuantity,
			@Nullable BigDecimal budget, @Nullable List<@Nullable String> months, @Nullable String responsibleGroup,
			@Nullable List<@Nullable String> strategyTargets) {
	}

	/** A progress entry for exactly one of an activity or a measure. */
	public record ProgressInput(@Nullable Long activityId, @Nullable Long measureId, @Nullable LocalDate date,
			@Nullable String status, @Nullable Integer percent, @Nullable BigDecimal spent, @Nullable String narrative,
			@Nullable List<@Nullable Link> links) {
	}

	public record AnalysisInput(@Nullable String analysis) {
	}

}
