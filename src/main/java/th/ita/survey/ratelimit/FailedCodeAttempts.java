package th.ita.survey.ratelimit;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Marks the current request as a failed access-code attempt (an unknown or used code).
 * {@link SurveyRateLimitFilter} counts it against the client's guessing limit when the
 * request is done. The mark is a request attribute: the domain code never sees the
 * client's address. Outside a request this does nothing.
 */
public final class FailedCodeAttempts {

	static final String ATTRIBUTE = FailedCodeAttempts.class.getName();

	private FailedCodeAttempts() {
	}

	public static void record() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(ATTRIBUTE, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
		}
	}

}
