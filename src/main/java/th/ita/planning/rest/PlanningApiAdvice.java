package th.ita.planning.rest;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import th.ita.planning.domain.PayloadTooLargeException;
import th.ita.planning.domain.PlanTexts;
import th.ita.planning.domain.PlanTransitionException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A transition the plan refuses is a 409 naming {@code status}, with the plan's
 * {@code state} and the refused {@code action}; an image over the cap a 413 naming
 * {@code file}. Everything else is answered by the web module's advice.
 */
@RestControllerAdvice(basePackageClasses = PlanningApiAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlanningApiAdvice {

	private final PlanTexts texts;

	PlanningApiAdvice(PlanTexts texts) {
		this.texts = texts;
	}

	@ExceptionHandler(PlanTransitionException.class)
	ResponseEntity<ProblemDetail> refused(PlanTransitionException ex, HttpServletRequest request) {
		ResponseEntity<ProblemDetail> response = problem(HttpStatus.CONFLICT, this.texts.transition(ex), "status",
				request);
		ProblemDetail body = response.getBody();
		if (body != null) {
			body.setProperty("state", ex.status().name());
			body.setProperty("action", ex.action());
		}
		return response;
	}

	@ExceptionHandler(PayloadTooLargeException.class)
	ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException ex, HttpServletRequest request) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, String.valueOf(ex.getMessage()), "file", request);
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, String field,
			HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(this.texts.get("planning.error.title." + status.value()));
		problem.setType(URI.create("about:blank"));
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("field", field);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
