package th.ita.audit.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the audit list; blank or null means "any". Text filters match inside values.
 */
public record AuditFilter(@Nullable String actor, @Nullable String action, @Nullable String entityType,
		@Nullable String entityId, @Nullable Instant from, @Nullable Instant to) {
}
