package th.ita.identity.domain;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Username and password sign-in for both the login form and the token endpoint: checks
 * the password (bcrypt), counts failures and locks the account, and returns a principal
 * without its password hash (that is what the session stores).
 */
@Component
public class LockoutAuthenticationProvider implements AuthenticationProvider {

	/** Message of the exception thrown for a locked account. */
	public static final String LOCKED = "The account is locked after repeated failed sign-ins. "
			+ "Try again later or ask an administrator to unlock it.";

	private final DaoAuthenticationProvider delegate;

	private final LoginAttempts attempts;

	LockoutAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginAttempts attempts) {
		this.delegate = new DaoAuthenticationProvider(users);
		this.delegate.setPasswordEncoder(encoder);
		this.attempts = attempts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		Authentication result;
		try {
			result = this.delegate.authenticate(authentication);
		}
		catch (LockedException ex) {
			throw new LockedException(LOCKED, ex);
		}
		catch (BadCredentialsException ex) {
			if (username != null && !username.isBlank() && this.attempts.failed(username)) {
				throw new LockedException(LOCKED, ex);
			}
			throw ex;
		}
		UserPrincipal principal = ((UserPrincipal) result.getPrincipal()).withoutPassword();
		this.attempts.succeeded(principal.username());
		UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(principal,
				null, principal.getAuthorities());
		signedIn.setDetails(authentication.getDetails());
		return signedIn;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
