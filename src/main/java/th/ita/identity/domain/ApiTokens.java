package th.ita.identity.domain;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code identity_api_token} (SHA-256 hashes only). */
@Repository
class ApiTokens {

	private final JdbcClient jdbc;

	ApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(String tokenHash, long userId, Instant expiresAt) {
		this.jdbc.sql("insert into identity_api_token (token_hash, user_id, expires_at) values (:h, :u, :e)")
			.param("h", tokenHash)
			.param("u", userId)
			.param("e", java.sql.Timestamp.from(expiresAt))
			.update();
	}

	void deleteForUser(String username) {
		this.jdbc.sql("""
				delete from identity_api_token
				where user_id = (select id from identity_user where lower(username) = lower(:u))
				""").param("u", username).update();
	}

	void deleteExpired() {
		this.jdbc.sql("delete from identity_api_token where expires_at <= now()").update();
	}

	/** Signs a user out everywhere: removes their Spring Session rows. */
	void deleteSessionsOf(String username) {
		this.jdbc.sql("delete from identity_session where principal_name = :u").param("u", username).update();
	}

}
