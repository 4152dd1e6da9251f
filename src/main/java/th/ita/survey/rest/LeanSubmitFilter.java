package th.ita.survey.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import th.ita.survey.responses.SubmissionReader;
import th.ita.survey.responses.SurveyForms;
import th.ita.web.SecurityHeaderWriter;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The lean path of {@code POST
 * /api/v1/rounds/{fiscalYear}/surveys/{instrument}/{agencyCode}/responses}: a servlet
 * filter after the survey rate-limit filter and before Spring Security that answers the
 * submission itself, without MVC's handler lookup, the HTTP observation or the rest of
 * the security chain (the endpoint is public and stateless). It calls the same
 * {@link SubmissionReader} and {@link SurveyForms#submit} as
 * {@link SurveyRestController}; the security chain's own header writers write the
 * response headers; an error is handed to MVC's exception resolvers as if
 * {@link SurveyRestController} had thrown it, so every problem document is the one the
 * controller's advice writes. Requests it is not sure about (a query string, an
 * {@code Authorization} header, an encoded or non-numeric path) go the normal way.
 */
final class LeanSubmitFilter implements Filter {

	private static final String PREFIX = "/api/v1/rounds/";

	private static final String SURVEYS = "/surveys/";

	private static final String SUFFIX = "/responses";

	/**
	 * The parsed path, kept on the request (the observation predicate parses it first).
	 */
	private static final String TARGET = LeanSubmitFilter.class.getName() + ".target";

	private static final byte[] RECEIPT_START = "{\"receipt\":\"".getBytes(StandardCharsets.US_ASCII);

	private final SurveyForms forms;

	private final SubmissionReader reader;

	private final LocaleResolver locales;

	private final HandlerExceptionResolver errors;

	private final HandlerMethod handler;

	private final SecurityHeaderWriter headers;

	private final SubmitMetrics metrics;

	LeanSubmitFilter(SurveyForms forms, SubmissionReader reader, LocaleResolver locales,
			HandlerExceptionResolver errors, HandlerMethod handler, SecurityHeaderWriter headers,
			SubmitMetrics metrics) {
		this.forms = forms;
		this.reader = reader;
		this.locales = locales;
		this.errors = errors;
		this.handler = handler;
		this.headers = headers;
		this.metrics = metrics;
	}

	@Override
	public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
			throws IOException, ServletException {
		if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)) {
			chain.doFilter(req, res);
			return;
		}
		Target target = target(request);
		if (target == null) {
			chain.doFilter(request, response);
			return;
		}
		this.headers.around(request, response,
				(q, s) -> submit(target, (HttpServletRequest) q, (HttpServletResponse) s));
	}

	private void submit(Target target, HttpServletRequest request, HttpServletResponse response)
			throws IOException, ServletException {
		long started = System.nanoTime();
		LocaleContext previousLocale = LocaleContextHolder.getLocaleContext();
		Locale locale = this.locales.resolveLocale(request);
		LocaleContextHolder.setLocale(locale);
		boolean ownAttributes = RequestContextHolder.getRequestAttributes() == null;
		if (ownAttributes) {
			RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, response));
		}
		try {
			String receipt = this.forms.submit(target.fiscalYear(), target.instrument(), target.agencyCode(),
					this.reader.read(request.getContentLengthLong(), request.getInputStream()));
			byte[] body = body(receipt);
			response.setStatus(HttpServletResponse.SC_CREATED);
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setContentLength(body.length);
			// Counted before the body goes out: the client may read the meter as soon as
			// it has its answer.
			this.metrics.stored(System.nanoTime() - started);
			response.getOutputStream().write(body);
		}
		catch (RuntimeException ex) {
			this.metrics.rejected(System.nanoTime() - started);
			ModelAndView handled;
			try {
				handled = this.errors.resolveException(request, response, this.handler, ex);
			}
			catch (RuntimeException unresolved) {
				throw new ServletException(unresolved);
			}
			if (handled == null) {
				throw ex;
			}
		}
		finally {
			if (ownAttributes) {
				RequestContextHolder.resetRequestAttributes();
			}
			LocaleContextHolder.setLocaleContext(previousLocale);
		}
	}

	private static byte[] body(String receipt) {
		byte[] text = receipt.getBytes(StandardCharsets.US_ASCII);
		byte[] body = new byte[RECEIPT_START.length + text.length + 2];
		System.arraycopy(RECEIPT_START, 0, body, 0, RECEIPT_START.length);
		System.arraycopy(text, 0, body, RECEIPT_START.length, text.length);
		body[body.length - 2] = '"';
		body[body.length - 1] = '}';
		return body;
	}

	/**
	 * The path's variables when this filter should answer the request, else null: a POST
	 * without query string or credentials to exactly the submit path, with plain segments
	 * and a numeric year that fits an {@code int}.
	 */
	static @Nullable Target target(HttpServletRequest request) {
		Object known = request.getAttribute(TARGET);
		if (known != null) {
			return (known instanceof Target target) ? target : null;
		}
		Target target = parse(request);
		request.setAttribute(TARGET, (target != null) ? target : Boolean.FALSE);
		return target;
	}

	private static @Nullable Target parse(HttpServletRequest request) {
		if (!"POST".equals(request.getMethod()) || request.getQueryString() != null
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			return null;
		}
		String uri = request.getRequestURI();
		int start = request.getContextPath().length();
		if (!uri.startsWith(PREFIX, start) || !uri.endsWith(SUFFIX)) {
			return null;
		}
		int year = start + PREFIX.length();
		int yearEnd = uri.indexOf('/', year);
		if (yearEnd < 0 || !uri.startsWith(SURVEYS, yearEnd)) {
			return null;
		}
		int instrument = yearEnd + SURVEYS.length();
		int instrumentEnd = uri.indexOf('/', instrument);
		int end = uri.length() - SUFFIX.length();
		if (instrumentEnd < 0 || instrumentEnd >= end) {
			return null;
		}
		String fiscalYear = uri.substring(year, yearEnd);
		String instrumentName = uri.substring(instrument, instrumentEnd);
		String agencyCode = uri.substring(instrumentEnd + 1, end);
		if (!digits(fiscalYear) || !plain(instrumentName) || !plain(agencyCode)) {
			return null;
		}
		return new Target(Integer.parseInt(fiscalYear), instrumentName, agencyCode);
	}

	private static boolean plain(String segment) {
		if (segment.isEmpty() || segment.chars().allMatch(c -> c == '.')) {
			return false;
		}
		for (int i = 0; i < segment.length(); i++) {
			char c = segment.charAt(i);
			boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
					|| c == '_' || c == '.';
			if (!ok) {
				return false;
			}
		}
		return true;
	}

	private static boolean digits(String segment) {
		if (segment.isEmpty() || segment.length() > 9) {
			return false;
		}
		for (int i = 0; i < segment.length(); i++) {
			if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	record Target(int fiscalYear, String instrument, String agencyCode) {
	}

}
