package th.ita.survey.ratelimit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Rate limits of the public survey endpoints, per client address. It runs after Spring's
 * {@code ForwardedHeaderFilter} ({@code server.forward-headers-strategy=framework}), so
 * {@link HttpServletRequest#getRemoteAddr()} is the client behind a trusted proxy, and
 * before Spring Security. A client that has used up its failed code attempts gets 429 on
 * every guarded path; a POST also takes a submission token. 429 carries
 * {@code Retry-After} and a problem document (API) or a short Thai and English page. The
 * address is hashed at once and never logged.
 */
public class SurveyRateLimitFilter extends OncePerRequestFilter {

	private final SurveyRateLimiter limiter;

	private final List<PathPattern> paths;

	private final MessageSource messages;

	private final @Nullable LocaleResolver locales;

	public SurveyRateLimitFilter(SurveyRateLimiter limiter, MessageSource messages, @Nullable LocaleResolver locales) {
		this.limiter = limiter;
		this.messages = messages;
		this.locales = locales;
		this.paths = limiter.properties().paths().stream().map(PathPatternParser.defaultInstance::parse).toList();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!this.limiter.properties().enabled()) {
			return true;
		}
		PathContainer path = PathContainer.parsePath(path(request));
		return this.paths.stream().noneMatch(p -> p.matches(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String client = this.limiter.clientKey(String.valueOf(request.getRemoteAddr()));
		Optional<Duration> wait = this.limiter.guessingBlocked(client);
		if (wait.isEmpty() && "POST".equals(request.getMethod())) {
			wait = this.limiter.trySubmission(client);
		}
		if (wait.isPresent()) {
			tooManyRequests(request, response, wait.get());
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (Boolean.TRUE.equals(request.getAttribute(FailedCodeAttempts.ATTRIBUTE))) {
				this.limiter.recordFailedCode(client);
			}
		}
	}

	private void tooManyRequests(HttpServletRequest request, HttpServletResponse response, Duration wait)
			throws IOException {
		long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (path(request).startsWith("/api/")) {
			Locale locale = (this.locales != null) ? this.locales.resolveLocale(request) : request.getLocale();
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":" + quote(text("survey.rateLimit.title", locale))
						+ ",\"status\":429,\"detail\":" + quote(text("survey.rateLimit.detail", locale, seconds))
						+ ",\"instance\":" + quote(request.getRequestURI()) + ",\"retryAfter\":" + seconds + "}");
		}
		else {
			Locale th = Locale.forLanguageTag("th");
			response.setContentType(MediaType.TEXT_HTML_VALUE);
			response.getWriter()
				.write("<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"utf-8\">"
						+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
						+ "<link rel=\"stylesheet\" href=\"/css/ita.css\"><title>"
						+ html(text("survey.rateLimit.title", th)) + "</title></head><body><main class=\"container\">"
						+ "<h1>" + html(text("survey.rateLimit.title", th)) + "</h1><p>"
						+ html(text("survey.rateLimit.detail", th, seconds)) + "</p><h2 lang=\"en\">"
						+ html(text("survey.rateLimit.title", Locale.ENGLISH)) + "</h2><p lang=\"en\">"
						+ html(text("survey.rateLimit.detail", Locale.ENGLISH, seconds)) + "</p></main></body></html>");
		}
		response.getWriter().flush();
	}

	private String text(String code, Locale locale, Object... args) {
		return this.messages.getMessage(code, args, code, locale);
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	private static String html(String text) {
		return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
	}

	static String quote(String text) {
		StringBuilder out = new StringBuilder(text.length() + 2).append('"');
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.append('"').toString();
	}

}
