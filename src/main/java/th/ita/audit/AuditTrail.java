package th.ita.audit;

import org.jspecify.annotations.Nullable;

/**
 * Appends an entry to the audit trail. Call it inside the transaction that makes the
 * change, so the change and its entry commit (or roll back) together. The actor is the
 * signed-in user of the current request, or {@code system}.
 */
public interface AuditTrail {

	/**
	 * Record one change.
	 * @param action what happened, dotted and past tense, e.g. {@code user.created},
	 * {@code agency.imported}
	 * @param entityType the kind of thing changed, e.g. {@code user}, {@code agency}
	 * @param entityId its natural key (username, agency code, ...)
	 * @param before its state before the change (a record or map, serialised as JSON), or
	 * {@code null} when created
	 * @param after its state after the change, or {@code null} when deleted
	 */
	void record(String action, String entityType, String entityId, @Nullable Object before, @Nullable Object after);

}
