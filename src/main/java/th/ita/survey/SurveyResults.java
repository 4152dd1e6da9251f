package th.ita.survey;

import th.ita.framework.Instrument;

/**
 * The survey module's API for scoring: aggregates only, never a single response. Scores
 * come from the pinned framework's scales ({@code AnswerScale.score(value, reverse)}).
 * Per-group breakdowns of fewer respondents than the framework's minimum group size are
 * suppressed.
 */
public interface SurveyResults {

	/**
	 * Per leaf item of the instrument: how many valid answers and the sum of their
	 * scores, over all respondents of the agency, and per respondent group (suppressed
	 * below the minimum group size). Empty aggregates when there is no round, agency or
	 * response.
	 */
	ItemAggregates aggregates(int fiscalYear, String agencyCode, Instrument instrument);

	/**
	 * The aggregates of every agency of a round with responses for the instrument, by
	 * agency code, computed in one pass over the round (for a full recompute):
	 * respondents and per leaf item counts and score sums as
	 * {@link #aggregates(int, String, Instrument)} gives them, without the per-group
	 * breakdowns ({@code groups} is empty). Agencies without responses are absent.
	 */
	java.util.Map<String, ItemAggregates> roundAggregates(int fiscalYear, Instrument instrument);

	/**
	 * One agency's aggregates as {@link #roundAggregates(int, Instrument)} gives them
	 * (from the incremental answer counts, without the per-group breakdowns): what
	 * scoring needs, at the cost of one or a few rows however many responses the agency
	 * has. Empty aggregates when there is no round or response.
	 */
	ItemAggregates totals(int fiscalYear, String agencyCode, Instrument instrument);

	/** How many responses the agency has for the instrument in the round. */
	long respondents(int fiscalYear, String agencyCode, Instrument instrument);

}
