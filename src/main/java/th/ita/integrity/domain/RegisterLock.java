package th.ita.integrity.domain;

import th.ita.integrity.IntegrityDocument;

import org.springframework.stereotype.Component;

/**
 * Freezes the entries of a register once the yearly document that reports them is
 * approved or published: the gift register ({@code GIFT_REPORT}), the risks (their
 * assessment fields by {@code RISK_ASSESSMENT}, their follow-up and results by
 * {@code RISK_TREATMENT}) and the complaint statistics ({@code COMPLAINT_STATS}).
 */
@Component
class RegisterLock {

	private final PublicationService publications;

	private final IntegrityTexts texts;

	RegisterLock(PublicationService publications, IntegrityTexts texts) {
		this.publications = publications;
		this.texts = texts;
	}

	/** Refuses (409) when the document of that agency and year is not a draft. */
	void requireOpen(String agencyCode, int fiscalYear, IntegrityDocument document) {
		Publication p = this.publications.find(agencyCode, fiscalYear, document);
		if (p.status() != Publication.Status.DRAFT) {
			throw new RegisterFrozenException(document, fiscalYear, p.status(),
					this.texts.get("integrity.error.frozen", this.texts.get(document.messageKey()),
							String.valueOf(fiscalYear), this.texts.get("integrity.status." + p.status().name())));
		}
	}

}
