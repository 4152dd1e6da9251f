package th.ita.oit.evidence;

/** Where an OIT item's evidence stands in the cycle. */
public enum EvidenceStatus {

	/** Nothing saved yet. */
	EMPTY,
	/** Saved by the agency, not submitted. */
	DRAFT,
	/** Submitted by the agency admin, waiting for the first review. */
	SUBMITTED,
	/** The latest verdict is PASS. */
	PASSED,
	/** The latest verdict is FAIL. */
	FAILED,
	/** The agency clarified a failed item; waiting for confirmation. */
	CLARIFIED,
	/** Confirmed by the assessor: locked until an admin reopens it. */
	FINAL;

	public String messageKey() {
		return "oit.status." + name();
	}

}
