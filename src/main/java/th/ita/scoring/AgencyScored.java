package th.ita.scoring;

/**
 * Published (in memory, not persisted) when an agency's snapshot changed after a
 * recompute: its ITA, grade or any score differs from the previous snapshot. Listeners
 * should be plain {@code @EventListener}s (one may come per response).
 *
 * @param fiscalYear the round
 * @param agencyCode the agency
 */
public record AgencyScored(int fiscalYear, String agencyCode) {
}
