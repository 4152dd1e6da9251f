package th.ita.identity.domain;

import java.time.Duration;
import java.util.Map;

import th.ita.audit.AuditTrail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account lock-out: after {@code ita.identity.lockout.max-attempts} failed sign-ins in a
 * row the account is locked for {@code ita.identity.lockout.duration}; a successful
 * sign-in resets the count.
 */
@Service
public class LoginAttempts {

	private final UserAccounts accounts;

	private final AuditTrail audit;

	private final int maxAttempts;

	private final Duration lockFor;

	LoginAttempts(UserAccounts accounts, AuditTrail audit,
			@Value("${ita.identity.lockout.max-attempts:5}") int maxAttempts,
			@Value("${ita.identity.lockout.duration:15m}") Duration lockFor) {
		this.accounts = accounts;
		this.audit = audit;
		this.maxAttempts = maxAttempts;
		this.lockFor = lockFor;
	}

	/**
	 * Counts a failed sign-in (in its own transaction, so it sticks).
	 * @return true when this failure locked the account
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean failed(String username) {
		boolean locked = this.accounts.recordFailure(username, this.maxAttempts, this.lockFor);
		if (locked) {
			this.audit.record("user.locked", "user", username.toLowerCase(), null,
					Map.of("reason", "failed sign-ins", "attempts", this.maxAttempts));
		}
		return locked;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String username) {
		this.accounts.resetFailures(username);
	}

	public int maxAttempts() {
		return this.maxAttempts;
	}

	public Duration lockDuration() {
		return this.lockFor;
	}

}
