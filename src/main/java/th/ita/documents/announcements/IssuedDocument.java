package th.ita.documents.announcements;

import java.time.Instant;

/**
 * A document issued for an approval (without its bytes).
 *
 * @param id row id
 * @param documentType e.g. {@code NO_GIFT_POLICY}
 * @param agencyCode the agency
 * @param fiscalYear B.E.
 * @param language {@code th} or {@code en}
 * @param approvedBy who approved the content
 * @param approvedAt when
 * @param sha256 hex SHA-256 of the PDF
 * @param sizeBytes PDF size
 * @param issuedBy who first downloaded it ({@code system} when anonymous)
 * @param issuedAt when the PDF was generated
 */
public record IssuedDocument(long id, String documentType, String agencyCode, int fiscalYear, String language,
		String approvedBy, Instant approvedAt, String sha256, int sizeBytes, String issuedBy, Instant issuedAt) {
}
