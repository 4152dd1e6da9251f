package th.ita.scoring.snapshot;

import java.time.Instant;

import th.ita.agency.AgencySummary;
import th.ita.scoring.AgencyResult;
import th.ita.scoring.engine.ScoreCard;
import th.ita.scoring.engine.ScoringInputs;

/**
 * A stored snapshot: the result as the API reads it, the engine's card fingerprints and
 * the inputs it was computed from.
 *
 * @param programme the round's programme
 * @param agency the agency as it was when computed
 * @param result the result
 * @param rulesVersion the engine's rules version
 * @param rulesFingerprint SHA-256 of the framework's scoring rules
 * @param inputs the inputs it was computed from
 * @param computedAt when
 */
public record Snapshot(String programme, AgencySummary agency, AgencyResult result, String rulesVersion,
		String rulesFingerprint, ScoringInputs inputs, Instant computedAt) {

	/** The card's fingerprints equal the snapshot's. */
	public boolean sameFingerprints(ScoreCard card) {
		return card.rulesFingerprint().equals(this.rulesFingerprint)
				&& card.inputsFingerprint().equals(this.result.inputsFingerprint());
	}

}
