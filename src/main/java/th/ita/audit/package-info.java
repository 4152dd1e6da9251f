/**
 * Audit trail: an append-only, hash-chained log of every change a signed-in user makes
 * (who, when, what, before and after), its verification and the admin page that lists it.
 * Survey answers are never audited with an identity.
 * <p>
 * API: (to come) {@code AuditTrail}. Events: none. Tables: {@code audit_*}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail", allowedDependencies = { "shared", "web" })
@org.jspecify.annotations.NullMarked
package th.ita.audit;
