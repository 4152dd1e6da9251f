package th.ita.oit.rest;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import th.ita.oit.evidence.OitTexts;
import th.ita.oit.evidence.TransitionRefusedException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A transition the item refuses in its state ({@link TransitionRefusedException}, an
 * {@link IllegalStateException}) is a 409 problem with {@code field: status}, in the
 * user's language. Everything else is answered by the web module's advice.
 */
@RestControllerAdvice(basePackageClasses = OitApiAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OitApiAdvice {

	private final OitTexts texts;

	OitApiAdvice(OitTexts texts) {
		this.texts = texts;
	}

	@ExceptionHandler(TransitionRefusedException.class)
	ResponseEntity<ProblemDetail> refused(TransitionRefusedException ex, HttpServletRequest request) {
		String detail = this.texts.transition(ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
		problem.setTitle(this.texts.get("oit.error.conflictTitle"));
		problem.setType(URI.create("about:blank"));
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("field", "status");
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
