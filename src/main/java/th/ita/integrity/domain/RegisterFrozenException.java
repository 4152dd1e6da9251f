package th.ita.integrity.domain;

import th.ita.integrity.IntegrityDocument;
import th.ita.shared.ConflictException;

/**
 * A register entry of a fiscal year whose document is approved or published cannot be
 * added, changed or deleted: a 409 naming {@code status} and the document's state. The
 * agency admin (or executive) withdraws the document first (audited), then it is a draft
 * again and is approved and published anew.
 */
public class RegisterFrozenException extends ConflictException {

	private final IntegrityDocument document;

	private final int fiscalYear;

	private final Publication.Status state;

	RegisterFrozenException(IntegrityDocument document, int fiscalYear, Publication.Status state, String message) {
		super("status", message);
		this.document = document;
		this.fiscalYear = fiscalYear;
		this.state = state;
	}

	public IntegrityDocument document() {
		return this.document;
	}

	public int fiscalYear() {
		return this.fiscalYear;
	}

	public Publication.Status state() {
		return this.state;
	}

}
