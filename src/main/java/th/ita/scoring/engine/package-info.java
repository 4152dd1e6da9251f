/**
 * The pure scoring engine: {@link th.ita.scoring.engine.ScoringEngine#score} maps a
 * framework version and {@link th.ita.scoring.engine.ScoringInputs} to a
 * {@link th.ita.scoring.engine.ScoreCard}. Plain Java, no Spring, no JDBC, no other
 * module than {@code shared} and the framework's public records.
 */
@org.jspecify.annotations.NullMarked
package th.ita.scoring.engine;
