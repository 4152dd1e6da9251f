package th.ita.survey.responses;

import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The response writer's queue is full or it is shutting down: HTTP 503 with
 * {@code Retry-After} and a problem document. Nothing was stored.
 */
public class SurveyBusyException extends ErrorResponseException {

	/** Seconds in {@code Retry-After}. */
	public static final int RETRY_SECONDS = 2;

	public SurveyBusyException(String title, String detail) {
		super(HttpStatus.SERVICE_UNAVAILABLE, problem(title, detail), null);
		getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_SECONDS));
	}

	private static ProblemDetail problem(String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
		problem.setTitle(title);
		problem.setType(URI.create("urn:ita:problem:survey-busy"));
		problem.setProperty("retryAfter", RETRY_SECONDS);
		return problem;
	}

	@Override
	public String getMessage() {
		return String.valueOf(getBody().getDetail());
	}

}
