package th.ita.identity;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Form login, sessions in PostgreSQL, lock-out and the admin pages, like a browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UserPagesTests {

	static final String PASSWORD = "correct-horse-battery";

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
	void formLoginStoresTheSessionInPostgres() throws Exception {
		String username = IdentityHttp.unique("session");
		this.http.createUser(username, PASSWORD, null, "ASSESSOR");
		IdentityHttp.Browser browser = this.http.browser();
		HttpResponse<String> login = browser.login(username, PASSWORD);
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		assertThat(login.headers().firstValue("Set-Cookie"))
			.hasValueSatisfying(c -> assertThat(c).startsWith("ITA_SESSION=").containsIgnoringCase("HttpOnly"));
		assertThat(this.jdbc.sql("select count(*) from identity_session where principal_name = ?")
			.param(username)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void loginWithoutCsrfTokenIsRefused() throws Exception {
		HttpResponse<String> response = this.http.browser()
			.postRaw("/login", Map.of("username", "admin", "password", IdentityHttp.ADMIN_PASSWORD));
		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void repeatedFailedFormLoginsLockTheAccountWithAClearMessage() throws Exception {
		String username = IdentityHttp.unique("formlock");
		this.http.createUser(username, PASSWORD, null, "ASSESSOR");
		IdentityHttp.Browser browser = this.http.browser();
		for (int i = 0; i < 4; i++) {
			assertThat(browser.login(username, "wrong-password-1").headers().firstValue("Location"))
				.hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		}
		assertThat(browser.login(username, "wrong-password-1").headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
		assertThat(browser.login(username, PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
		assertThat(browser.get("/login?locked").body()).contains("บัญชีถูกล็อก");
		assertThat(browser.get("/login?locked&lang=en").body()).contains("The account is locked");
		// the lock counts for the API too
		assertThat(this.http.tokenResponse(username, PASSWORD).statusCode()).isEqualTo(423);
	}

	@Test
	void pagesRedirectAnonymousUsersToLogin() throws Exception {
		HttpResponse<String> response = this.http.browser().get("/admin/users");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	@Test
	void agencyStaffMayNotOpenTheAdminPages() throws Exception {
		String agencyAdmin = IdentityHttp.unique("pa");
		this.http.createUser(agencyAdmin, PASSWORD, "5001", "AGENCY_ADMIN");
		IdentityHttp.Browser browser = this.http.browser();
		assertThat(browser.login(agencyAdmin, PASSWORD).statusCode()).isEqualTo(302);
		assertThat(browser.get("/admin/users").statusCode()).isEqualTo(403);
		assertThat(browser.get("/admin/users/new").statusCode()).isEqualTo(403);
	}

	@Test
	void adminListsSearchesCreatesEditsDisablesAndUnlocksUsers() throws Exception {
		IdentityHttp.Browser browser = this.http.browser();
		assertThat(browser.login("admin", IdentityHttp.ADMIN_PASSWORD).statusCode()).isEqualTo(302);

		HttpResponse<String> list = browser.get("/admin/users?q=admin");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("บัญชีผู้ใช้งาน").contains(">admin<");

		String username = IdentityHttp.unique("page");
		HttpResponse<String> weak = browser.post("/admin/users/new", "/admin/users", Map.of("username", username,
				"password", "short", "displayName", "ผู้ใช้หน้าเว็บ", "roles", "AGENCY_EDITOR", "agency", "1101"));
		assertThat(weak.statusCode()).isEqualTo(200);
		assertThat(weak.body()).contains("รหัสผ่านไม่ปลอดภัย").contains("is-invalid");

		HttpResponse<String> created = browser.post("/admin/users/new", "/admin/users", Map.of("username", username,
				"password", PASSWORD, "displayName", "ผู้ใช้หน้าเว็บ", "roles", "AGENCY_EDITOR", "agency", "1101"));
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(created.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/admin/users/" + username));

		HttpResponse<String> edit = browser.get("/admin/users/" + username);
		assertThat(edit.body()).contains("สร้างผู้ใช้งานแล้ว").contains("ผู้ใช้หน้าเว็บ");

		HttpResponse<String> saved = browser.post("/admin/users/" + username, "/admin/users/" + username,
				Map.of("displayName", "ชื่อใหม่", "roles", "AGENCY_ADMIN", "agency", "1102", "password", ""));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(browser.get("/admin/users?q=" + username).body()).contains("ชื่อใหม่").contains("1102");

		assertThat(browser.post("/admin/users/" + username, "/admin/users/" + username + "/disable", Map.of())
			.statusCode()).isEqualTo(302);
		assertThat(this.http.tokenResponse(username, PASSWORD).statusCode()).isEqualTo(401);
		assertThat(
				browser.post("/admin/users/" + username, "/admin/users/" + username + "/enable", Map.of()).statusCode())
			.isEqualTo(302);

		for (int i = 0; i < 5; i++) {
			this.http.tokenResponse(username, "wrong-password-1");
		}
		assertThat(browser.get("/admin/users/" + username).body()).contains("ปลดล็อกบัญชี");
		assertThat(
				browser.post("/admin/users/" + username, "/admin/users/" + username + "/unlock", Map.of()).statusCode())
			.isEqualTo(302);
		this.http.token(username, PASSWORD);
	}

}
