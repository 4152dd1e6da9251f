package th.ita.scoring.results;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of the readiness probe ({@code /actuator/health/readiness}, group member
 * {@code scoringResults}): out of service while a started server is still reading the
 * newest published round's answers ({@link ResultBytes#warmNewestPublishedRound}), so a
 * load balancer sends the public to it once their answers are kept; ready anyway after
 * {@code ita.scoring.ready-after-warm-up} (default 2 minutes) should the warm-up take
 * longer.
 */
@Component("scoringResultsHealthIndicator")
class ResultsReadiness implements HealthIndicator {

	private final ResultBytes answers;

	private final long deadline;

	ResultsReadiness(ResultBytes answers, @Value("${ita.scoring.ready-after-warm-up:2m}") Duration limit) {
		this.answers = answers;
		this.deadline = System.nanoTime() + limit.toNanos();
	}

	@Override
	public Health health() {
		if (this.answers.startUpWarmUpEnded()) {
			return Health.up().build();
		}
		return (System.nanoTime() - this.deadline > 0) ? Health.up().withDetail("warmUp", "still running").build()
				: Health.outOfService().withDetail("warmUp", "running").build();
	}

}
