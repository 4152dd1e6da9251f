package th.ita.framework.domain;

import th.ita.framework.FrameworkSummary;

/**
 * The result of a successful import.
 *
 * @param status what happened
 * @param summary the stored version
 * @param sha256 the hash of its canonical JSON
 */
public record ImportOutcome(Status status, FrameworkSummary summary, String sha256) {

	/** What an import did. */
	public enum Status {

		/** A new code or version was stored. */
		CREATED,
		/** The same code and version with identical content: nothing changed. */
		UNCHANGED,
		/** An unpinned version was replaced by different content. */
		REPLACED

	}

}
