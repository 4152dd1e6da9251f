package th.ita.scoring;

import java.time.Instant;
import java.util.Optional;

/**
 * The scoring module's API for other modules (planning, documents, dashboards): the
 * current score snapshot of an agency in a round, the ranking of a round with its
 * national summary, an agency's history and whether a round is published. Every number
 * comes from the stored snapshot the recompute service wrote (computed in one place, by
 * {@code th.ita.scoring.engine.ScoringEngine}); nothing here computes a score again.
 * <p>
 * These methods do no authorization: callers decide who may see unpublished results
 * (agency users their own agency, the central team all; anonymous only once
 * {@link #isPublished(int) published}).
 */
public interface ScoreResults {

	/**
	 * The current snapshot of an enrolled agency in a round; empty when there is no such
	 * round, the agency is not enrolled or it has not been scored yet.
	 */
	Optional<AgencyResult> agency(int fiscalYear, String agencyCode);

	/**
	 * One page of a round's ranking (competition ranks over the whole round, on the ITA
	 * rounded to 2 decimals: 1, 2, 2, 4), filtered as the query says, and the national
	 * summary over the same filter.
	 */
	RoundRanking ranking(int fiscalYear, RankingQuery query);

	/** The national summary of a round over every scored agency. */
	default NationalSummary summary(int fiscalYear) {
		return ranking(fiscalYear, RankingQuery.all().withPage(0, 1)).summary();
	}

	/**
	 * Each fiscal year's ITA of an agency, from rounds (published or not: callers filter
	 * with {@link AgencyHistory.HistoryYear#published()}) and imported history, oldest
	 * first, with difference and trend.
	 */
	AgencyHistory history(String agencyCode);

	/** True once an admin published the round's results. */
	boolean isPublished(int fiscalYear);

	/** When the round was published, if it was. */
	Optional<Instant> publishedAt(int fiscalYear);

}
