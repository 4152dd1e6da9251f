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
 * transaction (the group-commit {@code ResponseWriter}, below), so of two simultaneous
 * submissions with one code exactly one is stored. Residual risk for that design:
 * PostgreSQL stamps the rows with the same transaction id ({@code xmin}), so someone with
 * database access, the code secret and a record of who received which slip could link
 * them; slips must be handed out without keeping such a record. Batching weakens that
 * link: one transaction uses the codes and stores the responses of a whole batch (up to
 * 200 submissions under load), inserted in random order, so {@code xmin} and the physical
 * row order tie a code only to its batch, not to one response (at low traffic a batch may
 * hold a single submission, which is no worse than before).</li>
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
 * {@code respondents(...)}; {@code roundTallies(fiscalYear, instrument)}: every agency of
 * a round as {@link th.ita.survey.AnswerTally} (how many gave each leaf item each option
 * value, one {@code int} per slot of a layout the round shares; compact, for a full
 * recompute) from the incremental answer counts ({@code survey_answer_count}: per round,
 * agency and instrument the counted responses and, per item and value, how many gave it;
 * statement triggers append deltas to {@code survey_answer_count_delta} in the writing
 * transaction on response inserts and on exclusions and their undo, without a lock, and
 * {@code AnswerCountFolder} folds them in every second; readers add the unfolded deltas;
 * counts only, no group, day or id; read in two halves by a hash of the agency code at
 * the same time, each in its own connection, and parsed from the driver's bytes with one
 * string per item code per read); {@code tally(...)}: the same for one agency, which the
 * per-agency recompute uses; scoring applies the scales itself). <b>Inside the
 * module</b>: {@link th.ita.survey.codes.AccessCodeService#generate} (system admin, or
 * the agency's admin; 1 to 5,000 codes per call, returned once in display form
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
 * invalidates every issued code).
 * <p>
 * <b>EIT access codes</b>: {@link th.ita.survey.settings.SurveySettings} (table
 * {@code survey_round_setting}, keyed by fiscal year): {@code GET/PUT
 * /api/v1/rounds/{fiscalYear}/surveys/settings} {@code {"eitAccessCodes": true}} and the
 * page {@code /admin/rounds/{fiscalYear}/surveys} (system admin, audited as
 * {@code survey.settings-changed}); the questionnaire and submit then ask EIT for a code.
 * <p>
 * <b>Slips</b>: the POST that generates codes also returns a one-time {@code slipsUrl}
 * ({@code GET .../access-codes/slips.pdf?batch=<random>}, same authorization): the
 * plaintext batch is kept only in this node's memory ({@code SlipBatches}) for 15 minutes
 * and dropped after the download, so a second download is a 404. Single-node limitation:
 * behind a load balancer the download must reach the node that generated the codes. A4,
 * 10 slips a page with dashed cut lines, each with the code and a QR code of
 * {@code /s/{fy}/{instrument}/{agency}?code=...}; rendered by
 * {@code th.ita.shared.pdf.PdfRenderer}.
 * <p>
 * <b>Anomaly report</b> ({@link th.ita.survey.anomalies.SurveyAnomalies}; system admin):
 * {@code GET /api/v1/rounds/{fiscalYear}/surveys/anomalies}, {@code POST
 * .../anomalies/exclusions} {@code {"flag", "reason"}}, page
 * {@code /admin/rounds/{fiscalYear}/surveys/anomalies}. Responses store only the day, so
 * bursts are found two ways without storing a time per response: (1) day-level counts
 * against expectation: a day with at least {@code ita.survey.anomalies.burst-min} (20)
 * responses for one agency and instrument and at least {@code burst-factor} (5) times the
 * agency's average per day of the collection window so far; (2) at submit time, the
 * {@code BurstMonitor} listens to {@link th.ita.survey.ResponsesRecorded} and counts per
 * agency and instrument in fixed 10-minute windows in memory only, remembering per day
 * the largest count at or above {@code live-burst-min} (30): counts, never a time per
 * response, nothing on disk; per node and lost at restart. Identical answer vectors:
 * groups of at least {@code identical-min} (5) responses with the same answers (by
 * {@code md5(answers)}). Straight-lining: every rating item (scale of 3 or more options,
 * at least 5 answered) with the same value. Flags are groups, never single rows; flagged
 * responses stay counted until an admin excludes a flag's group with a reason
 * ({@code survey_exclusion}: response id, kind, reason, day; audited as
 * {@code survey.responses-excluded} with flag, count and reason, nothing about a
 * respondent); the report lists what was excluded; excluded responses drop out of
 * {@link th.ita.survey.SurveyResults} and progress. An admin can undo the exclusion of a
 * flag's group with a reason ({@code POST .../anomalies/exclusions/undo} {@code {"flag",
 * "reason"}} → 200 {@code {"flag", "restored"}}, and a form per excluded flag on the
 * page; audited as {@code survey.exclusion-undone} with flag, count and reason): its
 * responses count again.
 * <p>
 * <b>Progress pages</b> (signed in): {@code /surveys/{fiscalYear}/progress} (central
 * team: every agency, sortable by agency, IIT, EIT or status; agency users: their own)
 * and {@code /surveys/{fiscalYear}/progress/{agencyCode}}; an agency is behind target
 * when an instrument has fewer responses than its minimum times the share of the
 * collection window passed; the table is an htmx fragment of the same template polled
 * every 5 s.
 * <p>
 * <b>Demo data</b> ({@code SurveyDemoData}, order 200): synthetic IIT and EIT responses
 * from seed 2567 for every agency enrolled in round 2567 (around the minimum sample up to
 * the population; answers drawn around an agency quality so survey scores land mostly
 * 75-98; a planted burst of 25 identical EIT responses for the tenth agency), and a few
 * in the open round 2568; bulk insert through {@code unnest} arrays, skipped when the
 * round has responses.
 * <p>
 * <b>Load tool</b> (benchmark, not a test): {@code th.ita.survey.load.SurveyLoadTool}
 * under src/test/java, run by {@code ./mvnw -B -q test-compile
 * org.codehaus.mojo:exec-maven-plugin:3.5.0:exec -Dexec.executable=java
 * -Dexec.classpathScope=test -Dexec.args="-Xmx512m -cp %classpath
 * th.ita.survey.load.SurveyLoadTool"}; rate limits are turned off for it with
 * {@code ita.survey.rate-limit.enabled=false} (production default: on).
 * <p>
 * <b>Submit path and its caches</b>: a submit reads nothing from the database before it
 * is queued: {@code SubmitLookups} keeps the round (pinned framework and calendar) for
 * {@code ita.survey.lookup-ttl} (3 s) and the agency and the enrolment for
 * {@code ita.survey.directory-ttl} (30 s; found values only, so a new round or enrolment
 * shows at once, a removed enrolment within 30 s; a calendar edit drops its round at once
 * on {@link th.ita.assessment.CalendarChanged}, other edits show within 3 s; a closed
 * window is always confirmed by the round service, which names it in the 409);
 * {@link th.ita.survey.settings.SurveySettings#eitAccessCodesCached} keeps the EIT-code
 * setting 3 s and drops it on every change; the parsed framework is kept per pinned
 * version (it never changes) and the questionnaire a minute. The request thread
 * validates, hashes the code (HMAC) and the token, and queues the submission to the
 * {@code ResponseWriter} (group commit): writer threads
 * ({@code ita.survey.writer.threads}, 2) each take up to {@code batch-size} (200) queued
 * submissions and, in one transaction, use the form tokens
 * ({@code UPDATE ... FROM unnest(...) ... AND NOT used RETURNING
 * hash}), then the codes of those whose token was good (same form), give back the tokens
 * of those whose code failed, insert the stored responses (one INSERT from arrays) and
 * commit; only then is each request answered (201, or 409/422 naming {@code formToken} or
 * {@code accessCode}; a code or token listed twice in one batch counts for its first
 * listing only). So a response is acknowledged only after it is durably committed (fsync
 * and synchronous_commit stay on); the commit is shared. A failed batch is retried one
 * submission at a time. The queue is bounded ({@code queue-capacity}, 4096): when it is
 * full, or while stopping, submit answers 503 with {@code Retry-After: 2} and a problem
 * document (the page re-renders the form with the answers kept). On shutdown the writer
 * stops after the web server and drains its queue first.
 * <p>
 * <b>Lean submit path</b> ({@code rest.LeanSubmitFilter}, package-private, registered by
 * {@code rest.LeanSubmitConfig}): the one public endpoint {@code POST
 * /api/v1/rounds/{fiscalYear}/surveys/{instrument}/{agencyCode}/responses} is answered by
 * a servlet filter right after Spring's {@code RequestContextFilter} (order -104: after
 * the survey rate-limit filter, so 429 and the failed-code count are unchanged) and
 * before Spring Security and MVC: no handler lookup, no HTTP server observation (timers
 * {@code ita.survey.submit} with {@code outcome} stored or rejected instead), no security
 * filters but the API chain's own header writer, so the response headers are the chain's.
 * It calls the same {@code SubmissionReader} (64 KB bound, 413; 400 naming the property)
 * and {@code SurveyForms.submit}, writes {@code 201 {"receipt"}} with
 * {@code Cache-Control: no-store}, and hands any error to MVC's exception resolvers as if
 * {@code SurveyRestController} had thrown it, so every problem document (404, 409, 422,
 * 503 with {@code Retry-After}) is the one the controller's advice writes, in the locale
 * of the {@code LocaleResolver}. Requests with a query string (e.g. {@code ?lang=en}), an
 * {@code Authorization} header, or an encoded or unusual path go the normal way to the
 * controller. {@code ita.survey.lean-submit=false} turns it off.
 * {@code SurveyLeanSubmitTests} sends every case both ways and compares status, headers
 * and body. The reader parses the common body token by token and falls back to the JSON
 * tree for anything else (so errors are the tree's); the questionnaire's lookups for
 * validation are built once per questionnaire; the HMAC {@code Mac} is kept per thread.
 * <p>
 * <b>Events</b>: publishes {@link th.ita.survey.ResponsesRecorded} from the group-commit
 * writer, once per (round, agency, instrument) of a committed batch with the number of
 * responses stored, before the batch's requests are answered. <b>Tables</b>:
 * {@code survey_access_code}, {@code survey_secret}, {@code survey_response},
 * {@code survey_form_token}, {@code survey_round_setting}, {@code survey_exclusion},
 * {@code survey_answer_count}, {@code survey_answer_count_delta} (migrations in
 * {@code db/migration/survey}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Surveys",
		allowedDependencies = { "shared", "web", "agency", "framework", "assessment", "audit" })
@org.jspecify.annotations.NullMarked
package th.ita.survey;
