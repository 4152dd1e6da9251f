package th.ita.scoring.results;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.ObservationPredicate;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import th.ita.scoring.ScoreResults;
import th.ita.web.SecurityHeaderWriter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.servlet.filter.OrderedFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The public's results API requests answered before Spring Security: once a round is
 * published its default answer ({@code GET /api/v1/rounds/{fy}/results/{code}} without
 * parameters) is the same for every caller, signed in or not, so there is nothing for the
 * security filters to decide. This filter writes it from {@link ResultBytes} inside the
 * API chain's header writer (the same security headers), without the HTTP server
 * observation (timer {@code ita.scoring.results.lean} instead), the security filters and
 * MVC's dispatch, which were most of a request's CPU at 64 clients. Everything else (an
 * unpublished round, an agency without a result, a request with credentials or
 * parameters) goes on to {@link ResultFastPath} and {@link ResultsRestController}.
 * {@code ita.scoring.lean-results=false} turns it off.
 * <p>
 * Default-answer requests that go on (signed in, or not published) are timed here too, in
 * {@code ita.scoring.results.requests} tagged with the response's {@code status}, instead
 * of the HTTP server observation ({@code http.server.requests}): at 64 clients building
 * answers, that observation was a tenth of the request threads' CPU.
 */
final class LeanResults implements Filter {

	private final ScoreResults results;

	private final ResultBytes bodies;

	private final ResultsBodies source;

	private final SecurityHeaderWriter headers;

	private final @Nullable Timer timer;

	private final @Nullable MeterRegistry meters;

	/** {@code ita.scoring.results.requests} by response status. */
	private final java.util.Map<Integer, Timer> requests = new java.util.concurrent.ConcurrentHashMap<>();

	LeanResults(ScoreResults results, ResultBytes bodies, ResultsBodies source, SecurityHeaderWriter headers,
			@Nullable MeterRegistry meters) {
		this.results = results;
		this.bodies = bodies;
		this.source = source;
		this.headers = headers;
		this.meters = meters;
		this.timer = (meters != null) ? Timer.builder("ita.scoring.results.lean")
			.description("Published results answered before the security filters")
			.register(meters) : null;
	}

	@Override
	public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
			throws IOException, ServletException {
		long started = System.nanoTime();
		HttpServletRequest request = (HttpServletRequest) req;
		ResultFastPath.Target requested = ResultFastPath.Target.of(request);
		if (requested == null) {
			chain.doFilter(req, res);
			return;
		}
		ResultFastPath.Target target = lean(request, requested);
		byte[] body = (target != null) ? this.bodies
			.get(target.fiscalYear(), target.agencyCode(),
					() -> this.source.body(target.fiscalYear(), target.agencyCode()))
			.orElse(null) : null;
		if (body == null) {
			int status = 500;
			try {
				chain.doFilter(req, res);
				status = ((HttpServletResponse) res).getStatus();
			}
			finally {
				record(status, started);
			}
			return;
		}
		this.headers.around(request, (HttpServletResponse) res, (q, s) -> {
			// recorded before the body goes out: a caller that has its answer finds it
			// counted
			if (this.timer != null) {
				this.timer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
			}
			ResultFastPath.write((HttpServletRequest) q, (HttpServletResponse) s, body);
		});
	}

	/**
	 * The request if this path may answer it: the default answer of a published round, no
	 * credentials.
	 */
	private ResultFastPath.@Nullable Target lean(HttpServletRequest request, ResultFastPath.Target target) {
		return (request.getHeader("Authorization") == null && this.results.isPublished(target.fiscalYear())) ? target
				: null;
	}

	private void record(int status, long started) {
		if (this.meters != null) {
			this.requests
				.computeIfAbsent(status,
						s -> Timer.builder("ita.scoring.results.requests")
							.description("Results API default answers not answered before the security filters")
							.tag("status", String.valueOf(s))
							.register(this.meters))
				.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
		}
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "ita.scoring.lean-results", matchIfMissing = true)
	static class Registration {

		/**
		 * After {@code RequestContextFilter} (-105) and the survey's lean submit (-104),
		 * before Spring Security (-100).
		 */
		static final int ORDER = OrderedFilter.REQUEST_WRAPPER_FILTER_MAX_ORDER - 103;

		@Bean
		FilterRegistrationBean<LeanResults> leanResults(ScoreResults results, ResultBytes bodies, ResultsBodies source,
				ObjectProvider<SecurityFilterChain> chains, ObjectProvider<MeterRegistry> meters) {
			FilterRegistrationBean<LeanResults> registration = new FilterRegistrationBean<>(new LeanResults(results,
					bodies, source, new SecurityHeaderWriter(chains), meters.getIfAvailable()));
			registration.addUrlPatterns(ResultFastPath.PREFIX + "*");
			registration.setOrder(ORDER);
			registration.setName("scoringLeanResults");
			return registration;
		}

		/**
		 * No HTTP server observation for the default-answer requests: this filter times
		 * them ({@code ita.scoring.results.lean} and
		 * {@code ita.scoring.results.requests}).
		 */
		@Bean
		ObservationPredicate leanResultsObservations() {
			return (name, context) -> !(context instanceof ServerRequestObservationContext server
					&& ResultFastPath.Target.of(server.getCarrier()) != null);
		}

	}

}
