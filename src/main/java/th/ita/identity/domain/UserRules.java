package th.ita.identity.domain;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import th.ita.shared.Role;

/** Pure checks of usernames, passwords, display names, roles and agency scope. */
final class UserRules {

	static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,63}$");

	static final int MIN_PASSWORD = 10;

	/** bcrypt reads at most 72 bytes. */
	static final int MAX_PASSWORD_BYTES = 72;

	private UserRules() {
	}

	static String username(@Nullable String username) {
		if (username == null || !USERNAME.matcher(username).matches()) {
			throw new InvalidUserException("username", "identity.error.username.format",
					"Username must be 3 to 64 characters: lowercase letters, digits, '.', '_' or '-', "
							+ "starting with a letter or digit");
		}
		return username;
	}

	static String password(@Nullable String password, String username) {
		if (password == null || password.length() < MIN_PASSWORD) {
			throw new InvalidUserException("password", "identity.error.password.short",
					"Password is too weak: it must have at least " + MIN_PASSWORD + " characters", MIN_PASSWORD);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			throw new InvalidUserException("password", "identity.error.password.long",
					"Password is too long: at most " + MAX_PASSWORD_BYTES + " bytes", MAX_PASSWORD_BYTES);
		}
		if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			throw new InvalidUserException("password", "identity.error.password.username",
					"Password is too weak: it must not contain the username");
		}
		return password;
	}

	static String displayName(@Nullable String displayName) {
		if (displayName == null || displayName.isBlank()) {
			throw new InvalidUserException("displayName", "identity.error.displayName.required",
					"Display name is required");
		}
		if (displayName.strip().length() > 200) {
			throw new InvalidUserException("displayName", "identity.error.displayName.long",
					"Display name is too long: at most 200 characters");
		}
		return displayName.strip();
	}

	static Set<Role> roles(@Nullable Collection<String> names) {
		if (names == null || names.isEmpty()) {
			throw new InvalidUserException("roles", "identity.error.roles.required", "At least one role is required");
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : names) {
			try {
				roles.add(Role.valueOf(String.valueOf(name).trim().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidUserException("roles", "identity.error.roles.unknown",
						"Unknown role '" + name + "'; known roles: " + EnumSet.allOf(Role.class), name);
			}
		}
		return roles;
	}

	/**
	 * The normalised agency code, checked against the roles (existence is not checked).
	 */
	static @Nullable String agency(@Nullable String agency, Set<Role> roles) {
		String code = (agency == null || agency.isBlank()) ? null : agency.trim().toUpperCase(Locale.ROOT);
		boolean scoped = roles.stream().anyMatch(Role::isAgencyScoped);
		if (scoped && code == null) {
			throw new InvalidUserException("agency", "identity.error.agency.required",
					"Agency is required for the roles AGENCY_ADMIN and AGENCY_EDITOR");
		}
		if (code != null && !scoped && !roles.contains(Role.EXECUTIVE)) {
			throw new InvalidUserException("agency", "identity.error.agency.notAllowed",
					"Only agency staff and executives belong to an agency");
		}
		return code;
	}

}
