package th.ita.oit.evidence;

import java.util.Objects;

/**
 * The aggregate of one OIT item's evidence of one agency in one round. It guards the
 * cycle {@code EMPTY → DRAFT → SUBMITTED → PASSED | FAILED → CLARIFIED → FINAL}: each
 * transition is a method that refuses a wrong state with an {@link IllegalStateException}
 * (409 in the API). {@code version} is the optimistic lock: the repository writes the new
 * state only if the stored version is unchanged.
 */
public final class EvidenceItem {

	private final int fiscalYear;

	private final String agencyCode;

	private final String itemCode;

	private EvidenceStatus status;

	private final long version;

	EvidenceItem(int fiscalYear, String agencyCode, String itemCode, EvidenceStatus status, long version) {
		this.fiscalYear = fiscalYear;
		this.agencyCode = agencyCode;
		this.itemCode = itemCode;
		this.status = status;
		this.version = version;
	}

	static EvidenceItem empty(int fiscalYear, String agencyCode, String itemCode) {
		return new EvidenceItem(fiscalYear, agencyCode, itemCode, EvidenceStatus.EMPTY, 0);
	}

	/**
	 * The agency saves a new revision: allowed until the item is submitted and reviewed.
	 */
	void save() {
		require(this.status == EvidenceStatus.EMPTY || this.status == EvidenceStatus.DRAFT
				|| this.status == EvidenceStatus.SUBMITTED, "save");
		this.status = EvidenceStatus.DRAFT;
	}

	/** The agency admin submits the latest revision. */
	void submit() {
		require(this.status == EvidenceStatus.DRAFT, "submit");
		this.status = EvidenceStatus.SUBMITTED;
	}

	/**
	 * A verdict. The first review may be given (or changed) while the item is submitted
	 * or reviewed; the confirmation follows a first review or a clarification and locks
	 * it.
	 */
	void review(ReviewStage stage, Verdict verdict) {
		if (stage == ReviewStage.FIRST_REVIEW) {
			require(this.status == EvidenceStatus.SUBMITTED || this.status == EvidenceStatus.PASSED
					|| this.status == EvidenceStatus.FAILED, "review");
			this.status = (verdict == Verdict.PASS) ? EvidenceStatus.PASSED : EvidenceStatus.FAILED;
		}
		else {
			require(this.status == EvidenceStatus.PASSED || this.status == EvidenceStatus.FAILED
					|| this.status == EvidenceStatus.CLARIFIED, "confirm");
			this.status = EvidenceStatus.FINAL;
		}
	}

	/** The agency answers a failed first review (again, if it wants to). */
	void clarify() {
		require(this.status == EvidenceStatus.FAILED || this.status == EvidenceStatus.CLARIFIED, "clarify");
		this.status = EvidenceStatus.CLARIFIED;
	}

	/** An admin reopens a locked item: it goes back to its last verdict's state. */
	void reopen(Verdict lastVerdict) {
		require(this.status == EvidenceStatus.FINAL, "reopen");
		this.status = (lastVerdict == Verdict.PASS) ? EvidenceStatus.PASSED : EvidenceStatus.FAILED;
	}

	private void require(boolean allowed, String action) {
		if (!allowed) {
			throw new TransitionRefusedException(action, this.itemCode, this.status);
		}
	}

	public int fiscalYear() {
		return this.fiscalYear;
	}

	public String agencyCode() {
		return this.agencyCode;
	}

	public String itemCode() {
		return this.itemCode;
	}

	public EvidenceStatus status() {
		return this.status;
	}

	public long version() {
		return this.version;
	}

	public boolean locked() {
		return this.status == EvidenceStatus.FINAL;
	}

	String key() {
		return this.fiscalYear + "/" + this.agencyCode + "/" + this.itemCode;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof EvidenceItem that && this.fiscalYear == that.fiscalYear
				&& this.agencyCode.equals(that.agencyCode) && this.itemCode.equals(that.itemCode)
				&& this.status == that.status && this.version == that.version;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.fiscalYear, this.agencyCode, this.itemCode, this.status, this.version);
	}

}
