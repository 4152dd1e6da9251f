package th.ita.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import th.ita.agency.AgencyType;
import th.ita.agency.Region;

/**
 * One page of a round's ranking and the national summary over the same filter.
 *
 * @param fiscalYear the round
 * @param published whether the round is published
 * @param total agencies matching the filter
 * @param page 0-based page
 * @param size rows per page
 * @param agencies the page's rows
 * @param summary over every agency matching the filter
 */
public record RoundRanking(int fiscalYear, boolean published, long total, int page, int size,
		List<RankedAgency> agencies, NationalSummary summary) {

	public RoundRanking {
		agencies = List.copyOf(agencies);
	}

	/**
	 * One agency's row.
	 *
	 * @param rank competition rank over the whole round (1, 2, 2, 4) on the rounded ITA;
	 * {@code null} without an ITA
	 * @param agencyCode the agency
	 * @param nameTh Thai display name
	 * @param type its type
	 * @param region its region
	 * @param province its province
	 * @param ita the ITA at 2 decimals, or {@code null}
	 * @param grade grade letter
	 * @param passed reaches the pass mark
	 * @param complete every item has data
	 */
	public record RankedAgency(@Nullable Integer rank, String agencyCode, String nameTh, AgencyType type, Region region,
			String province, @Nullable BigDecimal ita, @Nullable String grade, boolean passed, boolean complete) {
	}

}
