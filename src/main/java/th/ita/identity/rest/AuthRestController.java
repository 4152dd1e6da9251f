package th.ita.identity.rest;

import java.net.URI;
import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import th.ita.identity.domain.ApiTokenService;
import th.ita.identity.domain.LockoutAuthenticationProvider;
import th.ita.identity.domain.UserPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/auth/token}: username and password in, an opaque bearer token out.
 * Failed attempts count towards the account lock, as on the login form.
 */
@RestController
@RequestMapping("/api/v1/auth")
class AuthRestController {

	private final LockoutAuthenticationProvider passwords;

	private final ApiTokenService tokens;

	AuthRestController(LockoutAuthenticationProvider passwords, ApiTokenService tokens) {
		this.passwords = passwords;
		this.tokens = tokens;
	}

	@PostMapping("/token")
	TokenResponse token(@Valid @RequestBody TokenRequest request) {
		Authentication signedIn = this.passwords
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()));
		ApiTokenService.IssuedToken issued = this.tokens.issue((UserPrincipal) signedIn.getPrincipal());
		return new TokenResponse(issued.token(), issued.expiresAt());
	}

	@ExceptionHandler(LockedException.class)
	ResponseEntity<ProblemDetail> locked(LockedException ex) {
		return problem(HttpStatus.LOCKED, "Account locked", LockoutAuthenticationProvider.LOCKED);
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ProblemDetail> failed(AuthenticationException ex) {
		return problem(HttpStatus.UNAUTHORIZED, "Sign-in failed",
				"Wrong username or password, or the account is disabled");
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setInstance(URI.create("/api/v1/auth/token"));
		return ResponseEntity.status(status).body(problem);
	}

	record TokenRequest(@NotBlank @Nullable String username, @NotNull @NotBlank @Nullable String password) {
	}

	record TokenResponse(String token, Instant expiresAt) {
	}

}
