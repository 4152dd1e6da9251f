package th.ita.shared;

import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What every module may know about the signed-in user, without depending on the identity
 * module: username, roles and, for agency-scoped roles, the agency code.
 */
public interface ItaPrincipal {

	String username();

	/** The name people read; the username when none is known. */
	default String displayName() {
		return username();
	}

	Set<Role> roles();

	/** The agency this user is scoped to, or {@code null} for national users. */
	@Nullable String agencyCode();

	default boolean hasRole(Role role) {
		return roles().contains(role);
	}

	default boolean isSystemAdmin() {
		return hasRole(Role.SYSTEM_ADMIN);
	}

	/** True when this user may see data of the given agency. */
	default boolean canSeeAgency(String code) {
		return isSystemAdmin() || agencyCode() == null && hasRole(Role.EXECUTIVE) || code.equals(agencyCode());
	}

	/** The principal of the current request, if a user is signed in. */
	static Optional<ItaPrincipal> current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof ItaPrincipal principal) {
			return Optional.of(principal);
		}
		return Optional.empty();
	}

}
