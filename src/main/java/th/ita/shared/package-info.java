/**
 * Shared kernel: tiny value types every module may use (the signed-in principal as seen
 * by other modules, Buddhist-era dates and fiscal years, error types) and the database
 * bootstrap (embedded PostgreSQL when no external server is configured).
 * <p>
 * API: everything public here. Events: {@link th.ita.shared.EvidenceOffered} (a contract
 * published by planning and integrity, consumed by oit). Tables: none.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package th.ita.shared;
