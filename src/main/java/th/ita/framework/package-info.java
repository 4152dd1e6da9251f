/**
 * Frameworks as versioned data: the ITA framework of a programme and fiscal year
 * (indicators, items, answer scales, weights, grade bands, sample rules), defined in
 * YAML, validated, stored immutably once a round pins it, browsable and exportable.
 * <p>
 * API: {@link th.ita.framework.FrameworkCatalog} and its records. Events: none yet.
 * Tables: {@code framework_*}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Frameworks",
		allowedDependencies = { "shared", "web", "audit" })
@org.jspecify.annotations.NullMarked
package th.ita.framework;
