package th.ita.integrity.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import th.ita.integrity.IntegrityDocument;
import th.ita.shared.ConflictException;

/**
 * The publication state of one yearly document of an agency: {@code DRAFT → APPROVED →
 * PUBLISHED}, and back to {@code DRAFT} when withdrawn. A refused transition is a 409.
 */
public final class Publication {

	public enum Status {

		DRAFT, APPROVED, PUBLISHED

	}

	private final String agencyCode;

	private final int fiscalYear;

	private final IntegrityDocument document;

	private Status status;

	private @Nullable String approvedBy;

	private @Nullable Instant approvedAt;

	private @Nullable String publishedBy;

	private @Nullable Instant publishedAt;

	private final long version;

	private java.util.List<String> oitItemCodes = java.util.List.of();

	Publication(String agencyCode, int fiscalYear, IntegrityDocument document, Status status,
			@Nullable String approvedBy, @Nullable Instant approvedAt, @Nullable String publishedBy,
			@Nullable Instant publishedAt, long version) {
		this.agencyCode = agencyCode;
		this.fiscalYear = fiscalYear;
		this.document = document;
		this.status = status;
		this.approvedBy = approvedBy;
		this.approvedAt = approvedAt;
		this.publishedBy = publishedBy;
		this.publishedAt = publishedAt;
		this.version = version;
	}

	static Publication draft(String agencyCode, int fiscalYear, IntegrityDocument document) {
		return new Publication(agencyCode, fiscalYear, document, Status.DRAFT, null, null, null, null, 0);
	}

	void approve(String username, Instant now) {
		if (this.status != Status.DRAFT) {
			throw new ConflictException("status", "Only a draft can be approved (it is " + this.status + ")");
		}
		this.status = Status.APPROVED;
		this.approvedBy = username;
		this.approvedAt = now;
	}

	void publish(String username, Instant now) {
		if (this.status != Status.APPROVED) {
			throw new ConflictException("status",
					"Only an approved document can be published (it is " + this.status + ")");
		}
		this.status = Status.PUBLISHED;
		this.publishedBy = username;
		this.publishedAt = now;
	}

	void withdraw() {
		if (this.status == Status.DRAFT) {
			throw new ConflictException("status", "A draft cannot be withdrawn");
		}
		this.status = Status.DRAFT;
		this.approvedBy = null;
		this.approvedAt = null;
		this.publishedBy = null;
		this.publishedAt = null;
	}

	/** Drafts only: a document that is approved or published cannot change. */
	void requireEditable() {
		if (this.status != Status.DRAFT) {
			throw new ConflictException("status", "The document is " + this.status + "; withdraw it to edit");
		}
	}

	public String agencyCode() {
		return this.agencyCode;
	}

	public int fiscalYear() {
		return this.fiscalYear;
	}

	public IntegrityDocument document() {
		return this.document;
	}

	public Status status() {
		return this.status;
	}

	public boolean published() {
		return this.status == Status.PUBLISHED;
	}

	public @Nullable String approvedBy() {
		return this.approvedBy;
	}

	public @Nullable Instant approvedAt() {
		return this.approvedAt;
	}

	public @Nullable String publishedBy() {
		return this.publishedBy;
	}

	public @Nullable Instant publishedAt() {
		return this.publishedAt;
	}

	/** The OIT items the document answers in the framework of its year's round. */
	public java.util.List<String> oitItemCodes() {
		return this.oitItemCodes;
	}

	Publication withOitItems(java.util.List<String> codes) {
		this.oitItemCodes = java.util.List.copyOf(codes);
		return this;
	}

	public long version() {
		return this.version;
	}

	public String publicPath() {
		return this.document.publicPath(this.agencyCode, this.fiscalYear);
	}

}
