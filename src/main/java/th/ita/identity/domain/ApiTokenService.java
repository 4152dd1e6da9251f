package th.ita.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for the JSON API: 256 random bits, handed out once; only their SHA-256 is
 * stored. They expire after {@code ita.identity.token-ttl} (12 hours by default).
 */
@Service
public class ApiTokenService {

	private final SecureRandom random = new SecureRandom();

	private final ApiTokens tokens;

	private final UserAccounts accounts;

	private final Duration ttl;

	ApiTokenService(ApiTokens tokens, UserAccounts accounts, @Value("${ita.identity.token-ttl:12h}") Duration ttl) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.ttl = ttl;
	}

	/** A new token for a signed-in user. */
	@Transactional
	public IssuedToken issue(UserPrincipal user) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant expiresAt = Clock.systemUTC().instant().plus(this.ttl).truncatedTo(ChronoUnit.SECONDS);
		this.tokens.deleteExpired();
		this.tokens.insert(sha256(token), user.id(), expiresAt);
		return new IssuedToken(token, expiresAt);
	}

	/**
	 * The enabled user a live token belongs to, read afresh (roles may have changed) in
	 * one statement without a transaction (it runs on every bearer request).
	 */
	public Optional<UserPrincipal> authenticate(String token) {
		if (token.isBlank() || token.length() > 200) {
			return Optional.empty();
		}
		return this.accounts.findByToken(sha256(token))
			.filter(UserPrincipal::enabled)
			.map(UserPrincipal::withoutPassword);
	}

	public static String sha256(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A token as handed out once.
	 *
	 * @param token the opaque bearer token
	 * @param expiresAt when it stops working
	 */
	public record IssuedToken(String token, Instant expiresAt) {
	}

}
