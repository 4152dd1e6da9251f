/**
 * Surveys: the anonymous IIT (staff) and EIT (stakeholder) surveys of an assessment
 * round. This first part holds the foundations that do not need frameworks or rounds:
 * single-use access codes, per-client rate limits of the public survey endpoints, and the
 * guard rails that keep respondents anonymous. Questionnaires, responses and their
 * aggregates follow once the framework and rounds modules exist.
 * <p>
 * <b>Anonymity rules</b> (enforced by construction; the ArchUnit rule
 * {@code surveyNeverDependsOnIdentity} and the module test keep this module away from
 * {@code identity}):
 * <ul>
 * <li>An access code is stored only as a keyed hash (HMAC-SHA-256 with the server's code
 * secret), never as text; a code row holds round, agency, instrument, the hash, whether
 * it was used and the day it was issued: never when or by whom it was used, and there is
 * no id or sequence.</li>
 * <li>A response row (to come) holds round, agency, instrument, respondent group, answers
 * and the day only: no IP, user agent, account, code, code hash or anything that tells
 * which code answered. Using the code and storing the response happen in one transaction
 * ({@code AccessCodeService#consume} requires one). Residual risk for that design:
 * PostgreSQL stamps both rows with the same transaction id ({@code xmin}), so someone
 * with database access, the code secret and a record of who received which slip could
 * link them; slips must be handed out without keeping such a record.</li>
 * <li>Client addresses are used only for rate limiting, as a salted hash (random salt per
 * process) in memory, never stored or logged.</li>
 * <li>Logs never carry an access code, an answer or a receipt: nothing in this module
 * logs them; records that carry codes override {@code toString()} (so Spring's debug
 * logging of bodies prints {@code <redacted>}); exception messages never contain a code;
 * and {@code AccessLogGuard} refuses to start with a Tomcat access-log pattern that
 * writes query strings ({@code %r}, {@code %q}, {@code common}, {@code combined}) or
 * headers. Codes must never be put in a URL path.</li>
 * <li>Public and agency views will show no breakdown of fewer respondents than the
 * framework's minimum group size.</li>
 * </ul>
 * <p>
 * <b>API</b> (inside the module; nothing is used by other modules yet):
 * {@link th.ita.survey.codes.AccessCodeService#generate} (system admin, or the agency's
 * admin; 1 to 5,000 codes per call, returned once in display form
 * {@code K7QM-3XPA-9RTC}), {@link th.ita.survey.codes.AccessCodeService#consume} (in the
 * caller's transaction: 422 for an unknown or malformed code, 409 for a used one, both
 * naming {@code accessCode}, and counted as a failed attempt),
 * {@link th.ita.survey.codes.AccessCodeFormat} (alphabet, normalisation),
 * {@link th.ita.survey.ratelimit.SurveyRateLimiter} and
 * {@link th.ita.survey.ratelimit.FailedCodeAttempts}. <b>Web</b>: {@code POST
 * /api/v1/rounds/{fiscalYear}/agencies/{agencyCode}/access-codes}; the rate limit filter
 * guards {@code /s/**} and {@code /api/v1/rounds/*}{@code /surveys/**}
 * ({@code ita.survey.rate-limit.*}, per node). <b>Configuration</b>:
 * {@code ita.survey.code-secret} (env {@code ITA_SURVEY_CODE_SECRET}, at least 32
 * characters; production must set it; without it a secret is generated on first start and
 * kept in {@code survey_secret}; changing it invalidates every issued code).
 * <b>Events</b>: none yet ({@code SurveyClosed} will follow). <b>Tables</b>:
 * {@code survey_access_code}, {@code survey_secret} (migrations in
 * {@code db/migration/survey}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Surveys",
		allowedDependencies = { "shared", "web", "agency", "framework", "assessment" })
@org.jspecify.annotations.NullMarked
package th.ita.survey;
