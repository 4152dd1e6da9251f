package th.ita.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * For the API filter chain: a forbidden request gets 403 as
 * {@code application/problem+json}.
 */
@Component
public class ProblemAccessDeniedHandler implements AccessDeniedHandler {

	private final MessageSource messages;

	public ProblemAccessDeniedHandler(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		ProblemJson.write(request, response, this.messages, HttpServletResponse.SC_FORBIDDEN, "problem.forbidden");
	}

}
