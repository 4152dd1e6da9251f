package th.ita.identity;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/v1/users} over real HTTP with real bearer tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UserApiTests {

	static final String PASSWORD = "correct-horse-battery";

	@LocalServerPort
	int port;

	IdentityHttp http;

	String admin;

	@BeforeEach
	void setUp() throws Exception {
		this.http = new IdentityHttp(this.port);
		this.admin = this.http.adminToken();
	}

	@Test
	void createsAUserWithoutEverReturningTheHash() throws Exception {
		String username = IdentityHttp.unique("somchai");
		HttpResponse<String> response = post(this.admin, Map.of("username", username, "password", PASSWORD,
				"displayName", "สมชาย ใจดี", "roles", List.of("AGENCY_EDITOR"), "agency", "1101"));
		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/users/" + username));
		JsonNode user = IdentityHttp.body(response);
		assertThat(user.get("username").asString()).isEqualTo(username);
		assertThat(user.get("displayName").asString()).isEqualTo("สมชาย ใจดี");
		assertThat(user.get("roles").get(0).asString()).isEqualTo("AGENCY_EDITOR");
		assertThat(user.get("agency").asString()).isEqualTo("1101");
		assertThat(user.get("enabled").asBoolean()).isTrue();
		assertThat(response.body()).doesNotContain("bcrypt")
			.doesNotContain(PASSWORD)
			.doesNotContainIgnoringCase("hash");

		HttpResponse<String> list = this.http.json("GET", "/api/v1/users?q=" + username, this.admin, null);
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(IdentityHttp.body(list)).hasSize(1);
		assertThat(list.body()).doesNotContain("bcrypt");
		// the new user can sign in
		this.http.token(username, PASSWORD);
	}

	@Test
	void duplicateUsernameIs409() throws Exception {
		String username = IdentityHttp.unique("dup");
		this.http.createUser(username, PASSWORD, null, "ASSESSOR");
		HttpResponse<String> again = post(this.admin, Map.of("username", username, "password", PASSWORD, "displayName",
				"Again", "roles", List.of("ASSESSOR")));
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(IdentityHttp.body(again).get("field").asString()).isEqualTo("username");
	}

	@Test
	void validationNamesTheField() throws Exception {
		assertInvalid(
				Map.of("username", "Bad Name", "password", PASSWORD, "displayName", "x", "roles", List.of("ASSESSOR")),
				"username");
		assertInvalid(Map.of("username", "ab", "password", PASSWORD, "displayName", "x", "roles", List.of("ASSESSOR")),
				"username");
		String ok = IdentityHttp.unique("valid");
		assertInvalid(Map.of("username", ok, "password", "short1", "displayName", "x", "roles", List.of("ASSESSOR")),
				"password");
		assertInvalid(Map.of("username", ok, "password", "my-" + ok + "-pass", "displayName", "x", "roles",
				List.of("ASSESSOR")), "password");
		assertInvalid(
				Map.of("username", ok, "password", PASSWORD, "displayName", "x", "roles", List.of("AGENCY_EDITOR")),
				"agency");
		assertInvalid(Map.of("username", ok, "password", PASSWORD, "displayName", "x", "roles", List.of("WIZARD")),
				"roles");
		assertInvalid(Map.of("username", ok, "password", PASSWORD, "displayName", "x", "roles", List.of("AGENCY_ADMIN"),
				"agency", "no such agency!"), "agency");
		assertInvalid(Map.of("username", ok, "password", PASSWORD, "displayName", " ", "roles", List.of("ASSESSOR")),
				"displayName");
		HttpResponse<String> weak = post(this.admin,
				Map.of("username", ok, "password", "short1", "displayName", "x", "roles", List.of("ASSESSOR")));
		assertThat(IdentityHttp.body(weak).get("detail").asString()).contains("Password is too weak");
	}

	@Test
	void patchesProfileRolesAgencyEnabledAndPassword() throws Exception {
		String username = IdentityHttp.unique("patch");
		this.http.createUser(username, PASSWORD, "1101", "AGENCY_EDITOR");
		String userToken = this.http.token(username, PASSWORD);

		HttpResponse<String> patched = patch(this.admin, username,
				Map.of("displayName", "ชื่อใหม่", "roles", List.of("AGENCY_ADMIN"), "agency", "1201"));
		assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
		JsonNode user = IdentityHttp.body(patched);
		assertThat(user.get("displayName").asString()).isEqualTo("ชื่อใหม่");
		assertThat(user.get("roles").get(0).asString()).isEqualTo("AGENCY_ADMIN");
		assertThat(user.get("agency").asString()).isEqualTo("1201");

		HttpResponse<String> weak = patch(this.admin, username, Map.of("password", "tiny"));
		assertThat(weak.statusCode()).isEqualTo(422);
		assertThat(IdentityHttp.body(weak).get("field").asString()).isEqualTo("password");

		assertThat(patch(this.admin, username, Map.of("password", "a-brand-new-secret")).statusCode()).isEqualTo(200);
		assertThat(this.http.tokenResponse(username, PASSWORD).statusCode()).isEqualTo(401);
		// a password change revokes the user's tokens
		assertThat(this.http.json("GET", "/api/v1/users", userToken, null).statusCode()).isEqualTo(401);
		userToken = this.http.token(username, "a-brand-new-secret");

		HttpResponse<String> disabled = patch(this.admin, username, Map.of("enabled", false));
		assertThat(disabled.statusCode()).isEqualTo(200);
		assertThat(IdentityHttp.body(disabled).get("enabled").asBoolean()).isFalse();
		assertThat(this.http.json("GET", "/api/v1/users", userToken, null).statusCode()).isEqualTo(401);
		assertThat(this.http.tokenResponse(username, "a-brand-new-secret").statusCode()).isEqualTo(401);

		assertThat(patch(this.admin, username, Map.of("enabled", true)).statusCode()).isEqualTo(200);
		this.http.token(username, "a-brand-new-secret");
	}

	@Test
	void unknownUserIs404() throws Exception {
		assertThat(patch(this.admin, "no-such-user", Map.of("displayName", "x")).statusCode()).isEqualTo(404);
		assertThat(this.http.json("GET", "/api/v1/users/no-such-user", this.admin, null).statusCode()).isEqualTo(404);
	}

	@Test
	void agencyAdminsManageOnlyTheStaffOfTheirOwnAgency() throws Exception {
		String agencyAdmin = IdentityHttp.unique("aa");
		String ownEditor = IdentityHttp.unique("own");
		String otherEditor = IdentityHttp.unique("other");
		this.http.createUser(agencyAdmin, PASSWORD, "5001", "AGENCY_ADMIN");
		this.http.createUser(ownEditor, PASSWORD, "5001", "AGENCY_EDITOR");
		this.http.createUser(otherEditor, PASSWORD, "5002", "AGENCY_EDITOR");
		String token = this.http.token(agencyAdmin, PASSWORD);

		HttpResponse<String> list = this.http.json("GET", "/api/v1/users", token, null);
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains(ownEditor)
			.contains(agencyAdmin)
			.doesNotContain(otherEditor)
			.doesNotContain("\"admin\"");
		for (JsonNode u : IdentityHttp.body(list)) {
			assertThat(u.get("agency").asString()).isEqualTo("5001");
		}

		String created = IdentityHttp.unique("new");
		assertThat(post(token, Map.of("username", created, "password", PASSWORD, "displayName", "x", "roles",
				List.of("AGENCY_EDITOR"), "agency", "5001"))
			.statusCode()).isEqualTo(201);
		// no agency given: their own
		HttpResponse<String> defaulted = post(token, Map.of("username", IdentityHttp.unique("def"), "password",
				PASSWORD, "displayName", "x", "roles", List.of("AGENCY_EDITOR")));
		assertThat(defaulted.statusCode()).isEqualTo(201);
		assertThat(IdentityHttp.body(defaulted).get("agency").asString()).isEqualTo("5001");

		assertThat(post(token, Map.of("username", IdentityHttp.unique("x"), "password", PASSWORD, "displayName", "x",
				"roles", List.of("AGENCY_EDITOR"), "agency", "5002"))
			.statusCode()).isEqualTo(403);
		HttpResponse<String> sysadmin = post(token, Map.of("username", IdentityHttp.unique("x"), "password", PASSWORD,
				"displayName", "x", "roles", List.of("SYSTEM_ADMIN")));
		assertThat(sysadmin.statusCode()).isEqualTo(403);
		assertThat(sysadmin.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
		assertThat(post(token, Map.of("username", IdentityHttp.unique("x"), "password", PASSWORD, "displayName", "x",
				"roles", List.of("ASSESSOR"), "agency", "5001"))
			.statusCode()).isEqualTo(403);

		assertThat(patch(token, ownEditor, Map.of("displayName", "แก้ไขแล้ว")).statusCode()).isEqualTo(200);
		assertThat(patch(token, ownEditor, Map.of("roles", List.of("SYSTEM_ADMIN"))).statusCode()).isEqualTo(403);
		assertThat(patch(token, ownEditor, Map.of("agency", "5002")).statusCode()).isEqualTo(403);
		assertThat(patch(token, otherEditor, Map.of("displayName", "x")).statusCode()).isIn(403, 404);
		assertThat(patch(token, "admin", Map.of("enabled", false)).statusCode()).isIn(403, 404);
	}

	@Test
	void othersMayNotManageUsers() throws Exception {
		String editor = IdentityHttp.unique("ed");
		String executive = IdentityHttp.unique("exec");
		this.http.createUser(editor, PASSWORD, "5001", "AGENCY_EDITOR");
		this.http.createUser(executive, PASSWORD, null, "EXECUTIVE");
		for (String username : List.of(editor, executive)) {
			String token = this.http.token(username, PASSWORD);
			assertThat(this.http.json("GET", "/api/v1/users", token, null).statusCode()).isEqualTo(403);
			assertThat(post(token, Map.of("username", IdentityHttp.unique("x"), "password", PASSWORD, "displayName",
					"x", "roles", List.of("AGENCY_EDITOR"), "agency", "5001"))
				.statusCode()).isEqualTo(403);
			assertThat(patch(token, username, Map.of("roles", List.of("SYSTEM_ADMIN"))).statusCode()).isIn(403, 404);
		}
	}

	@Test
	void adminsCannotDisableThemselves() throws Exception {
		HttpResponse<String> response = patch(this.admin, "admin", Map.of("enabled", false));
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(IdentityHttp.body(response).get("field").asString()).isEqualTo("enabled");
	}

	private void assertInvalid(Map<String, Object> body, String field) throws Exception {
		HttpResponse<String> response = post(this.admin, body);
		assertThat(response.statusCode()).as(response.body()).isIn(400, 422);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
		assertThat(IdentityHttp.body(response).get("field").asString()).as(response.body()).isEqualTo(field);
	}

	private HttpResponse<String> post(String token, Map<String, Object> body) throws Exception {
		return this.http.json("POST", "/api/v1/users", token, IdentityHttp.JSON.writeValueAsString(body));
	}

	private HttpResponse<String> patch(String token, String username, Map<String, Object> body) throws Exception {
		return this.http.json("PATCH", "/api/v1/users/" + username, token, IdentityHttp.JSON.writeValueAsString(body));
	}

}
