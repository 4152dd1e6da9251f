package th.ita.assessment.domain;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One agency's ITA result of a fiscal year from before the system.
 *
 * @param agencyCode the agency
 * @param fiscalYear B.E.
 * @param itaScore the total, 0..100, two decimals
 * @param indicators the scores of indicators 1-10 ({@code null} where unknown); an empty
 * list when none was imported
 */
public record HistoryEntry(String agencyCode, int fiscalYear, BigDecimal itaScore,
		List<@Nullable BigDecimal> indicators) {

	public HistoryEntry {
		indicators = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(indicators));
	}

}
