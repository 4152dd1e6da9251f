package th.ita.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * For a servlet filter that answers a request before Spring Security (a lean path): the
 * header writer of the security filter chain that would have answered it, found once on
 * the first request, so that the lean response carries the same security headers. Every
 * request a lean path answers must match the same chain.
 */
public final class SecurityHeaderWriter {

	private final ObjectProvider<SecurityFilterChain> chains;

	private volatile @Nullable List<Filter> found;

	public SecurityHeaderWriter(ObjectProvider<SecurityFilterChain> chains) {
		this.chains = chains;
	}

	/**
	 * Runs the answer inside the chain's header writer (or alone when the chain has
	 * none).
	 */
	public void around(HttpServletRequest request, HttpServletResponse response, FilterChain answer)
			throws IOException, ServletException {
		Filter writer = writer(request);
		if (writer == null) {
			answer.doFilter(request, response);
		}
		else {
			writer.doFilter(request, response, answer);
		}
	}

	private @Nullable Filter writer(HttpServletRequest request) {
		List<Filter> writer = this.found;
		if (writer == null) {
			writer = this.chains.orderedStream()
				.filter(chain -> chain.matches(request))
				.findFirst()
				.map(chain -> chain.getFilters()
					.stream()
					.filter(HeaderWriterFilter.class::isInstance)
					.limit(1)
					.toList())
				.orElse(List.of());
			this.found = writer;
		}
		return writer.isEmpty() ? null : writer.get(0);
	}

}
