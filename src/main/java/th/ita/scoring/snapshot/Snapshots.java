package th.ita.scoring.snapshot;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;

/** Reading stored snapshots and publications, for the rest of the module. */
@Service
public class Snapshots {

	private final SnapshotRows rows;

	Snapshots(SnapshotRows rows) {
		this.rows = rows;
	}

	/** The snapshot of an agency in a round. */
	public Optional<Snapshot> find(int fiscalYear, String agencyCode) {
		return this.rows.find(fiscalYear, agencyCode);
	}

	/** The stored result of an agency in a round (without its inputs). */
	public Optional<th.ita.scoring.AgencyResult> result(int fiscalYear, String agencyCode) {
		return this.rows.findResult(fiscalYear, agencyCode);
	}

	/** Every snapshot of an agency, oldest round first. */
	public List<Snapshot> ofAgency(String agencyCode) {
		return this.rows.ofAgency(agencyCode);
	}

	/** Every snapshot of a round, best ITA first, streamed. */
	public void forEachInRound(int fiscalYear, Consumer<Snapshot> each) {
		this.rows.forEachInRound(fiscalYear, each);
	}

	/** Every stored result of a round (without inputs), streamed by agency code. */
	public void forEachResultInRound(int fiscalYear, Consumer<th.ita.scoring.AgencyResult> each) {
		this.rows.forEachResult(fiscalYear, each, false);
	}

	/**
	 * {@link #forEachResultInRound} with the cards of each page of rows read and
	 * {@code each} called on the common pool's threads as well ({@code each} must be
	 * thread-safe).
	 */
	public void forEachResultInRoundInParallel(int fiscalYear, Consumer<th.ita.scoring.AgencyResult> each) {
		this.rows.forEachResult(fiscalYear, each, true);
	}

	/** What each agency's stored snapshot in a round was computed from, and when. */
	public java.util.Map<String, Version> versions(int fiscalYear) {
		return this.rows.versions(fiscalYear);
	}

	/** When the round was published, if it was. */
	public Optional<Instant> publishedAt(int fiscalYear) {
		return this.rows.publishedAt(fiscalYear);
	}

	/**
	 * Tells the listener of every write: an agency's snapshot ({@code written}) or many
	 * snapshots or a publication ({@code cleared}), at once and again after the write's
	 * transaction completed (a reader may have read the row as it was before the commit).
	 * Read caches built on snapshots drop what the write touched.
	 */
	public void onWrite(WriteListener listener) {
		this.rows.onWrite(listener);
	}

	/** The newest published round, if any. */
	public Optional<Integer> newestPublishedRound() {
		return this.rows.newestPublishedRound();
	}

	/** Records a publication; false when the round was already published. */
	public boolean publish(int fiscalYear, String by, Instant at) {
		return this.rows.publish(fiscalYear, by, at);
	}

	/**
	 * Which computation of an agency's snapshot a result is: a result read earlier is
	 * still current when its version is the stored one.
	 */
	public record Version(String inputsFingerprint, Instant computedAt) {

		public static Version of(th.ita.scoring.AgencyResult result) {
			return new Version(result.inputsFingerprint(), result.computedAt());
		}

	}

	/** Told of snapshot and publication writes (see {@link #onWrite}). */
	public interface WriteListener {

		/** The agency's snapshot in the round was written. */
		void written(int fiscalYear, String agencyCode);

		/** Many snapshots or a publication were written: anything may have changed. */
		void cleared();

	}

}
