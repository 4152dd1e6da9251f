package th.ita.survey.responses;

import org.springframework.stereotype.Service;

/**
 * Recomputes the answer counts of a round from its stored responses minus exclusions,
 * with the SQL of the migration's backfill: for bulk loads that bypass the counting
 * triggers (the national-scale benchmark) and for repairs. The triggers keep the counts
 * current otherwise.
 */
@Service
public class AnswerCountsRebuild {

	private final AnswerCounts counts;

	AnswerCountsRebuild(AnswerCounts counts) {
		this.counts = counts;
	}

	/** Rebuilds the IIT and EIT counts of the round (each in one statement). */
	public void rebuild(int fiscalYear) {
		this.counts.rebuild(fiscalYear);
	}

}
