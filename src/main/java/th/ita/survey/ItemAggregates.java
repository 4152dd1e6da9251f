package th.ita.survey;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import th.ita.framework.AnswerScale;
import th.ita.framework.Instrument;

/**
 * Aggregated answers of one agency's survey in a round.
 *
 * @param fiscalYear the round
 * @param agencyCode the agency
 * @param instrument IIT or EIT
 * @param minimumGroupSize the framework's minimum group size
 * @param respondents all responses of the agency for the instrument
 * @param items per leaf item code, over all respondents
 * @param groups per respondent group code (every group of the instrument)
 */
public record ItemAggregates(int fiscalYear, String agencyCode, Instrument instrument, int minimumGroupSize,
		long respondents, Map<String, ItemAggregate> items, Map<String, GroupAggregates> groups) {

	public ItemAggregates {
		items = Map.copyOf(items);
		groups = Map.copyOf(groups);
	}

	public Optional<ItemAggregate> item(String code) {
		return Optional.ofNullable(this.items.get(code));
	}

	/**
	 * One item: the number of valid answers and the sum of their scores (0-100 each).
	 */
	public record ItemAggregate(long count, BigDecimal scoreSum) {

		/** The mean score, or {@code null} without answers. */
		public @Nullable BigDecimal mean() {
			return (this.count == 0) ? null
					: this.scoreSum.divide(BigDecimal.valueOf(this.count), AnswerScale.PRECISION);
		}

	}

	/**
	 * One respondent group. When the group has fewer respondents than the minimum group
	 * size (but at least one) it is suppressed: {@code respondents} is {@code null} and
	 * {@code items} is empty.
	 */
	public record GroupAggregates(String group, boolean suppressed, @Nullable Long respondents,
			Map<String, ItemAggregate> items) {

		public GroupAggregates {
			items = Map.copyOf(items);
		}

	}

}
