package th.ita.identity.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import th.ita.agency.AgencyDirectory;
import th.ita.audit.AuditTrail;
import th.ita.shared.ConflictException;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.NotFoundException;
import th.ita.shared.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managing user accounts. A system administrator manages everyone; an agency
 * administrator manages the agency staff (AGENCY_ADMIN, AGENCY_EDITOR) of their own
 * agency only; nobody else manages users. Every change is audited in its transaction.
 */
@Service
public class UserAdminService {

	static final int MAX_RESULTS = 500;

	private final UserAccounts accounts;

	private final ApiTokens tokens;

	private final PasswordEncoder encoder;

	private final AgencyDirectory agencies;

	private final AuditTrail audit;

	UserAdminService(UserAccounts accounts, ApiTokens tokens, PasswordEncoder encoder, AgencyDirectory agencies,
			AuditTrail audit) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.encoder = encoder;
		this.agencies = agencies;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<UserView> search(ItaPrincipal actor, @Nullable String text) {
		if (actor.isSystemAdmin()) {
			return this.accounts.search(text, null, MAX_RESULTS);
		}
		return this.accounts.search(text, ownAgency(actor), MAX_RESULTS);
	}

	@Transactional(readOnly = true)
	public UserView get(ItaPrincipal actor, String username) {
		return visible(actor, username);
	}

	@Transactional
	public UserView create(ItaPrincipal actor, NewUser user) {
		String username = UserRules.username(user.username());
		String password = UserRules.password(user.password(), username);
		String displayName = UserRules.displayName(user.displayName());
		Set<Role> roles = UserRules.roles(user.roles());
		mayGrant(actor, roles);
		String requestedAgency = user.agency();
		if (!actor.isSystemAdmin() && (requestedAgency == null || requestedAgency.isBlank())) {
			requestedAgency = ownAgency(actor);
		}
		String agency = checkAgency(UserRules.agency(requestedAgency, roles));
		mayManage(actor, roles, agency);
		if (this.accounts.exists(username)) {
			throw new ConflictException("username", "A user named '" + username + "' already exists");
		}
		this.accounts.insert(username, this.encoder.encode(password), displayName, roles, agency);
		UserView created = this.accounts.view(username).orElseThrow();
		this.audit.record("user.created", "user", username, null, created);
		return created;
	}

	@Transactional
	public UserView update(ItaPrincipal actor, String username, UserChanges changes) {
		UserView before = visible(actor, username);
		String name = before.username();
		String displayName = (changes.displayName() != null) ? UserRules.displayName(changes.displayName())
				: before.displayName();
		Set<Role> roles = (changes.roles() != null) ? UserRules.roles(changes.roles()) : before.roles();
		mayGrant(actor, roles);
		String agency = (changes.agency() != null) ? changes.agency() : before.agency();
		agency = UserRules.agency(agency, roles);
		if (!Objects.equals(agency, before.agency())) {
			checkAgency(agency);
		}
		mayManage(actor, roles, agency);
		if (name.equals(actor.username()) && before.roles().contains(Role.SYSTEM_ADMIN)
				&& !roles.contains(Role.SYSTEM_ADMIN)) {
			throw new InvalidUserException("roles", "identity.error.roles.self",
					"You cannot remove your own SYSTEM_ADMIN role");
		}
		String password = (changes.password() != null) ? UserRules.password(changes.password(), name) : null;
		boolean profileChanged = !displayName.equals(before.displayName()) || !roles.equals(before.roles())
				|| !Objects.equals(agency, before.agency());
		if (profileChanged) {
			this.accounts.updateProfile(name, displayName, roles, agency);
			if (!roles.equals(before.roles()) || !Objects.equals(agency, before.agency())) {
				signOutElsewhere(actor, name);
			}
			this.audit.record("user.updated", "user", name, before, this.accounts.view(name).orElseThrow());
		}
		if (password != null) {
			this.accounts.updatePassword(name, this.encoder.encode(password));
			this.tokens.deleteForUser(name);
			signOutElsewhere(actor, name);
			this.audit.record("user.password.changed", "user", name, null, Map.of("passwordChanged", true));
		}
		if (changes.enabled() != null && changes.enabled() != before.enabled()) {
			changeEnabled(actor, name, changes.enabled());
		}
		return this.accounts.view(name).orElseThrow();
	}

	@Transactional
	public UserView setEnabled(ItaPrincipal actor, String username, boolean enabled) {
		UserView before = visible(actor, username);
		mayManage(actor, before.roles(), before.agency());
		if (before.enabled() != enabled) {
			changeEnabled(actor, before.username(), enabled);
		}
		return this.accounts.view(before.username()).orElseThrow();
	}

	@Transactional
	public UserView unlock(ItaPrincipal actor, String username) {
		UserView before = visible(actor, username);
		mayManage(actor, before.roles(), before.agency());
		this.accounts.unlock(before.username());
		UserView after = this.accounts.view(before.username()).orElseThrow();
		this.audit.record("user.unlocked", "user", before.username(), before, after);
		return after;
	}

	private void changeEnabled(ItaPrincipal actor, String username, boolean enabled) {
		if (!enabled && username.equals(actor.username())) {
			throw new InvalidUserException("enabled", "identity.error.enabled.self", "You cannot disable yourself");
		}
		UserView before = this.accounts.view(username).orElseThrow();
		this.accounts.updateEnabled(username, enabled);
		if (!enabled) {
			this.tokens.deleteForUser(username);
			this.tokens.deleteSessionsOf(username);
		}
		this.audit.record(enabled ? "user.enabled" : "user.disabled", "user", username, before,
				this.accounts.view(username).orElseThrow());
	}

	/** Sessions keep a copy of the roles: sign the user out so new roles take effect. */
	private void signOutElsewhere(ItaPrincipal actor, String username) {
		if (!username.equals(actor.username())) {
			this.tokens.deleteSessionsOf(username);
		}
	}

	/** The user, if it exists and the actor may manage users at all and see this one. */
	private UserView visible(ItaPrincipal actor, String username) {
		String agency = actor.isSystemAdmin() ? null : ownAgency(actor);
		return this.accounts.view(username)
			.filter(u -> agency == null || agency.equals(u.agency()))
			.orElseThrow(() -> new NotFoundException("No user named '" + username + "'"));
	}

	/** The agency of an agency administrator; anyone else may not manage users. */
	private static String ownAgency(ItaPrincipal actor) {
		String agency = actor.agencyCode();
		if (!actor.hasRole(Role.AGENCY_ADMIN) || agency == null) {
			throw new AccessDeniedException("Only administrators manage users");
		}
		return agency;
	}

	private static void mayManage(ItaPrincipal actor, Set<Role> roles, @Nullable String agency) {
		if (actor.isSystemAdmin()) {
			return;
		}
		mayGrant(actor, roles);
		if (!ownAgency(actor).equals(agency)) {
			throw new AccessDeniedException("Agency administrators manage users of their own agency only");
		}
	}

	private static void mayGrant(ItaPrincipal actor, Set<Role> roles) {
		if (actor.isSystemAdmin()) {
			return;
		}
		ownAgency(actor);
		if (!roles.stream().allMatch(Role::isAgencyScoped)) {
			throw new AccessDeniedException("Agency administrators grant only AGENCY_ADMIN and AGENCY_EDITOR");
		}
	}

	private @Nullable String checkAgency(@Nullable String agency) {
		if (agency != null && !this.agencies.exists(agency)) {
			throw new InvalidUserException("agency", "identity.error.agency.unknown", "Unknown agency '" + agency + "'",
					agency);
		}
		return agency;
	}

}
