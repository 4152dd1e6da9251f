package th.ita.planning;

import java.util.List;
import java.util.Optional;

/**
 * Read access to agencies' plans for other modules (the documents module renders the
 * O30-O33 PDFs from these records). No access check: callers decide what they show; the
 * {@code published*} methods answer only what is already public.
 */
public interface PlanDocuments {

	/** A plan in whatever status, if the agency has one for that year and kind. */
	Optional<PlanDocument> plan(int fiscalYear, String agencyCode, PlanKind kind);

	/**
	 * The published integrity measures and action plan (O32): analysis, measures,
	 * projects, activities, totals.
	 */
	default Optional<PlanDocument> measuresDocument(int fiscalYear, String agencyCode) {
		return plan(fiscalYear, agencyCode, PlanKind.INTEGRITY).filter(p -> p.publishedAt() != null);
	}

	/** The integrity plan whose progress report (O33) is published. */
	default Optional<PlanDocument> progressDocument(int fiscalYear, String agencyCode) {
		return plan(fiscalYear, agencyCode, PlanKind.INTEGRITY).filter(p -> p.progressPublishedAt() != null);
	}

	/** The published anti-corruption plan (O30). */
	default Optional<PlanDocument> antiCorruptionPlan(int fiscalYear, String agencyCode) {
		return plan(fiscalYear, agencyCode, PlanKind.ANTI_CORRUPTION).filter(p -> p.publishedAt() != null);
	}

	/** The anti-corruption plan whose results report (O31) is published. */
	default Optional<PlanDocument> antiCorruptionResults(int fiscalYear, String agencyCode) {
		return plan(fiscalYear, agencyCode, PlanKind.ANTI_CORRUPTION).filter(p -> p.progressPublishedAt() != null);
	}

	/** An agency's plans, newest year first. */
	List<PlanSummary> plans(String agencyCode);

}
