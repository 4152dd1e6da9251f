package th.ita.integrity.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import th.ita.integrity.domain.RegisterFrozenException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A change to a frozen register is a 409 naming {@code status}, with the document, its
 * fiscal year and its {@code state} (APPROVED or PUBLISHED). Everything else is answered
 * by the web module's advice.
 */
@RestControllerAdvice(basePackageClasses = IntegrityApiAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class IntegrityApiAdvice {

	@ExceptionHandler(RegisterFrozenException.class)
	ResponseEntity<ProblemDetail> frozen(RegisterFrozenException ex, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Conflict");
		problem.setType(URI.create("about:blank"));
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("field", ex.field());
		problem.setProperty("state", ex.state().name());
		problem.setProperty("document", ex.document().name());
		problem.setProperty("fiscalYear", ex.fiscalYear());
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
