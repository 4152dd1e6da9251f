package th.ita.survey.ratelimit;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-client limits of the public survey endpoints ({@code ita.survey.rate-limit.*}). The
 * limits are per node: with several nodes behind a load balancer a client gets up to this
 * many per node.
 *
 * @param enabled off only for load tests
 * @param paths the guarded paths (Spring path patterns)
 * @param submissionCapacity submissions (POSTs) a client may make in a burst
 * @param submissionPeriod the time in which that many submissions are refilled
 * @param failedCodeCapacity failed access-code attempts a client may make in a burst;
 * after that every guarded request of the client gets 429 until one is refilled
 * @param failedCodePeriod the time in which that many failed attempts are refilled
 * @param maxClients clients kept in memory; the least recently seen is forgotten first
 */
@ConfigurationProperties("ita.survey.rate-limit")
public record SurveyRateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue( {
		"/s/**", "/api/v1/rounds/*/surveys/**" }) List<String> paths, @DefaultValue("60") int submissionCapacity,
		@DefaultValue("1m") Duration submissionPeriod, @DefaultValue("10") int failedCodeCapacity,
		@DefaultValue("10m") Duration failedCodePeriod, @DefaultValue("50000") int maxClients){

	public SurveyRateLimitProperties {
		if (submissionCapacity < 1 || failedCodeCapacity < 1 || maxClients < 1) {
			throw new IllegalArgumentException("ita.survey.rate-limit capacities must be at least 1");
		}
		if (submissionPeriod.isNegative() || submissionPeriod.isZero() || failedCodePeriod.isNegative()
				|| failedCodePeriod.isZero()) {
			throw new IllegalArgumentException("ita.survey.rate-limit periods must be positive");
		}
		paths = List.copyOf(paths);
	}

}
