package th.ita.oit;

/**
 * Published after an assessor's verdict (first review or confirmation) or an admin's
 * reopening changes an item's result: scoring may recompute the agency.
 *
 * @param fiscalYear the round
 * @param agencyCode the agency
 * @param itemCode the OIT item
 */
public record EvidenceReviewed(int fiscalYear, String agencyCode, String itemCode) {
}
