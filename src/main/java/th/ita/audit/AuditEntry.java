package th.ita.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One audit-trail entry as the admin page and API show it. Before and after are JSON
 * text.
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String entityType, String entityId,
		@Nullable String before, @Nullable String after, String hash) {
}
