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
 */
final class LeanResults implements Filter {

	private final ScoreResults results;

	private final ResultBytes bodies;

	private final ResultsBodies source;

	private final SecurityHeaderWriter headers;

	private final @Nullable Timer timer;

	LeanResults(ScoreResults results, ResultBytes bodies, ResultsBodies source, SecurityHeaderWriter headers,
			@Nullable MeterRegistry meters) {
		this.results = results;
		this.bodies = bodies;
		this.source = source;
		this.headers = headers;
		this.timer = (meters != null) ? Timer.builder("ita.scoring.results.lean")
			.description("Published results answered before the security filters")
			.register(meters) : null;
	}

	@Override
	public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
			throws IOException, ServletException {
		long started = System.nanoTime();
		HttpServletRequest request = (HttpServletRequest) req;
		ResultFastPath.Target target = target(request);
		byte[] body = (target != null) ? this.bodies
			.get(target.fiscalYear(), target.agencyCode(),
					() -> this.source.body(target.fiscalYear(), target.agencyCode()))
			.orElse(null) : null;
		if (body == null) {
			chain.doFilter(req, res);
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
	 * A request this path may answer: the default answer of a published round, no
	 * credentials.
	 */
	private ResultFastPath.@Nullable Target target(HttpServletRequest request) {
		if (request.getHeader("Authorization") != null) {
			return null;
		}
		ResultFastPath.Target target = ResultFastPath.Target.of(request);
		return (target != null && this.results.isPublished(target.fiscalYear())) ? target : null;
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
		 * No HTTP server observation for the requests of published rounds that this path
		 * answers (decided before it runs: an agency without a result, which goes on to a
		 * 404, is not observed either).
		 */
		@Bean
		ObservationPredicate leanResultsObservations(ScoreResults results) {
			return (name, context) -> !(context instanceof ServerRequestObservationContext server
					&& server.getCarrier().getHeader("Authorization") == null && published(results, server));
		}

		private static boolean published(ScoreResults results, ServerRequestObservationContext server) {
			ResultFastPath.Target target = ResultFastPath.Target.of(server.getCarrier());
			return target != null && results.isPublished(target.fiscalYear());
		}

	}

}
