package th.ita.scoring.results;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * The results API's default answer ({@code GET /api/v1/rounds/{fy}/results/{code}}
 * without parameters) written straight from {@link ResultBytes}, after Spring Security
 * (authentication, security headers) and before the MVC dispatch: the handler lookup
 * across every mapping, argument resolution and the message converters were most of the
 * request's CPU in the benchmark's profile. The body goes out compressed to callers who
 * accept GZIP, else inflated. It answers only when the caller may read the result
 * ({@link ResultsAccess#mayRead}, the same rule as the controller) and it is there;
 * everything else (other methods, parameters, 404s, other media types) goes on to
 * {@link ResultsRestController}, which gives the same body or the ProblemDetail.
 */
final class ResultFastPath implements Filter {

	static final String PREFIX = "/api/v1/rounds/";

	static final String PATTERN = "/api/v1/rounds/{fiscalYear}/results/{agencyCode}";

	private final ResultsAccess access;

	private final ResultBytes bodies;

	private final ResultsBodies source;

	ResultFastPath(ResultsAccess access, ResultBytes bodies, ResultsBodies source) {
		this.access = access;
		this.bodies = bodies;
		this.source = source;
	}

	@Override
	public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) req;
		Target target = Target.of(request);
		byte[] body = (target != null && this.access.mayRead(target.fiscalYear(), target.agencyCode())) ? body(target)
				: null;
		if (body == null) {
			chain.doFilter(req, res);
			return;
		}
		ServerHttpObservationFilter.findObservationContext(request).ifPresent(c -> c.setPathPattern(PATTERN));
		write(request, (HttpServletResponse) res, body);
	}

	private byte @Nullable [] body(Target target) {
		return this.bodies
			.get(target.fiscalYear(), target.agencyCode(),
					() -> this.source.body(target.fiscalYear(), target.agencyCode()))
			.orElse(null);
	}

	/**
	 * Writes a cached body: compressed to callers who accept GZIP, else inflated.
	 */
	static void write(HttpServletRequest request, HttpServletResponse response, byte[] body) throws IOException {
		response.setStatus(200);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.addHeader("Vary", "Accept-Encoding");
		String encodings = request.getHeader("Accept-Encoding");
		if (encodings != null && encodings.contains("gzip")) {
			response.setHeader("Content-Encoding", "gzip");
		}
		else {
			body = Gzip.inflate(body);
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/**
	 * A request for the default answer: {@code GET} of the pattern's path with plain
	 * digits and an ASCII code, no query string, accepting JSON.
	 */
	record Target(int fiscalYear, String agencyCode) {

		static @Nullable Target of(HttpServletRequest request) {
			if (!"GET".equals(request.getMethod()) || request.getQueryString() != null || !acceptsJson(request)) {
				return null;
			}
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (!path.startsWith(PREFIX)) {
				return null;
			}
			int slash = path.indexOf('/', PREFIX.length());
			if (slash < 0 || !path.startsWith("/results/", slash)) {
				return null;
			}
			String year = path.substring(PREFIX.length(), slash);
			String code = path.substring(slash + "/results/".length());
			if (year.isEmpty() || year.length() > 4 || !year.chars().allMatch(Character::isDigit) || code.isEmpty()
					|| !code.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_'))) {
				return null;
			}
			return new Target(Integer.parseInt(year), code);
		}

	}

	private static boolean acceptsJson(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return accept == null || accept.contains("application/json") || accept.contains("*/*")
				|| accept.contains("application/*");
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		/** After Spring Security's filter chain (order -100), before the dispatch. */
		static final int ORDER = 0;

		@Bean
		FilterRegistrationBean<ResultFastPath> resultFastPath(ResultsAccess access, ResultBytes bodies,
				ResultsBodies source) {
			FilterRegistrationBean<ResultFastPath> registration = new FilterRegistrationBean<>(
					new ResultFastPath(access, bodies, source));
			registration.addUrlPatterns(PREFIX + "*");
			registration.setOrder(ORDER);
			registration.setName("scoringResultFastPath");
			return registration;
		}

	}

}
