package th.ita.assessment;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The assessment module's API for results from before the system (imported history), so
 * other modules never read {@code assessment_history} themselves.
 */
public interface PastResults {

	/** Every imported year of an agency, oldest first. */
	List<PastResult> of(String agencyCode);

	/**
	 * Per imported fiscal year, oldest first: how many agencies, their mean ITA and how
	 * many reached the pass mark.
	 */
	List<PastYear> years(BigDecimal passMark);

	/**
	 * One agency's imported result of a fiscal year.
	 *
	 * @param agencyCode the agency
	 * @param fiscalYear B.E.
	 * @param ita the ITA score (2 decimals)
	 * @param indicators indicators 1-10 ({@code null} where unknown; empty when none)
	 */
	record PastResult(String agencyCode, int fiscalYear, BigDecimal ita, List<@Nullable BigDecimal> indicators) {

		public PastResult {
			indicators = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(indicators));
		}

	}

	/**
	 * One imported fiscal year over every agency.
	 *
	 * @param fiscalYear B.E.
	 * @param agencies agencies with a result
	 * @param mean mean ITA (2 decimals)
	 * @param passed agencies at or above the pass mark
	 */
	record PastYear(int fiscalYear, long agencies, BigDecimal mean, long passed) {
	}

}
