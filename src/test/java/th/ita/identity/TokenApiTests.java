package th.ita.identity;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.ita.identity.domain.ApiTokenService;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/auth/token}, bearer authentication and lock-out, over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TokenApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	IdentityHttp http;

	@BeforeEach
	void setUp() {
		this.http = new IdentityHttp(this.port);
	}

	@Test
	void issuesAnOpaqueTokenAndStoresOnlyItsHash() throws Exception {
		HttpResponse<String> response = this.http.tokenResponse("admin", IdentityHttp.ADMIN_PASSWORD);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = IdentityHttp.body(response);
		String token = body.get("token").asString();
		assertThat(token).matches("[A-Za-z0-9_-]{43}"); // 256 bits, base64url
		Instant expiresAt = Instant.parse(body.get("expiresAt").asString());
		assertThat(Duration.between(Instant.now(), expiresAt)).isBetween(Duration.ofHours(11), Duration.ofHours(13));
		assertThat(count("select count(*) from identity_api_token where token_hash = ?", ApiTokenService.sha256(token)))
			.isEqualTo(1);
		assertThat(count("select count(*) from identity_api_token where token_hash = ?", token)).isZero();
		assertThat(this.http.json("GET", "/api/v1/users", token, null).statusCode()).isEqualTo(200);
	}

	@Test
	void refusesMissingInvalidAndExpiredTokensWithProblemJson() throws Exception {
		HttpResponse<String> none = this.http.json("GET", "/api/v1/users", null, null);
		assertThat(none.statusCode()).isEqualTo(401);
		assertThat(none.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
		assertThat(IdentityHttp.body(none).get("status").asInt()).isEqualTo(401);

		HttpResponse<String> invalid = this.http.json("GET", "/api/v1/users", "not-a-token", null);
		assertThat(invalid.statusCode()).isEqualTo(401);
		assertThat(IdentityHttp.body(invalid).get("detail").asString()).contains("invalid or has expired");

		String token = this.http.adminToken();
		this.jdbc.sql("update identity_api_token set expires_at = now() - interval '1 second' where token_hash = ?")
			.param(ApiTokenService.sha256(token))
			.update();
		assertThat(this.http.json("GET", "/api/v1/users", token, null).statusCode()).isEqualTo(401);
	}

	/**
	 * The user is read with the token on every request: a role taken away or the account
	 * disabled counts at once for tokens issued before.
	 */
	@Test
	void aTokenFollowsItsUsersCurrentRolesAndState() throws Exception {
		this.http.createUser("token-follow", "correct-horse-battery", null, "SYSTEM_ADMIN");
		String token = this.http.token("token-follow", "correct-horse-battery");
		assertThat(this.http.json("GET", "/api/v1/users", token, null).statusCode()).isEqualTo(200);
		this.jdbc.sql("update identity_user set roles = '{EXECUTIVE}' where username = 'token-follow'").update();
		assertThat(this.http.json("GET", "/api/v1/users", token, null).statusCode()).isEqualTo(403);
		this.jdbc
			.sql("update identity_user set roles = '{SYSTEM_ADMIN}', enabled = false where username = 'token-follow'")
			.update();
		assertThat(this.http.json("GET", "/api/v1/users", token, null).statusCode()).isEqualTo(401);
	}

	@Test
	void wrongCredentialsAre401Problems() throws Exception {
		HttpResponse<String> wrong = this.http.tokenResponse("nobody-here", "whatever-password");
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(wrong.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
		assertThat(IdentityHttp.body(wrong).get("detail").asString()).contains("Wrong username or password");
	}

	@Test
	void malformedBodyIs400NamingTheField() throws Exception {
		HttpResponse<String> missing = this.http.json("POST", "/api/v1/auth/token", null, "{\"username\":\"admin\"}");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.body()).contains("password");
		assertThat(IdentityHttp.body(missing).get("field").asString()).isEqualTo("password");

		HttpResponse<String> wrongType = this.http.json("POST", "/api/v1/auth/token", null,
				"{\"username\":\"admin\",\"password\":{\"x\":1}}");
		assertThat(wrongType.statusCode()).isEqualTo(400);
		assertThat(wrongType.body()).contains("password");
	}

	@Test
	void fiveFailuresLockTheAccountAndSuccessResetsTheCount() throws Exception {
		String username = IdentityHttp.unique("lock");
		this.http.createUser(username, "correct-horse-battery", null, "ASSESSOR");
		for (int i = 0; i < 4; i++) {
			assertThat(this.http.tokenResponse(username, "wrong-password-1").statusCode()).isEqualTo(401);
		}
		// success resets the count: four more failures do not lock
		this.http.token(username, "correct-horse-battery");
		for (int i = 0; i < 4; i++) {
			assertThat(this.http.tokenResponse(username, "wrong-password-1").statusCode()).isEqualTo(401);
		}
		HttpResponse<String> fifth = this.http.tokenResponse(username, "wrong-password-1");
		assertThat(fifth.statusCode()).isEqualTo(423);
		HttpResponse<String> locked = this.http.tokenResponse(username, "correct-horse-battery");
		assertThat(locked.statusCode()).isEqualTo(423);
		assertThat(IdentityHttp.body(locked).get("detail").asString()).contains("locked");
		assertThat(count("select count(*) from identity_user where username = ? and locked_until > now()", username))
			.isEqualTo(1);

		// an administrator unlocks it
		HttpResponse<String> unlock = this.http.json("POST", "/api/v1/users/" + username + "/unlock",
				this.http.adminToken(), null);
		assertThat(unlock.statusCode()).isEqualTo(200);
		assertThat(IdentityHttp.body(unlock).get("lockedUntil").isNull()).isTrue();
		this.http.token(username, "correct-horse-battery");
	}

	@Test
	void anExpiredLockStartsTheCountAfresh() throws Exception {
		String username = IdentityHttp.unique("relock");
		this.http.createUser(username, "correct-horse-battery", null, "ASSESSOR");
		this.jdbc
			.sql("update identity_user set failed_attempts = 5, locked_until = now() - interval '1 minute' "
					+ "where username = ?")
			.param(username)
			.update();
		assertThat(this.http.tokenResponse(username, "wrong-password-1").statusCode()).isEqualTo(401);
		assertThat(count("select failed_attempts from identity_user where username = ?", username)).isEqualTo(1);
		this.http.token(username, "correct-horse-battery");
	}

	private long count(String sql, Object param) {
		return this.jdbc.sql(sql).param(param).query(Long.class).single();
	}

}
