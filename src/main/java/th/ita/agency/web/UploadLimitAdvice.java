package th.ita.agency.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import th.ita.agency.domain.AgencyImporter;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over {@code spring.servlet.multipart.max-file-size} fails while the request
 * is parsed, before any controller is chosen, so this advice cannot be limited to the
 * agency controllers. The agency import page gets a redirect to a clear message;
 * everything else gets the 413 problem that Spring Boot would give anyway.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

	static final String IMPORT_PAGE = "/admin/agencies/import";

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<?> tooLarge(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals(IMPORT_PAGE)) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER)
				.location(URI.create(request.getContextPath() + IMPORT_PAGE + "?tooLarge"))
				.build();
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
				"The file is larger than 5 MB (" + AgencyImporter.MAX_BYTES + " bytes).");
		problem.setTitle("File too large");
		problem.setProperty("maxBytes", AgencyImporter.MAX_BYTES);
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
