/**
 * Agencies: the registry of assessed public agencies (the 245 OBEC Educational Service
 * Area offices ship with the project), their types, regions, provinces, hierarchy and
 * staff counts; CSV import and export; the public agency list and API.
 * <p>
 * API: (to come) {@code AgencyDirectory}. Events: none yet. Tables: {@code agency_*}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agencies",
		allowedDependencies = { "shared", "web", "audit" })
@org.jspecify.annotations.NullMarked
package th.ita.agency;
