package th.ita.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.ita.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Error pages for page controllers: a missing resource is the 404 page, an upload over
 * the size limit is the 413 page. {@link ApiProblemAdvice} comes first for
 * {@code @RestController}s. An oversize upload is detected before any handler is chosen,
 * so an {@code /api/} request gets its problem document here.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(PageErrorAdvice.class);

	private final SiteProperties site;

	private final MessageSource messages;

	PageErrorAdvice(SiteProperties site, MessageSource messages) {
		this.site = site;
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex, HttpServletRequest request) {
		log.debug("Not found: {} ({})", request.getRequestURI(), ex.getMessage());
		return page("error/404", HttpStatus.NOT_FOUND, request);
	}

	/** No controller and no static file matched: the API answers in problem JSON too. */
	@ExceptionHandler(NoResourceFoundException.class)
	ModelAndView noSuchPath(NoResourceFoundException ex, HttpServletRequest request) {
		if (isApi(request)) {
			View problem = (model, req, res) -> ProblemJson.write(req, res, this.messages, HttpStatus.NOT_FOUND.value(),
					"problem.notFound");
			return new ModelAndView(problem);
		}
		return page("error/404", HttpStatus.NOT_FOUND, request);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		log.info("Upload too large: {} (limit {})", request.getRequestURI(), ex.getMaxUploadSize());
		if (isApi(request)) {
			View problem = (model, req, res) -> ProblemJson.write(req, res, this.messages,
					HttpStatus.CONTENT_TOO_LARGE.value(), "problem.tooLarge");
			return new ModelAndView(problem);
		}
		return page("error/413", HttpStatus.CONTENT_TOO_LARGE, request);
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	private ModelAndView page(String view, HttpStatus status, HttpServletRequest request) {
		// @ModelAttribute methods do not run for exception handlers: give the layout its
		// model here.
		Map<String, Object> model = Map.of("currentPath", LayoutModelAdvice.pathOf(request), "site", this.site,
				"status", status.value());
		return new ModelAndView(view, model, status);
	}

}
