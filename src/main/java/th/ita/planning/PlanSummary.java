package th.ita.planning;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One plan in a list: year, kind, status, total budget and publication dates. */
public record PlanSummary(int fiscalYear, String agencyCode, PlanKind kind, PlanStatus status, BigDecimal totalBudget,
		@Nullable Instant publishedAt, @Nullable Instant progressPublishedAt) {
}
