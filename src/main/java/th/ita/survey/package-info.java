/**
 * Surveys: the anonymous IIT (staff) and EIT (stakeholder) surveys of an assessment
 * round: single-use access codes, the questionnaire, storing responses, per-client rate
 * limits of the public survey endpoints, the guard rails that keep respondents anonymous,
 * and aggregates for scoring.
 * <p>
 * <b>Anonymity rules</b> (enforced by construction; the ArchUnit rule
 * {@code surveyNeverDependsOnIdentity} and the module test keep this module away from
 * {@code identity}):
 * <ul>
 * <li>An access code is stored only as a keyed hash (HMAC-SHA-256 with the server's code
 * secret), never as text; a code row holds round, agency, instrument, the hash, whether
 * it was used and the day it was issued: never when or by whom it was used, and there is
 * no id or sequence.</li>
 * <li>A response row ({@code survey_response}) holds round, agency, instrument,
 * respondent group, the answers (jsonb {@code {"<leaf item code>": value}}) and the day
 * only, under a random UUID: no IP, user agent, account, code, code hash, time of day or
 * sequence. Using the form token, using the code and storing the response happen in one
 * transaction ({@code AccessCodeService#consume} requires one), so of two simultaneous
 * submissions with one code exactly one is stored. Residual risk for that design:
 * PostgreSQL stamps the rows with the same transaction id ({@code xmin}), so someone with
 * database access, the code secret and a record of who received which slip could link
 * them; slips must be handed out without keeping such a record.</li>
 * <li>The receipt shown after submitting is random and stored nowhere.</li>
 * <li>Form tokens ({@code survey_form_token}) are stored as SHA-256 hashes with an expiry
 * day (no time), so a token row cannot be matched to when a page was served.</li>
 * <li>Client addresses are used only for rate limiting, as a salted hash (random salt per
 * process) in memory, never stored or logged.</li>
 * <li>Logs never carry an access code, an answer, a form token or a receipt: nothing in
 * this module logs them; records that carry them override {@code toString()} (so Spring's
 * debug logging of bodies prints {@code <redacted>}); the submission body is read by
 * {@link th.ita.survey.responses.SubmissionReader}, not by a logging converter; exception
 * messages never contain them; {@code QrCodeParameterFilter} takes the {@code ?code=} of
 * a QR link out of the request before Spring Security or the dispatcher can log the query
 * string; and {@code AccessLogGuard} refuses to start with a Tomcat access-log pattern
 * that writes query strings ({@code %r}, {@code %q}, {@code common}, {@code combined}) or
 * headers. Codes must never be put in a URL path.</li>
 * <li>Per-group breakdowns of fewer respondents than the framework's minimum group size
 * are suppressed
 * ({@link th.ita.survey.ItemAggregates.GroupAggregates#suppressed()}).</li>
 * </ul>
 * <p>
 * <b>API for other modules</b>: {@link th.ita.survey.SurveyResults}
 * ({@code aggregates(fiscalYear, agencyCode, instrument)} →
 * {@link th.ita.survey.ItemAggregates} with per leaf item the count of valid answers and
 * the sum of scores from the pinned framework's scales, reverse items mirrored;
 * {@code respondents(...)}). <b>Inside the module</b>:
 * {@link th.ita.survey.codes.AccessCodeService#generate} (system admin, or the agency's
 * admin; 1 to 5,000 codes per call, returned once in display form
 * {@code K7QM-3XPA-9RTC}), {@link th.ita.survey.codes.AccessCodeService#consume} (in the
 * caller's transaction: 422 for an unknown or malformed code, 409 for a used one, both
 * naming {@code accessCode}, and counted as a failed attempt),
 * {@link th.ita.survey.responses.SurveyForms} (questionnaire, form tokens, submit;
 * validation with every error naming its item),
 * {@link th.ita.survey.responses.SurveyProgress},
 * {@link th.ita.survey.ratelimit.SurveyRateLimiter} and
 * {@link th.ita.survey.ratelimit.FailedCodeAttempts}. <b>Web</b> (public): {@code GET
 * /api/v1/rounds/{fiscalYear}/surveys/{instrument}/{agencyCode}} (the questionnaire with
 * a one-time {@code formToken}), {@code POST .../{agencyCode}/responses}
 * ({@code {"accessCode", "respondentGroup", "formToken", "answers"}} → 201
 * {@code {"receipt"}}; 400 unreadable, 404 unknown round, agency or instrument or not
 * enrolled, 409 outside COLLECTION, used code or used form token, 413 over 64 KB, 422
 * {@code errors: [{field, message}]}), and the pages
 * {@code /s/{fiscalYear}/{instrument}/{agencyCode}} (GET, {@code ?code=} from a QR link,
 * {@code ?group=} for EIT; POST) and {@code /s/privacy}. <b>Web</b> (signed in):
 * {@code POST /api/v1/rounds/{fiscalYear}/agencies/{agencyCode}/access-codes}, {@code GET
 * /api/v1/rounds/{fiscalYear}/surveys/progress?agency=} (agency users their own agency,
 * the central team all). The rate limit filter guards {@code /s/**} and
 * {@code /api/v1/rounds/*}{@code /surveys/**} ({@code ita.survey.rate-limit.*}, per
 * node). <b>Configuration</b>: {@code ita.survey.code-secret} (env
 * {@code ITA_SURVEY_CODE_SECRET}, at least 32 characters; production must set it; without
 * it a secret is generated on first start and kept in {@code survey_secret}; changing it
 * invalidates every issued code). <b>Not yet</b>: EIT access codes when a round requires
 * them (needs a per-round flag in assessment), the anomaly report, live progress pages,
 * PDF slips. <b>Events</b>: none yet. <b>Tables</b>: {@code survey_access_code},
 * {@code survey_secret}, {@code survey_response}, {@code survey_form_token} (migrations
 * in {@code db/migration/survey}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Surveys",
		allowedDependencies = { "shared", "web", "agency", "framework", "assessment", "audit" })
@org.jspecify.annotations.NullMarked
package th.ita.survey;
