/**
 * Scoring: turns one agency's survey aggregates and OIT verdicts into its ITA score card,
 * computed in one place on the server, from the framework version the round pinned.
 * <p>
 * API: the pure engine in {@code th.ita.scoring.engine} ({@code ScoringEngine.score},
 * {@code ScoringInputs}, {@code ScoreCard}). It depends only on {@code shared} and the
 * framework module's public records (no Spring, no JDBC;
 * {@code ScoringEngineArchitectureTests} enforces it). Results API, snapshots, dashboards
 * and the public portal come later (issue 6), once the survey and OIT modules publish
 * their aggregates.
 * <p>
 * Reproducibility (issue 6 item 2): every {@code ScoreCard} carries
 * {@code inputsFingerprint()}, a SHA-256 over a canonical text of the engine's rule
 * version ({@code Fingerprints.RULES_VERSION}), the framework ref, the hash of the
 * framework's scoring rules ({@code rulesFingerprint()}) and the inputs sorted by item
 * code (see {@code Fingerprints}). Planned snapshot (not yet created): table
 * {@code scoring_snapshot} with the agency assessment id, framework code and version,
 * rules version, rules and inputs fingerprints, ITA, grade, passed, complete and the
 * indicator scores at full precision, plus the aggregates it was computed from; a
 * recompute from those aggregates must give the same fingerprint and equal numbers.
 * <p>
 * The engine package is internal to this module: other modules will read scores through a
 * future {@code ScoringApi} in this root package.
 * <p>
 * Events: none yet (planned: listens to survey and OIT events, publishes
 * {@code AgencyScored}). Tables: prefix {@code scoring_} (none yet).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scoring",
		allowedDependencies = { "shared", "framework" })
@org.jspecify.annotations.NullMarked
package th.ita.scoring;
