package th.ita.scoring;

import java.time.Instant;

/**
 * Published after an admin publishes a round's results (after the transaction commits):
 * public pages and open data of the round are visible from now on.
 *
 * @param fiscalYear the round
 * @param publishedAt when
 */
public record ScoresPublished(int fiscalYear, Instant publishedAt) {
}
