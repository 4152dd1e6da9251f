package th.ita.framework.rest;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import th.ita.framework.domain.FrameworkError;
import th.ita.framework.domain.FrameworkRejectedException;
import th.ita.framework.domain.FrameworkYaml;

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
 * RFC 9457 problems for a rejected framework file: 422 (invalid), 400 (YAML that does not
 * parse) or 413 (too large), each with {@code errors: [{path, message, ...}]}.
 */
@RestControllerAdvice(basePackageClasses = FrameworkRestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class FrameworkApiAdvice {

	private final MessageSource messages;

	FrameworkApiAdvice(MessageSource messages) {
		this.messages = messages;
	}

	/** One problem in a problem's {@code errors}. */
	record Error(String path, String code, String message, @Nullable Integer line, @Nullable Integer column) {
	}

	@ExceptionHandler(FrameworkRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(FrameworkRejectedException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		HttpStatus status = switch (ex.kind()) {
			case MALFORMED -> HttpStatus.BAD_REQUEST;
			case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
			case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
		};
		String kind = ex.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage("framework.api.errors-detail", new Object[] { ex.errors().size() }, locale));
		problem.setTitle(this.messages.getMessage("framework.api." + kind, null, kind, locale));
		problem.setType(URI.create("about:blank"));
		List<Error> errors = ex.errors().stream().map(e -> error(e, locale)).toList();
		problem.setProperty("errors", errors);
		if (ex.kind() == FrameworkRejectedException.Kind.TOO_LARGE) {
			problem.setProperty("maxBytes", FrameworkYaml.MAX_BYTES);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private Error error(FrameworkError e, Locale locale) {
		return new Error(e.path(), e.code(),
				this.messages.getMessage(e.messageKey(), e.args().toArray(), e.code(), locale), e.line(), e.column());
	}

}
