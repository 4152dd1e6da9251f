package th.ita.identity.domain;

import org.junit.jupiter.api.Test;
import th.ita.shared.DemoMode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class DemoUsersTests {

	@Autowired
	UserAccounts accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcClient jdbc;

	@Test
	void demoModeCreatesOneAccountPerRoleOnceWithTheDocumentedPassword() {
		DemoUsers demo = new DemoUsers(new DemoMode(new MockEnvironment().withProperty("ita.demo", "true")),
				this.accounts, this.encoder);
		demo.run(null);
		demo.run(null);
		for (DemoUsers.DemoUser user : DemoUsers.USERS) {
			UserPrincipal principal = this.accounts.findByUsername(user.username()).orElseThrow();
			assertThat(principal.roles()).containsExactly(user.role());
			assertThat(principal.agencyCode()).isEqualTo(user.agencyCode());
			assertThat(this.encoder.matches(DemoUsers.PASSWORD, principal.getPassword())).isTrue();
		}
	}

	@Test
	void noDemoAccountsWhenDemoModeIsOff() {
		long before = this.jdbc.sql("select count(*) from identity_user").query(Long.class).single();
		new DemoUsers(new DemoMode(
				new MockEnvironment().withProperty("ita.demo", "false").withProperty("spring.datasource.url", "")),
				this.accounts, this.encoder)
			.run(null);
		assertThat(this.jdbc.sql("select count(*) from identity_user").query(Long.class).single()).isEqualTo(before);
	}

}
