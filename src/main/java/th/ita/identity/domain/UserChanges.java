package th.ita.identity.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Changes to a user account; {@code null} leaves a value as it is. An empty
 * {@code agency} removes the agency.
 *
 * @param displayName new display name
 * @param roles new role names (replace the old ones)
 * @param agency new agency code, or "" for none
 * @param enabled enable or disable the account
 * @param password new password
 */
public record UserChanges(@Nullable String displayName, @Nullable List<String> roles, @Nullable String agency,
		@Nullable Boolean enabled, @Nullable String password) {
}
