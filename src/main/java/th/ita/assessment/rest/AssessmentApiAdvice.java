package th.ita.assessment.rest;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import th.ita.assessment.domain.UnknownAgenciesException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problems of the assessment API that carry more than one field: a rejected
 * history file (row by row) and unknown agency codes. Everything else is answered by the
 * web module's advice.
 */
@RestControllerAdvice(basePackageClasses = AssessmentApiAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AssessmentApiAdvice {

	private final MessageSource messages;

	AssessmentApiAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(HistoryRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(HistoryRejectedException ex, HttpServletRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = problem(
				this.messages.getMessage("assessment.history.failed", new Object[] { ex.errors().size() }, locale),
				request);
		problem.setProperty("errors",
				ex.errors()
					.stream()
					.map(e -> new RoundJson.ImportProblem(e.line(), e.column(), e.code(),
							this.messages.getMessage(e.messageKey(), e.args().toArray(), e.code(), locale)))
					.toList());
		return response(problem);
	}

	@ExceptionHandler(UnknownAgenciesException.class)
	ResponseEntity<ProblemDetail> unknownAgencies(UnknownAgenciesException ex, HttpServletRequest request) {
		ProblemDetail problem = problem(String.valueOf(ex.getMessage()), request);
		problem.setProperty("field", ex.field());
		problem.setProperty("unknown", ex.codes());
		problem.setProperty("errors",
				List.of(new RoundJson.ImportProblem(0, ex.field(), "unknown-agency", String.valueOf(ex.getMessage()))));
		return response(problem);
	}

	private ProblemDetail problem(String detail, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, detail);
		problem.setTitle(this.messages.getMessage("problem.field.title", null, "Invalid input",
				LocaleContextHolder.getLocale()));
		problem.setType(URI.create("about:blank"));
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

	private static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
