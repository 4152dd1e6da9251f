package th.ita.integrity.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the gift register shows: named entries (restricted) and summaries (public). */
public final class GiftViews {

	private GiftViews() {
	}

	/** One named entry: personal data, for the agency's roles and the central team. */
	public record Gift(long id, String agencyCode, int fiscalYear, LocalDate receivedOn, String giver, String relation,
			String item, BigDecimal value, GiftAction action, String recordedBy) {
	}

	/**
	 * Counts of one period (half-year 1 = October-March, 2 = April-September, 0 = the
	 * whole year): by action and by value band, never names or amounts.
	 */
	public record Period(int half, int count, Map<GiftAction, Integer> byAction, Map<ValueBand, Integer> byBand) {
	}

	/** The No Gift Policy report of a fiscal year. */
	public record Summary(String agencyCode, int fiscalYear, List<Period> halves, Period year) {
	}

}
