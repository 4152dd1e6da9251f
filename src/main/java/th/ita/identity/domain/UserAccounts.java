package th.ita.identity.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import th.ita.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code identity_user}. */
@Repository
class UserAccounts {

	private static final String VIEW_COLUMNS = """
			select username, display_name, roles, agency_code, enabled,
			       case when locked_until > now() then locked_until end as locked_until, created_at
			from identity_user
			""";

	private final JdbcClient jdbc;

	UserAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The columns {@link #principal} reads, of {@code identity_user u}. */
	private static final String PRINCIPAL = """
			select u.id, u.username, u.display_name, u.password_hash, u.roles, u.agency_code, u.enabled,
			       (u.locked_until is not null and u.locked_until > now()) as locked
			from identity_user u
			""";

	Optional<UserPrincipal> findByUsername(String username) {
		return this.jdbc.sql(PRINCIPAL + "where lower(u.username) = lower(:username)")
			.param("username", username)
			.query(UserAccounts::principal)
			.optional();
	}

	/**
	 * The user a live API token (its SHA-256) belongs to, read with the token in one
	 * statement (each bearer request reads it afresh: roles may have changed).
	 */
	Optional<UserPrincipal> findByToken(String tokenHash) {
		return this.jdbc.sql(PRINCIPAL + """
				join identity_api_token t on t.user_id = u.id
				where t.token_hash = :h and t.expires_at > now()""")
			.param("h", tokenHash)
			.query(UserAccounts::principal)
			.optional();
	}

	Optional<UserView> view(String username) {
		return this.jdbc.sql(VIEW_COLUMNS + " where lower(username) = lower(:u)")
			.param("u", username)
			.query(UserAccounts::view)
			.optional();
	}

	/**
	 * Users whose username or display name contains {@code text}, optionally of one
	 * agency.
	 */
	List<UserView> search(@Nullable String text, @Nullable String agencyCode, int limit) {
		String like = (text == null || text.isBlank()) ? null : "%" + escapeLike(text.trim().toLowerCase()) + "%";
		return this.jdbc.sql(VIEW_COLUMNS + """
				 where (cast(:like as text) is null or lower(username) like :like or lower(display_name) like :like)
				   and (cast(:agency as text) is null or agency_code = :agency)
				 order by username limit :limit
				""")
			.param("like", like)
			.param("agency", agencyCode)
			.param("limit", limit)
			.query(UserAccounts::view)
			.list();
	}

	boolean exists(String username) {
		return this.jdbc.sql("select count(*) from identity_user where lower(username) = lower(:u)")
			.param("u", username)
			.query(Long.class)
			.single() > 0;
	}

	long insert(String username, String passwordHash, String displayName, Set<Role> roles,
			@Nullable String agencyCode) {
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

	void updateProfile(String username, String displayName, Set<Role> roles, @Nullable String agencyCode) {
		this.jdbc.sql("""
				update identity_user set display_name = :displayName, roles = cast(:roles as varchar[]),
				       agency_code = :agency, updated_at = now(), version = version + 1
				where lower(username) = lower(:u)
				""")
			.param("displayName", displayName)
			.param("roles", toArrayLiteral(roles))
			.param("agency", agencyCode)
			.param("u", username)
			.update();
	}

	void updatePassword(String username, String passwordHash) {
		this.jdbc.sql("""
				update identity_user set password_hash = :hash, updated_at = now(), version = version + 1
				where lower(username) = lower(:u)
				""").param("hash", passwordHash).param("u", username).update();
	}

	void updateEnabled(String username, boolean enabled) {
		this.jdbc.sql("""
				update identity_user set enabled = :enabled, updated_at = now(), version = version + 1
				where lower(username) = lower(:u)
				""").param("enabled", enabled).param("u", username).update();
	}

	void unlock(String username) {
		this.jdbc.sql("""
				update identity_user set failed_attempts = 0, locked_until = null, updated_at = now()
				where lower(username) = lower(:u)
				""").param("u", username).update();
	}

	/**
	 * Counts one failed sign-in and locks the account when {@code maxAttempts} is
	 * reached. A lock that has run out starts the count afresh.
	 * @return true when this failure locked the account
	 */
	boolean recordFailure(String username, int maxAttempts, Duration lockFor) {
		this.jdbc.sql("""
				update identity_user set failed_attempts = 0, locked_until = null
				where lower(username) = lower(:u) and locked_until is not null and locked_until <= now()
				""").param("u", username).update();
		return this.jdbc.sql("""
				update identity_user set failed_attempts = failed_attempts + 1,
				       locked_until = case when failed_attempts + 1 >= :max
				                           then now() + make_interval(secs => :secs) else locked_until end
				where lower(username) = lower(:u) and (locked_until is null or locked_until <= now())
				returning failed_attempts >= :max
				""")
			.param("u", username)
			.param("max", maxAttempts)
			.param("secs", (double) lockFor.toSeconds())
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	void resetFailures(String username) {
		this.jdbc.sql("""
				update identity_user set failed_attempts = 0, locked_until = null
				where lower(username) = lower(:u) and (failed_attempts <> 0 or locked_until is not null)
				""").param("u", username).update();
	}

	static String toArrayLiteral(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().collect(java.util.stream.Collectors.joining(",", "{", "}"));
	}

	static UserPrincipal principal(ResultSet rs, int row) throws SQLException {
		return new UserPrincipal(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("password_hash"), roles(rs.getArray("roles")), rs.getString("agency_code"),
				rs.getBoolean("enabled"), rs.getBoolean("locked"));
	}

	static UserView view(ResultSet rs, int row) throws SQLException {
		return new UserView(rs.getString("username"), rs.getString("display_name"), roles(rs.getArray("roles")),
				rs.getString("agency_code"), rs.getBoolean("enabled"), instant(rs.getTimestamp("locked_until")),
				instant(rs.getTimestamp("created_at")));
	}

	static Set<Role> roles(@Nullable Array array) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (array != null) {
			Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
		}
		return roles;
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
