package th.ita;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Principals for tests that need a signed-in user without going through a login (use with
 * MockMvc's {@code authentication(...)} post-processor).
 */
public final class TestPrincipals {

	private TestPrincipals() {
	}

	public record TestPrincipal(String username, Set<Role> roles, @Nullable String agencyCode) implements ItaPrincipal {
	}

	public static Authentication admin() {
		return authentication("admin", null, Role.SYSTEM_ADMIN);
	}

	public static Authentication agencyAdmin(String agencyCode) {
		return authentication("agency-admin-" + agencyCode.toLowerCase(), agencyCode, Role.AGENCY_ADMIN);
	}

	public static Authentication agencyEditor(String agencyCode) {
		return authentication("agency-editor-" + agencyCode.toLowerCase(), agencyCode, Role.AGENCY_EDITOR);
	}

	public static Authentication authentication(String username, @Nullable String agencyCode, Role... roles) {
		Set<Role> set = EnumSet.noneOf(Role.class);
		set.addAll(java.util.List.of(roles));
		Collection<GrantedAuthority> authorities = set.stream()
			.map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
			.collect(Collectors.toList());
		return UsernamePasswordAuthenticationToken.authenticated(new TestPrincipal(username, set, agencyCode), null,
				authorities);
	}

}
