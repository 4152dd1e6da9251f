package th.ita.survey.rest;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;

/**
 * Timers of the lean submit path ({@code ita.survey.submit}, outcome {@code stored} or
 * {@code rejected}), which takes the place of the HTTP server observation there: two
 * meters registered once, no tags built per request. Each records the time until the
 * outcome is known, before the response is written (so a client holding its answer finds
 * it counted).
 */
final class SubmitMetrics {

	private final @Nullable Timer stored;

	private final @Nullable Timer rejected;

	SubmitMetrics(@Nullable MeterRegistry registry) {
		this.stored = (registry != null) ? timer(registry, "stored") : null;
		this.rejected = (registry != null) ? timer(registry, "rejected") : null;
	}

	private static Timer timer(MeterRegistry registry, String outcome) {
		return Timer.builder("ita.survey.submit")
			.description("Survey submissions answered by the lean submit path")
			.tag("outcome", outcome)
			.register(registry);
	}

	void stored(long nanos) {
		if (this.stored != null) {
			this.stored.record(nanos, TimeUnit.NANOSECONDS);
		}
	}

	void rejected(long nanos) {
		if (this.rejected != null) {
			this.rejected.record(nanos, TimeUnit.NANOSECONDS);
		}
	}

}
