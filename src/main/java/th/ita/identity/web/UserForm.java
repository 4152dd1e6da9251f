package th.ita.identity.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import th.ita.identity.domain.NewUser;
import th.ita.identity.domain.UserChanges;
import th.ita.identity.domain.UserView;

/**
 * The user form of the admin pages (create and edit). The rules are checked by the
 * service, which names the offending field.
 */
class UserForm {

	private @Nullable String username;

	private @Nullable String password;

	private @Nullable String displayName;

	private List<String> roles = new ArrayList<>();

	private @Nullable String agency;

	static UserForm of(UserView user) {
		UserForm form = new UserForm();
		form.username = user.username();
		form.displayName = user.displayName();
		form.roles = new ArrayList<>(user.roles().stream().map(Enum::name).toList());
		form.agency = user.agency();
		return form;
	}

	NewUser toNewUser() {
		return new NewUser(trim(this.username), this.password, this.displayName, this.roles, trim(this.agency));
	}

	/** Blank password means "keep it"; blank agency means "none". */
	UserChanges toChanges() {
		String newPassword = (this.password == null || this.password.isEmpty()) ? null : this.password;
		String agencyCode = (this.agency == null) ? "" : this.agency.trim();
		return new UserChanges(this.displayName, this.roles, agencyCode, null, newPassword);
	}

	private static @Nullable String trim(@Nullable String value) {
		return (value == null) ? null : value.trim();
	}

	public @Nullable String getUsername() {
		return this.username;
	}

	public void setUsername(@Nullable String username) {
		this.username = username;
	}

	public @Nullable String getPassword() {
		return this.password;
	}

	public void setPassword(@Nullable String password) {
		this.password = password;
	}

	public @Nullable String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(@Nullable String displayName) {
		this.displayName = displayName;
	}

	public List<String> getRoles() {
		return this.roles;
	}

	public void setRoles(@Nullable List<String> roles) {
		this.roles = (roles != null) ? roles : new ArrayList<>();
	}

	public @Nullable String getAgency() {
		return this.agency;
	}

	public void setAgency(@Nullable String agency) {
		this.agency = agency;
	}

}
