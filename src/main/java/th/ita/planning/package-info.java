/**
 * Improvement planning (issue 7, points 1-4, the anti-corruption plan of point 5, and
 * points 6-7 for plans): per agency and fiscal year, the analysis of the weak indicators
 * (taken from scoring, never typed), the measures (มาตรการ) with their guidelines, the
 * action plan (projects with the seed document's narrative fields, activities with KPI,
 * unit, target, budget, months and responsible group, totals), the dated progress entries
 * with evidence links and images, and the workflow draft → submitted → approved →
 * published.
 * <p>
 * <b>API</b> for other modules: {@link th.ita.planning.PlanDocuments} ({@code plan},
 * {@code measuresDocument} (O32), {@code progressDocument} (O33),
 * {@code antiCorruptionPlan} (O30), {@code antiCorruptionResults} (O31), {@code plans})
 * answering {@link th.ita.planning.PlanDocument} records (everything a document needs:
 * indicators with scores, grades, weak items and analysis; measures; projects with
 * narrative, preparers, activities, months, totals; progress with over-budget and late
 * flags), {@link th.ita.planning.PlanSummary}, the enums
 * {@link th.ita.planning.PlanKind}, {@link th.ita.planning.PlanStatus},
 * {@link th.ita.planning.ProgressStatus} and {@link th.ita.planning.FiscalMonths} (the
 * Oct-Sep months and their quarters).
 * <p>
 * <b>Events</b>: publishes {@link th.ita.shared.EvidenceOffered} when a plan is published
 * (round of the plan's fiscal year) and when its progress report is published (the same
 * round for the integrity plan; the next round for the anti-corruption plan, which asks
 * for the previous year's results), once per OIT item of that round's framework
 * ({@code assessment.Rounds}) as {@code planning/oit-items.properties} maps it: in
 * {@code ITA-ESA-2567} the integrity plan O32 and its results O33, the anti-corruption
 * plan O30 and its results O31; a framework without lines (or a year without a round)
 * uses the default framework's. Reopening a published plan withdraws its offer (a
 * {@code null} url).
 * <p>
 * <b>Who</b>: agency editors and admins edit drafts (measures and activities in place on
 * the plan pages) and record progress; the agency admin or the agency's executive
 * approves (or returns) a submitted plan and publishes it and its progress report; every
 * command is audited ({@code planning.*}). <b>Frozen after approval</b>: an approved or
 * published plan cannot change (409 with {@code field} {@code status}, {@code state} and
 * the refused {@code action}); the agency admin or executive reopens it as a draft
 * ({@code reopen}, audited; its public page and OIT offer go until it is published
 * again), unless its progress report is published. Progress entries are never updated.
 * Users of another agency get 404; the central team (system admins, national executives)
 * reads all. The suggested-measure library is edited by system admins on
 * {@code /admin/suggested-measures} (by indicator; add, edit, retire, restore) and
 * {@code /api/v1/plans/suggested-measures[/{id}[/retire|/restore]]}; a retired suggestion
 * is kept but no longer offered ({@code ?retired=true} lists it for the central team).
 * <p>
 * <b>HTTP</b>: {@code /api/v1/agencies/{code}/plans[/{fy}/{kind}[/...]]},
 * {@code /api/v1/plans/suggested-measures}; pages {@code /plans/**} and the public pages
 * {@code /public/agencies/{code}/plans/{fy}[/anti-corruption][/progress]} (404 until
 * published). Images are PNG or JPEG checked by their first bytes, at most 2 MB (413),
 * stored in PostgreSQL and served with their type and {@code nosniff}.
 * <p>
 * <b>Analysis</b>: the plan of fiscal year Y reads {@code ScoreResults.agency(Y - 1,
 * code)} (seed 001: the 2567 measures analyse the 2566 results); weak = rounded score
 * below {@code ita.planning.weak-threshold} (default 85), with scoring's own
 * {@code weakIndicators} items. If scoring fails, the plan is still shown without scores.
 * <p>
 * <b>Pages</b> re-render a refused form with 200 (as the survey pages do), the error
 * naming the field ({@code #planning-error[data-field]}) and the typed values kept; the
 * API answers 422/409/413 problems. <b>Demo</b> (order 400): the library for the 10
 * indicators and the published 2568 plan of S4001 from seed 001 (60,000 baht).
 * <p>
 * <b>Tables</b>: prefix {@code planning_}: {@code planning_plan} (the aggregate),
 * {@code planning_analysis}, {@code planning_measure}, {@code planning_project},
 * {@code planning_activity}, {@code planning_progress} (never updated),
 * {@code planning_progress_image}, {@code planning_suggested_measure}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Improvement planning",
		allowedDependencies = { "shared", "web", "audit", "agency", "scoring", "assessment", "framework" })
@org.jspecify.annotations.NullMarked
package th.ita.planning;
