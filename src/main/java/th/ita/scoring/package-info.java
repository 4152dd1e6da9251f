/**
 * Scoring: turns each enrolled agency's survey aggregates and OIT verdicts into its ITA
 * score card, computed in one place on the server ({@code th.ita.scoring.engine}, pure
 * Java, no Spring or JDBC; {@code ScoringEngineArchitectureTests} enforces it) from the
 * framework version the round pinned; stores the result as a snapshot; serves results,
 * rankings, history, dashboards, the public portal and open data.
 * <p>
 * <b>API for other modules</b> (root package, stable):
 * {@link th.ita.scoring.ScoreResults} — {@code agency(fiscalYear, agencyCode)} →
 * {@link th.ita.scoring.AgencyResult} (ITA, grade, passed, complete, instruments with
 * respondents and minimum samples, indicators with number/nameTh/nameEn/score/grade,
 * items, {@code ranked()}, {@code weakIndicators(threshold)} with the items that pulled
 * each down); {@code ranking(fiscalYear, RankingQuery)} →
 * {@link th.ita.scoring.RoundRanking} (competition ranks 1, 2, 2, 4 on the ITA at 2
 * decimals; filter type/region/province/search; paged in memory, see below) with
 * {@link th.ita.scoring.NationalSummary} (count, mean, median, grades, pass rate, target
 * 80 % at 85 or more); {@code history(agencyCode)} → {@link th.ita.scoring.AgencyHistory}
 * (rounds and imported history with difference, trend and indicator comparability from
 * the framework's {@code previous} links); {@code isPublished}, {@code publishedAt}. The
 * API does no authorization; callers show unpublished results only to the agency's own
 * users and the central team.
 * <p>
 * <b>Events</b>: publishes {@link th.ita.scoring.ScoresPublished} (a round was published)
 * and {@link th.ita.scoring.AgencyScored} (an agency's snapshot changed; a round
 * recompute publishes {@link th.ita.scoring.AgenciesScored} per batch of written
 * snapshots instead); listens (plain listeners, nothing persisted per event) to
 * {@code ResponsesRecorded} and {@code EvidenceReviewed}: the agency is marked dirty and
 * recomputed by a short scheduled flush, so a response or verdict shows within 1 second.
 * A full round recompute ({@code Recomputer.recomputeRound}) reads the round's answer
 * tallies ({@code SurveyResults.roundTallies}, from the survey module's incremental
 * answer counts, the two instruments at the same time, and the round's enrolments and
 * agencies beside them; the inputs keep them as whole-number answer counts and the engine
 * applies the scales) and OIT verdicts ({@code OitResults.roundResults}) in one pass
 * each, then scores chunks of 1,000 agencies in parallel with the same engine, encoding
 * each changed snapshot as a {@code COPY} row as soon as it is scored (a waiting chunk
 * holds bytes, not result objects), and writes a chunk (its rows deleted, the new ones
 * streamed with {@code COPY}, one transaction) while the next is scored; unchanged
 * agencies (same inputs fingerprint) are skipped; the table's statistics are refreshed in
 * the background afterwards; it logs its phase times.
 * <p>
 * <b>National dashboard</b> ({@code results.Dashboard}, on {@code /rounds/{fy}/results}
 * and, without collection progress, {@code /results/{fy}}): comparison by region and by
 * agency type (agencies, mean, pass rate; from the round's ranking in memory), the trend
 * per fiscal year (rounds from their snapshots, published only on the portal; earlier
 * years from the assessment module's {@code PastResults.years}) and collection progress
 * per instrument (respondents as the snapshots counted them against the enrolments'
 * minimum samples).
 * <p>
 * <b>Reproducibility</b>: every {@code ScoreCard} carries {@code inputsFingerprint()}, a
 * SHA-256 over a canonical text of the engine's rule version
 * ({@code Fingerprints.RULES_VERSION}), the framework ref, the hash of the framework's
 * scoring rules and the inputs sorted by item code (see {@code Fingerprints}). The
 * snapshot stores them with the inputs themselves, so a recompute from the stored inputs
 * must give the same fingerprint and equal numbers.
 * <p>
 * <b>Web</b> ({@code th.ita.scoring.results}, {@code th.ita.scoring.web}): {@code GET
 * /api/v1/rounds/{fy}/results/{agencyCode}} ({@code ?detail=items}, {@code ?threshold=}),
 * {@code GET /api/v1/rounds/{fy}/results} ({@code type, region, province, q, sort, desc,
 * page, size}), {@code GET /api/v1/agencies/{code}/history}; system admins: {@code POST
 * /api/v1/rounds/{fy}/publication} (PUBLICATION window, audited
 * {@code scoring.round-published}), {@code POST /api/v1/rounds/{fy}/results/recompute},
 * {@code GET /api/v1/rounds/{fy}/results/{code}/verification}. Open data (published
 * rounds): {@code /open-data/rounds/{fy}/results.csv} and {@code .json}, schema
 * {@code /scoring/open-data-results.schema.json}. Pages: {@code /results/{fy}} and
 * {@code /results/{fy}/agencies/{code}} (public after publication),
 * {@code /rounds/{fy}/results} (central team; system admins publish the round there:
 * {@code POST /rounds/{fy}/results/publication} with a confirmation) and
 * {@code /rounds/{fy}/results/{code}} (the agency's users, before publication too);
 * charts by {@code /scoring/charts.js} (ECharts webjar) from {@code data-*} attributes,
 * each with a table. Access ({@code ResultsAccess}): unpublished results are a 404 for
 * anyone else. Imported history comes from the assessment module's {@code PastResults}
 * API. Demo data ({@code ScoringDemoData}, order 300): scores and publishes round 2567.
 * <p>
 * <b>Tables</b>: {@code scoring_snapshot} (one current row per round and agency:
 * framework code and version, rules version and fingerprints, ITA at full precision,
 * grade, pass, complete, the card and the inputs as json (text, nothing queries inside
 * them), and the agency's name, type, region and province for SQL ranking),
 * {@code scoring_publication} (who published which round when). The stored card holds the
 * items' scores at 2 decimals and without their texts (the read path fills them in from
 * the pinned framework version; full precision is the engine's result on the stored
 * inputs); the json columns live in the TOAST table ({@code toast_tuple_target = 128}) so
 * the aggregates scan narrow rows; a bulk write of 1,000 or more snapshots runs
 * {@code ANALYZE} (in the background after a round recompute). The read path keeps up to
 * 8,192 parsed results (Caffeine, lock-free reads) and the publication times in memory
 * ({@code ResultCache}), evicted by every snapshot or publication write and again after
 * its transaction (a bulk write evicts the agencies it wrote, a publication everything).
 * <p>
 * <b>Read caches</b> ({@code th.ita.scoring.results}), told of every write by
 * {@code Snapshots.onWrite}: {@code RoundIndex} keeps per round the narrow rows of every
 * snapshotted agency (code, names, type, region, province, ITA, grade, pass, complete,
 * respondents) and of every enrolled agency without a snapshot yet (not scored; read
 * again on {@code AgenciesEnrolled}), ranked and sorted once by rank, Thai name
 * ({@code java.text.Collator} th-TH) and code; the ranking API and pages, the national
 * summary, the dashboard's groups and progress filter, search (lower-case NFC contains
 * over code and names), count and page it in Java, and a write drops the round.
 * {@code ResultBytes} keeps the serialized JSON of the results API's default answer per
 * agency (bounded by {@code ita.scoring.cached-result-bytes}); access is checked on every
 * request before it is used. Neither keeps what was read while a write happened. A
 * publication builds every answer of its round before it commits and keeps them when it
 * does, each only if its snapshot is still the one it was built from
 * ({@code ResultBytes.prepare}), so the public's first requests find them. It also stores
 * them ({@code StoredAnswers}, table {@code scoring_published_answer}, GZIP JSON with the
 * snapshot's inputs fingerprint and computed time) in the same transaction: a published
 * round's answer missing later (a restart, another publication) is read from there while
 * the agency's snapshot is unchanged, and built from the snapshot otherwise (a late
 * verdict), at its first request and by a background warm-up ({@code WarmUps}, paced to a
 * quarter of a core), which also starts, at full pace, for the newest published round as
 * soon as the server has started: the readiness probe waits for that one
 * ({@code ResultsReadiness}, at most {@code ita.scoring.ready-after-warm-up}). Answers
 * are compressed by pooled deflaters ({@code Gzip}). A published round's default answer
 * for a caller without credentials is written before Spring Security
 * ({@code LeanResults}, timer {@code ita.scoring.results.lean}); every other
 * default-answer request goes through the security chain to {@code ResultFastPath} and is
 * timed by {@code LeanResults} in {@code ita.scoring.results.requests} by status, not in
 * {@code http.server.requests}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scoring",
		allowedDependencies = { "shared", "web", "framework", "agency", "assessment", "survey", "oit", "audit" })
@org.jspecify.annotations.NullMarked
package th.ita.scoring;
