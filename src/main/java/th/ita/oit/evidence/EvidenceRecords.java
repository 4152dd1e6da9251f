package th.ita.oit.evidence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The rows of an item's history: none is ever updated. */
public final class EvidenceRecords {

	private EvidenceRecords() {
	}

	/** One saved set of URLs and a note. */
	public record Revision(long id, String itemCode, List<EvidenceUrl> urls, @Nullable String note, String author,
			Instant savedAt) {
	}

	/**
	 * One verdict; {@code reasonCode} is the framework's fail reason chosen (null: free
	 * text only), {@code reason} the text shown.
	 */
	public record Review(long id, String itemCode, ReviewStage stage, Verdict verdict, @Nullable BigDecimal score,
			@Nullable String reasonCode, @Nullable String reason, @Nullable String comment, String assessor,
			Instant reviewedAt) {
	}

	/** The agency's answer to a failed review, with the revision it saved. */
	public record Clarification(long id, String itemCode, String explanation, long revisionId, String author,
			Instant createdAt) {
	}

	/** An admin reopened a locked item. */
	public record Reopening(long id, String itemCode, String reason, String author, Instant createdAt) {
	}

}
