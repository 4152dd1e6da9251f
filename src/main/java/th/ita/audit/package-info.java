/**
 * Audit trail: an append-only, hash-chained log of every change a signed-in user makes
 * (who, when, what, before and after), its verification, and the admin page that lists
 * and filters it. Survey answers are never audited with an identity.
 * <p>
 * <b>API</b>: {@link th.ita.audit.AuditTrail#record} (call inside the transaction of the
 * change; the actor is the signed-in user or {@code system});
 * {@link th.ita.audit.AuditEntry} and {@link th.ita.audit.ChainVerification} records.
 * <b>Web</b>: {@code /admin/audit}, {@code /admin/audit/verify},
 * {@code GET /api/v1/audit}, {@code GET /api/v1/audit/verify} (SYSTEM_ADMIN).
 * <b>Events</b>: none. <b>Tables</b>: {@code audit_entry}; the SQL function
 * {@code audit_entry_hash} is the single definition of an entry's hash (SHA-256 over the
 * previous hash and the entry's fields), and triggers refuse UPDATE, DELETE and TRUNCATE.
 * Appends take a transaction-scoped advisory lock, so the chain stays linear across
 * application nodes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail", allowedDependencies = { "shared", "web" })
@org.jspecify.annotations.NullMarked
package th.ita.audit;
