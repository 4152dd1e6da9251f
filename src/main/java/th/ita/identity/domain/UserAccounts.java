package th.ita.identity.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import th.ita.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code identity_user}. */
@Repository
class UserAccounts {

	private final JdbcClient jdbc;

	UserAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UserPrincipal> findByUsername(String username) {
		return this.jdbc.sql("""
				select id, username, display_name, password_hash, roles, agency_code, enabled,
				       (locked_until is not null and locked_until > now()) as locked
				from identity_user where lower(username) = lower(:username)
				""").param("username", username).query(UserAccounts::principal).optional();
	}

	boolean exists(String username) {
		return this.jdbc.sql("select count(*) from identity_user where lower(username) = lower(:u)")
			.param("u", username)
			.query(Long.class)
			.single() > 0;
	}

	long insert(String username, String passwordHash, String displayName, Set<Role> roles,
			@org.jspecify.annotations.Nullable String agencyCode) {
		return this.jdbc.sql("""
				insert into identity_user (username, password_hash, display_name, roles, agency_code)
				values (:username, :hash, :displayName, cast(:roles as varchar[]), :agency)
				returning id
				""")
			.param("username", username)
			.param("hash", passwordHash)
			.param("displayName", displayName)
			.param("roles", toArrayLiteral(roles))
			.param("agency", agencyCode)
			.query(Long.class)
			.single();
	}

	static String toArrayLiteral(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().collect(java.util.stream.Collectors.joining(",", "{", "}"));
	}

	static UserPrincipal principal(ResultSet rs, int row) throws SQLException {
		return new UserPrincipal(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("password_hash"), roles(rs.getArray("roles")), rs.getString("agency_code"),
				rs.getBoolean("enabled"), rs.getBoolean("locked"));
	}

	static Set<Role> roles(Array array) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (array != null) {
			Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
		}
		return roles;
	}

}
