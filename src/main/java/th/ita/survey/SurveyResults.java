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
	 * The answer tallies of every agency of a round with counted responses for the
	 * instrument, by agency code, from the incremental answer counts (one or a few rows
	 * per agency however many responses it has), all on one shared layout: what a full
	 * recompute scores. Agencies without counted responses are absent; empty when the
	 * round does not exist.
	 */
	java.util.Map<String, AnswerTally> roundTallies(int fiscalYear, Instrument instrument);

	/**
	 * One agency's answer tally as {@link #roundTallies(int, Instrument)} gives it (0
	 * respondents and no counts when it has none): what a single-agency recompute scores.
	 * Empty when the round does not exist.
	 */
	java.util.Optional<AnswerTally> tally(int fiscalYear, String agencyCode, Instrument instrument);

	/** How many responses the agency has for the instrument in the round. */
	long respondents(int fiscalYear, String agencyCode, Instrument instrument);

}
