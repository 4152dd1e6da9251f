package th.ita.agency.rest;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import th.ita.agency.domain.AgencyImporter;
import th.ita.agency.domain.AgencyValidationException;
import th.ita.agency.domain.ImportError;
import th.ita.agency.domain.PayloadTooLargeException;

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

/** RFC 9457 problems for the agency API. */
@RestControllerAdvice(basePackageClasses = AgencyRestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AgencyApiAdvice {

	private final MessageSource messages;

	AgencyApiAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ImportRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(ImportRejectedException ex) {
		return withErrors(ex.errors(), "agency.api.import-rejected");
	}

	@ExceptionHandler(AgencyValidationException.class)
	ResponseEntity<ProblemDetail> invalid(AgencyValidationException ex) {
		return withErrors(ex.errors(), "agency.api.invalid");
	}

	@ExceptionHandler(PayloadTooLargeException.class)
	ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException ex) {
		return tooLarge();
	}

	/** A 413 problem: the import file is over {@link AgencyImporter#MAX_BYTES}. */
	static ResponseEntity<ProblemDetail> tooLarge() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
				"The file is larger than 5 MB (" + AgencyImporter.MAX_BYTES + " bytes).");
		problem.setTitle("File too large");
		problem.setProperty("maxBytes", AgencyImporter.MAX_BYTES);
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private ResponseEntity<ProblemDetail> withErrors(List<ImportError> errors, String titleKey) {
		Locale locale = LocaleContextHolder.getLocale();
		ResponseEntity<ProblemDetail> response = problem(HttpStatus.UNPROCESSABLE_CONTENT, titleKey,
				this.messages.getMessage("agency.api.errors-detail", new Object[] { errors.size() }, locale));
		List<AgencyResponses.Error> list = errors.stream()
			.map(e -> new AgencyResponses.Error(e.line(), e.column(), e.code(),
					this.messages.getMessage(e.messageKey(), e.args().toArray(), e.code(), locale)))
			.toList();
		response.getBody().setProperty("errors", list);
		return response;
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String titleKey, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(this.messages.getMessage(titleKey, null, titleKey, LocaleContextHolder.getLocale()));
		problem.setType(URI.create("about:blank"));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
