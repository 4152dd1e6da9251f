package th.ita.survey.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes the access code of a QR link ({@code /s/...?code=K7QM-3XPA-9RTC}) out of the
 * request before anything can log it: the code moves to a request attribute, and the
 * query string and parameters that Spring Security, the dispatcher and the language
 * switch see no longer carry it. Runs before every other filter.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class QrCodeParameterFilter extends OncePerRequestFilter {

	static final String ATTRIBUTE = QrCodeParameterFilter.class.getName() + ".code";

	static final String PARAMETER = "code";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !path.startsWith("/s/") || request.getQueryString() == null
				|| !request.getQueryString().contains(PARAMETER + "=");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String code = request.getParameter(PARAMETER);
		if (code != null) {
			request.setAttribute(ATTRIBUTE, code);
		}
		chain.doFilter(new WithoutCode(request), response);
	}

	/** The code of the QR link, if the request had one. */
	static @Nullable String code(HttpServletRequest request) {
		return (request.getAttribute(ATTRIBUTE) instanceof String code) ? code : null;
	}

	private static final class WithoutCode extends HttpServletRequestWrapper {

		WithoutCode(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable String getQueryString() {
			String query = super.getQueryString();
			if (query == null) {
				return null;
			}
			String kept = java.util.Arrays.stream(query.split("&"))
				.filter(p -> !p.equals(PARAMETER) && !p.startsWith(PARAMETER + "="))
				.collect(Collectors.joining("&"));
			return kept.isEmpty() ? null : kept;
		}

		@Override
		public @Nullable String getParameter(String name) {
			return PARAMETER.equals(name) ? null : super.getParameter(name);
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			Map<String, String[]> map = new LinkedHashMap<>(super.getParameterMap());
			map.remove(PARAMETER);
			return Collections.unmodifiableMap(map);
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(getParameterMap().keySet());
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			return PARAMETER.equals(name) ? null : super.getParameterValues(name);
		}

	}

}
