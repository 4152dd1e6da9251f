package th.ita.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload to a page over {@code spring.servlet.multipart.max-file-size} (or
 * {@code max-request-size}) is the 413 page. Without this filter Tomcat's multipart
 * parsing fails inside Spring Security's CSRF filter (it reads the {@code _csrf}
 * parameter, which parses the body); the failure leaves no parameters, so the browser got
 * a CSRF 403 instead. This filter runs before security, parses the parts of every
 * multipart POST to a page and, when a size limit is exceeded, answers 413 through the
 * error page ({@code templates/error/413.html}) without running the rest of the chain:
 * the request is refused before anything reads it, so skipping the CSRF check there is
 * harmless. {@code /api/} requests are left alone: their multipart resolution fails in
 * the dispatcher and {@link PageErrorAdvice} answers a problem document. Pages may still
 * apply smaller limits of their own in the controller (and show them on the page).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UploadSizeFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(UploadSizeFilter.class);

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"POST".equals(request.getMethod()) || contentType == null
				|| !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/") || path.startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParts();
		}
		catch (IllegalStateException | ServletException | IOException ex) {
			if (isSizeLimit(ex)) {
				log.info("Upload too large: {}", request.getRequestURI());
				response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
				return;
			}
			// another parse problem: the handler reports it (no file)
		}
		chain.doFilter(request, response);
	}

	/** Whether a multipart failure is a size limit (Tomcat wraps FileUpload's). */
	static boolean isSizeLimit(@Nullable Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			String name = t.getClass().getSimpleName();
			String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
			if (name.contains("SizeLimitExceeded") || name.contains("SizeException")
					|| message.contains("exceeds its maximum") || message.contains("maximum permitted size")) {
				return true;
			}
		}
		return false;
	}

}
