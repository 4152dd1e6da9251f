package th.ita.identity.domain;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.Role;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security and the other modules see it. */
public record UserPrincipal(long id, String username, String displayName, @Nullable String passwordHash,
		Set<Role> roles, @Nullable String agencyCode, boolean enabled,
		boolean locked) implements ItaPrincipal, UserDetails, java.io.Serializable {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).collect(Collectors.toSet());
	}

	@Override
	public @Nullable String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	/** The same principal without its password hash, as kept in the session. */
	public UserPrincipal withoutPassword() {
		return new UserPrincipal(this.id, this.username, this.displayName, null, this.roles, this.agencyCode,
				this.enabled, this.locked);
	}

}
