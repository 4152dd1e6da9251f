package th.ita.agency.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On Tomcat an upload over {@code spring.servlet.multipart.max-file-size} already fails
 * in Spring Security's CSRF filter (it reads the {@code _csrf} parameter, which parses
 * the multipart body), long before any controller. For the agency import page this filter
 * parses the upload first and, when it is too large, sends the browser back to the page
 * with a clear message instead of a bare error page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitFilter extends OncePerRequestFilter {

	static final String IMPORT_PAGE = "/admin/agencies/import";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return !"POST".equals(request.getMethod()) || contentType == null
				|| !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
				|| !IMPORT_PAGE.equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParts();
		}
		catch (IllegalStateException | ServletException | IOException ex) {
			if (isSizeLimit(ex)) {
				response.setStatus(HttpStatus.SEE_OTHER.value());
				response.setHeader("Location", request.getContextPath() + IMPORT_PAGE + "?tooLarge");
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean isSizeLimit(@Nullable Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			String name = t.getClass().getSimpleName();
			String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
			if (name.contains("SizeLimitExceeded") || name.contains("SizeException")
					|| message.contains("exceeds its maximum") || message.contains("maximum permitted size")) {
				return true;
			}
		}
		return false;
	}

}
