package th.ita.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An agency's ITA over the fiscal years, oldest first: imported history (before the
 * system) and the rounds scored here (a round wins over an imported row of the same
 * year).
 *
 * @param agencyCode the agency
 * @param years oldest first
 */
public record AgencyHistory(String agencyCode, List<HistoryYear> years) {

	public AgencyHistory {
		years = List.copyOf(years);
	}

	/** The years anonymous readers may see: imported ones and published rounds. */
	public AgencyHistory publishedOnly() {
		return new AgencyHistory(this.agencyCode, this.years.stream().filter(HistoryYear::published).toList());
	}

	/** Whether a score went up, down or stayed the same against the previous year. */
	public enum Trend {

		UP, DOWN, SAME

	}

	/** Where a year's score comes from. */
	public enum Source {

		/** Imported history from before the system. */
		IMPORTED,
		/** A round scored by this system. */
		ROUND

	}

	/**
	 * One fiscal year.
	 *
	 * @param fiscalYear B.E.
	 * @param source imported or a round
	 * @param ita the ITA at 2 decimals
	 * @param grade its grade letter (imported rows: from the default bands)
	 * @param passed reaches 85
	 * @param difference ITA minus the previous listed year's ITA, or {@code null} for the
	 * first
	 * @param trend up, down or same, or {@code null} for the first
	 * @param published imported rows and published rounds
	 * @param indicators the indicator scores of the year with their comparability
	 */
	public record HistoryYear(int fiscalYear, Source source, BigDecimal ita, @Nullable String grade, boolean passed,
			@Nullable BigDecimal difference, @Nullable Trend trend, boolean published,
			List<HistoryIndicator> indicators) {

		public HistoryYear {
			indicators = List.copyOf(indicators);
		}

	}

	/**
	 * One indicator of one year.
	 *
	 * @param number 1..10
	 * @param score 2 decimals, or {@code null} when unknown
	 * @param difference against the comparable indicator of the previous year, or
	 * {@code null}
	 * @param comparable the framework's {@code previous} links make it comparable with
	 * the previous year (imported years: assumed by number)
	 */
	public record HistoryIndicator(int number, @Nullable BigDecimal score, @Nullable BigDecimal difference,
			boolean comparable) {
	}

}
