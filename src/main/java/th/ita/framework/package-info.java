/**
 * Frameworks as versioned data: the ITA framework of a programme and fiscal year
 * (indicators, sub-indicators, items, sub-items, answer scales, weights, grade bands,
 * pass mark, respondent groups, sample rules), defined in YAML
 * ({@code docs/framework-format.md}, schema {@code framework/framework.schema.json}),
 * validated as a whole, stored per code and version, browsable and exportable. The
 * default {@code ITA-ESA-2567} v1 is stored on first start.
 * <p>
 * API: {@link th.ita.framework.FrameworkCatalog} (a bean) and the immutable records of
 * the tree: {@link th.ita.framework.FrameworkDefinition} (with pure {@code grade},
 * {@code passed}, {@code item}, {@code leafItems}, {@code minimumSample}),
 * {@link th.ita.framework.GradeBand}, {@link th.ita.framework.InstrumentWeight},
 * {@link th.ita.framework.Indicator}, {@link th.ita.framework.SubIndicator},
 * {@link th.ita.framework.Item}, {@link th.ita.framework.OitRequirement},
 * {@link th.ita.framework.FailReason} (common reasons for failing an OIT item, at the
 * framework level and per item; {@code FrameworkDefinition.failReasons(itemCode)}),
 * {@link th.ita.framework.AnswerScale}, {@link th.ita.framework.AnswerOption},
 * {@link th.ita.framework.SampleRule}, {@link th.ita.framework.RespondentGroup},
 * {@link th.ita.framework.FrameworkRef}, {@link th.ita.framework.FrameworkSummary}.
 * Sub-packages {@code domain}, {@code rest} and {@code web} are internal.
 * <p>
 * HTTP: {@code GET /api/v1/frameworks}, {@code GET
 * /api/v1/frameworks/{code}[?version=N]}, {@code GET /api/v1/frameworks/{code}/export},
 * {@code POST /api/v1/frameworks} (system admins); pages {@code /frameworks},
 * {@code /frameworks/{code}} and {@code /admin/frameworks}.
 * <p>
 * Events: none. Audit: {@code framework.imported}, {@code framework.replaced},
 * {@code framework.pinned}. Tables: {@code framework_version} (one row per code and
 * version with the canonical JSON; a trigger refuses changes to pinned rows).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Frameworks",
		allowedDependencies = { "shared", "web", "audit" })
@org.jspecify.annotations.NullMarked
package th.ita.framework;
