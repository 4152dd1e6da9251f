package th.ita.identity.rest;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import th.ita.shared.ConflictException;
import th.ita.shared.FieldException;
import th.ita.shared.NotFoundException;
import tools.jackson.databind.DatabindException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * PROVISIONAL (identity branch): RFC 9457 problems for the identity API until the web
 * module's shared advice merges; delete it then. Field errors name the field in the
 * {@code field} property (and {@code errors} for Bean Validation).
 */
@RestControllerAdvice(basePackages = "th.ita.identity")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ProvisionalIdentityProblemAdvice {

	@ExceptionHandler(FieldException.class)
	ResponseEntity<ProblemDetail> invalid(FieldException ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage(), Map.of("field", ex.field()));
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ProblemDetail> conflict(ConflictException ex) {
		return problem(HttpStatus.CONFLICT, ex.getMessage(), Map.of("field", ex.field()));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessage(), Map.of());
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> notValid(MethodArgumentNotValidException ex) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
			.toList();
		String detail = errors.stream()
			.map(e -> e.get("field") + ": " + e.get("message"))
			.collect(Collectors.joining("; "));
		String field = errors.isEmpty() ? "" : errors.get(0).get("field");
		return problem(HttpStatus.BAD_REQUEST, "Invalid request: " + detail, Map.of("field", field, "errors", errors));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		if (ex.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			String field = databind.getPath()
				.stream()
				.map(r -> (r.getPropertyName() != null) ? r.getPropertyName() : String.valueOf(r.getIndex()))
				.collect(Collectors.joining("."));
			return problem(HttpStatus.BAD_REQUEST, "Malformed value of field '" + field + "'", Map.of("field", field));
		}
		return problem(HttpStatus.BAD_REQUEST, "Malformed JSON request body", Map.of());
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, Map<String, Object> props) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		props.forEach(problem::setProperty);
		return ResponseEntity.status(status).body(problem);
	}

}
