package th.ita.survey.rest;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import th.ita.survey.responses.BadSubmissionException;
import th.ita.survey.responses.SurveyValidationException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem documents of the survey API that the shared advice does not cover: 422 with
 * every invalid item in {@code errors: [{field, message}]}, 400 for an unreadable body
 * and 413 for one over 64 KB.
 */
@RestControllerAdvice(assignableTypes = SurveyRestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SurveyProblemAdvice {

	private final MessageSource messages;

	SurveyProblemAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(SurveyValidationException.class)
	ResponseEntity<ProblemDetail> invalid(SurveyValidationException ex, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "problem.field",
				text("survey.error.invalid", ex.errors().size()), request);
		problem.setProperty("field", ex.errors().isEmpty() ? null : ex.errors().get(0).field());
		problem.setProperty("errors", List.copyOf(ex.errors()));
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

	@ExceptionHandler(BadSubmissionException.class)
	ResponseEntity<ProblemDetail> unreadable(BadSubmissionException ex, HttpServletRequest request) {
		HttpStatus status = HttpStatus.valueOf(ex.status());
		ProblemDetail problem = problem(status,
				(status == HttpStatus.CONTENT_TOO_LARGE) ? "problem.tooLarge" : "problem.unreadable",
				String.valueOf(ex.getMessage()), request);
		if (ex.field() != null) {
			problem.setProperty("field", ex.field());
			problem.setProperty("errors",
					List.of(new SurveyValidationException.FieldError(ex.field(), String.valueOf(ex.getMessage()))));
		}
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

	private ProblemDetail problem(HttpStatus status, String code, String detail, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(text(code + ".title"));
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
	}

}
