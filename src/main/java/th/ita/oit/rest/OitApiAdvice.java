package th.ita.oit.rest;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import th.ita.oit.evidence.EvidenceSheet;
import th.ita.oit.evidence.ImportRejectedException;
import th.ita.oit.evidence.ImportTooLargeException;
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
 * user's language; a refused bulk import is a 422 listing its row errors, a file too
 * large a 413. Everything else is answered by the web module's advice.
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

	/**
	 * A bulk import with bad rows: 422 with every error (line, column, code, message).
	 */
	@ExceptionHandler(ImportRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(ImportRejectedException ex, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				this.texts.get("oit.import.rejected", ex.errors().size()));
		problem.setTitle(this.texts.get("oit.import.rejectedTitle"));
		problem.setType(URI.create("about:blank"));
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("field", "file");
		List<ImportErrorJson> errors = ex.errors()
			.stream()
			.map(e -> new ImportErrorJson(e.line(), e.column(), e.code(),
					this.texts.get(e.messageKey(), e.args().toArray())))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@ExceptionHandler(ImportTooLargeException.class)
	ResponseEntity<ProblemDetail> tooLarge(ImportTooLargeException ex, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				this.texts.get("oit.import.tooLarge", EvidenceSheet.MAX_BYTES));
		problem.setTitle(this.texts.get("oit.import.tooLargeTitle"));
		problem.setType(URI.create("about:blank"));
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("field", "file");
		problem.setProperty("maxBytes", EvidenceSheet.MAX_BYTES);
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/** One row error of a refused import. */
	record ImportErrorJson(int line, @org.jspecify.annotations.Nullable String column, String code, String message) {
	}

}
