package th.ita.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.ita.shared.ConflictException;
import th.ita.shared.FieldException;
import th.ita.shared.NotFoundException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details ({@code application/problem+json}) for every error of a
 * {@code @RestController}. Validation problems name the field: {@code errors: [{field,
 * message}]} for Bean Validation, {@code field} for {@link FieldException} and
 * {@link ConflictException}. An unexpected exception becomes a generic 500 that reveals
 * nothing about it (it is logged). Spring Security's exceptions are rethrown so that the
 * security filter chain answers 401/403.
 */
@RestControllerAdvice(annotations = RestController.class)
// Last but one: a module's own advice (e.g. an import report) answers first; the page
// advice, which has no selector, comes after.
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

	ApiProblemAdvice(MessageSource messageSource) {
		setMessageSource(messageSource);
	}

	/** One invalid input: the field (JSON property or request parameter) and why. */
	record FieldProblem(String field, String message) {
	}

	@ExceptionHandler(FieldException.class)
	ResponseEntity<ProblemDetail> fieldException(FieldException ex, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "problem.field", ex.getMessage(), request);
		problem.setProperty("field", ex.field());
		problem.setProperty("errors", List.of(new FieldProblem(ex.field(), message(ex))));
		return response(problem);
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ProblemDetail> conflict(ConflictException ex, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "problem.conflict", ex.getMessage(), request);
		problem.setProperty("field", ex.field());
		return response(problem);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex, HttpServletRequest request) {
		return response(problem(HttpStatus.NOT_FOUND, "problem.notFound", ex.getMessage(), request));
	}

	/** Let Spring Security's {@code ExceptionTranslationFilter} answer 401 or 403. */
	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void security(RuntimeException ex) {
		throw ex;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return response(problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.internal", null, request));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = new ArrayList<>();
		ex.getBindingResult()
			.getFieldErrors()
			.forEach(e -> errors.add(new FieldProblem(e.getField(), String.valueOf(e.getDefaultMessage()))));
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(e -> errors.add(new FieldProblem(e.getObjectName(), String.valueOf(e.getDefaultMessage()))));
		return validation(errors, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = new ArrayList<>();
		for (ParameterValidationResult result : ex.getParameterValidationResults()) {
			String name = String.valueOf(result.getMethodParameter().getParameterName());
			result.getResolvableErrors()
				.forEach(e -> errors.add(new FieldProblem(name, String.valueOf(e.getDefaultMessage()))));
		}
		return validation(errors, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = jsonField(ex);
		if (field == null) {
			return body(problem(HttpStatus.BAD_REQUEST, "problem.unreadable", null, request));
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.unreadableField", null, request, field);
		problem.setProperty("field", field);
		problem.setProperty("errors", List.of(new FieldProblem(field, problem.getDetail())));
		return body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
			MissingServletRequestParameterException ex, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		return parameter(ex.getParameterName(), "problem.missingParameter", request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return parameter(String.valueOf(ex.getPropertyName()), "problem.typeMismatch", request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return body(problem(HttpStatus.CONTENT_TOO_LARGE, "problem.tooLarge", null, request));
	}

	/**
	 * The JSON property a body could not be read at (e.g. a wrong type), if Jackson says.
	 */
	static @Nullable String jsonField(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof tools.jackson.databind.DatabindException databind && !databind.getPath().isEmpty()) {
				StringBuilder path = new StringBuilder();
				for (var reference : databind.getPath()) {
					if (reference.getPropertyName() != null) {
						path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
					}
					else if (reference.getIndex() >= 0) {
						path.append('[').append(reference.getIndex()).append(']');
					}
				}
				return path.isEmpty() ? null : path.toString();
			}
		}
		return null;
	}

	private ResponseEntity<Object> validation(List<FieldProblem> errors, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.validation", null, request);
		if (!errors.isEmpty()) {
			problem.setProperty("field", errors.get(0).field());
		}
		problem.setProperty("errors", errors);
		return body(problem);
	}

	private ResponseEntity<Object> parameter(String name, String code, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, code, null, request, name);
		problem.setProperty("field", name);
		problem.setProperty("errors", List.of(new FieldProblem(name, problem.getDetail())));
		return body(problem);
	}

	private ProblemDetail problem(HttpStatus status, String code, @Nullable String detail, WebRequest request,
			Object... args) {
		String path = (request instanceof ServletWebRequest servlet) ? servlet.getRequest().getRequestURI() : null;
		return problem(status, code, detail, path, args);
	}

	private ProblemDetail problem(HttpStatus status, String code, @Nullable String detail, HttpServletRequest request) {
		return problem(status, code, detail, request.getRequestURI());
	}

	private ProblemDetail problem(HttpStatus status, String code, @Nullable String detail, @Nullable String path,
			Object... args) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				(detail != null) ? detail : text(code + ".detail", args));
		problem.setTitle(text(code + ".title"));
		if (path != null) {
			problem.setInstance(URI.create(path));
		}
		return problem;
	}

	private String text(String code, Object... args) {
		MessageSource messages = getMessageSource();
		return (messages != null) ? messages.getMessage(code, args, code, LocaleContextHolder.getLocale()) : code;
	}

	private static String message(RuntimeException ex) {
		return String.valueOf(ex.getMessage());
	}

	private static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

	private static ResponseEntity<Object> body(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

}
