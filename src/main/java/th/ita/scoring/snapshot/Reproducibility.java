package th.ita.scoring.snapshot;

import java.util.Objects;
import java.util.Optional;

import th.ita.scoring.AgencyResult;
import th.ita.scoring.engine.ScoreCard;

import org.springframework.stereotype.Service;

/**
 * The reproducibility check: scores a snapshot's stored inputs again against its pinned
 * framework and compares fingerprints and every number at full precision (items at their
 * stored 2 decimals); also compares the stored inputs with the live ones.
 */
@Service
public class Reproducibility {

	private final SnapshotRows rows;

	private final Recomputer recomputer;

	Reproducibility(SnapshotRows rows, Recomputer recomputer) {
		this.rows = rows;
		this.recomputer = recomputer;
	}

	/** Verifies one snapshot; empty when there is none. */
	public Optional<Verification> verify(int fiscalYear, String agencyCode) {
		return this.rows.find(fiscalYear, agencyCode).map(snapshot -> {
			AgencyResult stored = snapshot.result();
			ScoreCard card = this.recomputer.rescore(stored.framework(), snapshot.inputs());
			boolean sameNumbers = same(stored, card);
			String live = this.recomputer.rescore(stored.framework(), this.recomputer.inputs(fiscalYear, agencyCode))
				.inputsFingerprint();
			return new Verification(agencyCode, fiscalYear, snapshot.sameFingerprints(card) && sameNumbers,
					stored.inputsFingerprint(), card.inputsFingerprint(), sameNumbers,
					live.equals(stored.inputsFingerprint()));
		});
	}

	/**
	 * The outcome of a check.
	 *
	 * @param agency the agency
	 * @param fiscalYear the round
	 * @param reproducible fingerprints and numbers equal
	 * @param storedFingerprint the snapshot's inputs fingerprint
	 * @param recomputedFingerprint the fingerprint of scoring the stored inputs again
	 * @param sameNumbers every score equal at full precision (items at 2 decimals)
	 * @param matchesLiveData the live inputs give the stored fingerprint (no change
	 * since)
	 */
	public record Verification(String agency, int fiscalYear, boolean reproducible, String storedFingerprint,
			String recomputedFingerprint, boolean sameNumbers, boolean matchesLiveData) {
	}

	static boolean same(AgencyResult stored, ScoreCard card) {
		if (!equal(stored.ita(), card.ita()) || !Objects.equals(stored.grade(), card.grade())
				|| stored.passed() != card.passed() || stored.complete() != card.complete()
				|| stored.indicators().size() != card.indicators().size()
				|| stored.items().size() != card.items().size()) {
			return false;
		}
		for (int i = 0; i < card.indicators().size(); i++) {
			if (!equal(stored.indicators().get(i).score(), card.indicators().get(i).score())) {
				return false;
			}
		}
		// items are stored at display precision (StoredCards.compact)
		for (int i = 0; i < card.items().size(); i++) {
			if (!equal(stored.items().get(i).rounded(), card.items().get(i).rounded())) {
				return false;
			}
		}
		for (int i = 0; i < card.instruments().size(); i++) {
			if (!equal(stored.instruments().get(i).score(), card.instruments().get(i).score())) {
				return false;
			}
		}
		return true;
	}

	private static boolean equal(java.math.@org.jspecify.annotations.Nullable BigDecimal a,
			java.math.@org.jspecify.annotations.Nullable BigDecimal b) {
		return (a == null) ? b == null : b != null && a.compareTo(b) == 0;
	}

}
