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

	/** When the round was published, if it was. */
	public Optional<Instant> publishedAt(int fiscalYear) {
		return this.rows.publishedAt(fiscalYear);
	}

	/** Records a publication; false when the round was already published. */
	public boolean publish(int fiscalYear, String by, Instant at) {
		return this.rows.publish(fiscalYear, by, at);
	}

}
