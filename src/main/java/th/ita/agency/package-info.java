/**
 * Agencies: the registry of assessed public agencies (the 245 OBEC Educational Service
 * Area offices ship in {@code agency/esa-245.csv} and load on first start when the
 * registry is empty), their types, regions, provinces, parent agency and staff counts;
 * Thai dictionary order (ICU {@code th-TH-x-icu}) and Thai substring search (ILIKE with
 * {@code pg_trgm} GIN indexes); all-or-nothing CSV import (UTF-8, row-by-row errors) and
 * CSV export (UTF-8 with BOM); the public list and detail pages ({@code /agencies}),
 * admin import and edit pages ({@code /admin/agencies/**}) and the JSON API
 * ({@code /api/v1/agencies}). Every created or changed agency is written to the
 * {@link th.ita.audit.AuditTrail} in the same transaction.
 * <p>
 * API: {@link th.ita.agency.AgencyDirectory} ({@code exists}, {@code find}, {@code all}),
 * {@link th.ita.agency.AgencySummary}, {@link th.ita.agency.AgencyType},
 * {@link th.ita.agency.Region}. Events: none yet. Tables: {@code agency_agency}
 * (migrations in {@code db/migration/agency}; needs the {@code pg_trgm} extension and ICU
 * collations).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agencies",
		allowedDependencies = { "shared", "web", "audit" })
@org.jspecify.annotations.NullMarked
package th.ita.agency;
