package th.ita.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * For the API filter chain: an unauthenticated request gets 401 as
 * {@code application/problem+json}, with a {@code WWW-Authenticate: Bearer} challenge.
 */
@Component
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final MessageSource messages;

	public ProblemAuthenticationEntryPoint(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer");
		// A bearer token that was sent but is unknown or expired gets its own
		// explanation.
		String code = (authException instanceof BadCredentialsException) ? "problem.invalidToken"
				: "problem.unauthorized";
		ProblemJson.write(request, response, this.messages, HttpServletResponse.SC_UNAUTHORIZED, code);
	}

}
