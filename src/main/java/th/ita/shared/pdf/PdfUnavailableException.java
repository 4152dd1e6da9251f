package th.ita.shared.pdf;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * PDF rendering is not possible on this server (Chromium missing or not starting): HTTP
 * 503 with a problem document that says what to install.
 */
public class PdfUnavailableException extends ErrorResponseException {

	public PdfUnavailableException(String detail, @Nullable Throwable cause) {
		super(HttpStatus.SERVICE_UNAVAILABLE, problem(detail), cause);
	}

	private static ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
		problem.setTitle("PDF rendering unavailable");
		problem.setType(URI.create("urn:ita:problem:pdf-unavailable"));
		return problem;
	}

	@Override
	public String getMessage() {
		return String.valueOf(getBody().getDetail());
	}

}
