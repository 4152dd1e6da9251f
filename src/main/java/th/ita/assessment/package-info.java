/**
 * Assessment rounds: a fiscal year (B.E.) of a programme (e.g. {@code OBEC-ESA}) pinned
 * to one framework version; its calendar of dated windows, one per {@link Activity},
 * which may overlap (what is open follows today's date in Asia/Bangkok); the agencies
 * enrolled in it with their survey populations and the minimum samples the framework asks
 * of them; and the results from before the system (imported history) for year-over-year
 * views. Pages: {@code /admin/rounds/**}, {@code /admin/history/import},
 * {@code /rounds/{fy}}, {@code /rounds/{fy}/enrolment}; JSON: {@code /api/v1/rounds/**},
 * {@code /api/v1/history/**}. Every change is written to the
 * {@link th.ita.audit.AuditTrail} in its transaction. Demo data (rounds 2567 and 2568 on
 * {@code ITA-ESA-2567}, every ESA enrolled, the history of สพม.ขอนแก่น) loads when
 * {@link th.ita.shared.DemoMode} says so.
 * <p>
 * API: {@link th.ita.assessment.Rounds} ({@code find}, {@code isOpen},
 * {@code requireOpen}, {@code enrolments}, {@code enrolment}),
 * {@link th.ita.assessment.PastResults} (imported history: {@code of(agencyCode)},
 * {@code years(passMark)} with count, mean and passed per fiscal year) with the records
 * {@link th.ita.assessment.RoundSummary}, {@link th.ita.assessment.Window},
 * {@link th.ita.assessment.Enrolment}, the enum {@link th.ita.assessment.Activity} and
 * {@link th.ita.assessment.WindowClosedException} (409).
 * <p>
 * Events: {@link th.ita.assessment.RoundOpened} when a round is created,
 * {@link th.ita.assessment.CalendarChanged} when its calendar is edited,
 * {@link th.ita.assessment.AgenciesEnrolled} when agencies are enrolled.
 * <p>
 * Tables: {@code assessment_round}, {@code assessment_window},
 * {@code assessment_enrolment}, {@code assessment_history} (migrations in
 * {@code db/migration/assessment}; no foreign keys to other modules' tables).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment rounds",
		allowedDependencies = { "shared", "web", "framework", "agency", "audit" })
@org.jspecify.annotations.NullMarked
package th.ita.assessment;
