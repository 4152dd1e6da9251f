package th.ita.shared;

import org.jspecify.annotations.Nullable;

/**
 * Published when a module publishes a document on an agency's public page (an action
 * plan, a progress report, a declaration, a register summary) that answers an OIT item:
 * the OIT checklist then offers its stable public URL as that item's evidence in one
 * click (pre-filled, the agency still submits it). Withdrawing a publication publishes
 * the same event with a {@code null} url.
 *
 * @param fiscalYear the round
 * @param agencyCode the agency
 * @param oitItemCode the OIT item the document answers (e.g. {@code O32})
 * @param url the absolute path of the public page, e.g.
 * {@code /public/agencies/S4001/plans/2568}, or {@code null} when withdrawn
 * @param titleTh the document's Thai title
 * @param titleEn the document's English title
 */
public record EvidenceOffered(int fiscalYear, String agencyCode, String oitItemCode, @Nullable String url,
		String titleTh, String titleEn) {
}
