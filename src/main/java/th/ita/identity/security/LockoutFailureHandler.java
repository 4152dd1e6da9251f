package th.ita.identity.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Failed form sign-in: {@code /login?locked} for a locked account, else {@code ?error}.
 */
final class LockoutFailureHandler implements AuthenticationFailureHandler {

	static final LockoutFailureHandler INSTANCE = new LockoutFailureHandler();

	private final RedirectStrategy redirects = new DefaultRedirectStrategy();

	private LockoutFailureHandler() {
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		this.redirects.sendRedirect(request, response,
				(exception instanceof LockedException) ? "/login?locked" : "/login?error");
	}

}
