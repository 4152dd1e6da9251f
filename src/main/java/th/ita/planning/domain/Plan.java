package th.ita.planning.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import th.ita.planning.PlanKind;
import th.ita.planning.PlanStatus;

/**
 * The plan aggregate: it guards its workflow. Content may change only in {@code DRAFT};
 * {@code DRAFT → SUBMITTED → APPROVED → PUBLISHED}, a submitted plan may be returned to
 * draft; progress is recorded and its report published only once the plan is published.
 * An approved or published plan is frozen: to change it the agency admin (or executive)
 * reopens it as a draft (audited; the public page goes offline until it is published
 * again), unless its progress report is already published. A refused transition is a 409
 * naming {@code status}.
 */
final class Plan {

	private final long id;

	private final int fiscalYear;

	private final String agencyCode;

	private final PlanKind kind;

	private PlanStatus status;

	private final long version;

	@Nullable Instant progressPublishedAt;

	Plan(long id, int fiscalYear, String agencyCode, PlanKind kind, PlanStatus status, long version,
			@Nullable Instant progressPublishedAt) {
		this.id = id;
		this.fiscalYear = fiscalYear;
		this.agencyCode = agencyCode;
		this.kind = kind;
		this.status = status;
		this.version = version;
		this.progressPublishedAt = progressPublishedAt;
	}

	long id() {
		return this.id;
	}

	int fiscalYear() {
		return this.fiscalYear;
	}

	String agencyCode() {
		return this.agencyCode;
	}

	PlanKind kind() {
		return this.kind;
	}

	PlanStatus status() {
		return this.status;
	}

	long version() {
		return this.version;
	}

	String key() {
		return this.agencyCode + "/" + this.fiscalYear + "/" + this.kind.slug();
	}

	void requireEditable() {
		require(PlanStatus.DRAFT, "edit");
	}

	void submit() {
		require(PlanStatus.DRAFT, "submit");
		this.status = PlanStatus.SUBMITTED;
	}

	void returnToDraft() {
		require(PlanStatus.SUBMITTED, "return");
		this.status = PlanStatus.DRAFT;
	}

	void approve() {
		require(PlanStatus.SUBMITTED, "approve");
		this.status = PlanStatus.APPROVED;
	}

	void publish() {
		require(PlanStatus.APPROVED, "publish");
		this.status = PlanStatus.PUBLISHED;
	}

	/**
	 * Reopens an approved or published plan as a draft (the agency admin's explicit act,
	 * audited); once its progress report is published the plan is closed for good.
	 */
	void reopen() {
		if ((this.status != PlanStatus.APPROVED && this.status != PlanStatus.PUBLISHED)
				|| this.progressPublishedAt != null) {
			throw new PlanTransitionException("reopen", this.status);
		}
		this.status = PlanStatus.DRAFT;
	}

	void requireInExecution() {
		require(PlanStatus.PUBLISHED, "progress");
	}

	void publishProgress() {
		require(PlanStatus.PUBLISHED, "publishProgress");
	}

	private void require(PlanStatus expected, String action) {
		if (this.status != expected) {
			throw new PlanTransitionException(action, this.status);
		}
	}

}
