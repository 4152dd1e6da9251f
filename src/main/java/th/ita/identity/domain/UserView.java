package th.ita.identity.domain;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import th.ita.shared.Role;

/**
 * A user account as admins and the API see it, and as the audit trail records it: never
 * the password hash.
 *
 * @param username the sign-in name
 * @param displayName the name shown to people
 * @param roles the roles granted
 * @param agency the agency code for agency-scoped users, or {@code null}
 * @param enabled false when an admin disabled the account
 * @param lockedUntil until when repeated failed sign-ins lock the account, or
 * {@code null}
 * @param createdAt when the account was created
 */
public record UserView(String username, String displayName, Set<Role> roles, @Nullable String agency, boolean enabled,
		@Nullable Instant lockedUntil, @Nullable Instant createdAt) {

	public boolean locked() {
		return this.lockedUntil != null;
	}

}
