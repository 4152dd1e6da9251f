package th.ita.identity.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A user account to create. Checked by {@link UserAdminService}, not here, so the API and
 * the pages report the same field errors.
 *
 * @param username lowercase sign-in name
 * @param password initial password
 * @param displayName name shown to people
 * @param roles role names
 * @param agency agency code, required for agency-scoped roles
 */
public record NewUser(@Nullable String username, @Nullable String password, @Nullable String displayName,
		@Nullable List<String> roles, @Nullable String agency) {
}
