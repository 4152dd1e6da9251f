package th.ita.planning;

/**
 * Where a plan is in its workflow: drafted by agency editors, submitted, approved by the
 * agency admin or executive, then published (its public page and OIT evidence exist only
 * from then on).
 */
public enum PlanStatus {

	DRAFT, SUBMITTED, APPROVED, PUBLISHED

}
