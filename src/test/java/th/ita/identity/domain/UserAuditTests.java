package th.ita.identity.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;
import th.ita.agency.AgencyDirectory;
import th.ita.audit.AuditTrail;
import th.ita.shared.ItaPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Every change to a user account is audited, inside its transaction, without password
 * hashes. The service is built here with a recording {@link AuditTrail} on the real
 * database, so the shared application context stays unchanged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UserAuditTests {

	@Autowired
	UserAccounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	PlatformTransactionManager transactions;

	final ItaPrincipal admin = (ItaPrincipal) TestPrincipals.admin().getPrincipal();

	@Test
	void recordsEveryChangeWithoutPasswordHashes() {
		Recording audit = new Recording();
		UserAdminService service = new UserAdminService(this.accounts, this.tokens, this.encoder, this.agencies, audit);
		String username = "audit-" + UUID.randomUUID().toString().substring(0, 8);

		service.create(this.admin,
				new NewUser(username, "correct-horse-battery", "ผู้ตรวจ", List.of("AGENCY_EDITOR"), "1101"));
		service.update(this.admin, username, new UserChanges(null, List.of("AGENCY_ADMIN"), "1102", null, null));
		service.update(this.admin, username, new UserChanges(null, null, null, null, "another-long-secret"));
		service.setEnabled(this.admin, username, false);
		service.setEnabled(this.admin, username, true);
		service.unlock(this.admin, username);

		assertThat(audit.entries).extracting(Entry::action)
			.containsExactly("user.created", "user.updated", "user.password.changed", "user.disabled", "user.enabled",
					"user.unlocked");
		assertThat(audit.entries).allSatisfy(e -> {
			assertThat(e.entityType()).isEqualTo("user");
			assertThat(e.entityId()).isEqualTo(username);
			assertThat(String.valueOf(e.before()) + e.after()).doesNotContain("bcrypt")
				.doesNotContain("$2a$")
				.doesNotContain("correct-horse-battery")
				.doesNotContain("another-long-secret");
		});
		Entry created = audit.entries.get(0);
		assertThat(created.before()).isNull();
		assertThat(created.after()).isInstanceOf(UserView.class);
		Entry updated = audit.entries.get(1);
		assertThat(((UserView) updated.before()).agency()).isEqualTo("1101");
		assertThat(((UserView) updated.after()).agency()).isEqualTo("1102");
		assertThat(((UserView) audit.entries.get(3).after()).enabled()).isFalse();
	}

	@Test
	void aFailingAuditRollsTheChangeBack() {
		AuditTrail failing = (action, type, id, before, after) -> {
			throw new IllegalStateException("audit down");
		};
		UserAdminService service = new UserAdminService(this.accounts, this.tokens, this.encoder, this.agencies,
				failing);
		String username = "audit-" + UUID.randomUUID().toString().substring(0, 8);
		TransactionTemplate tx = new TransactionTemplate(this.transactions);
		assertThatIllegalStateException().isThrownBy(() -> tx.executeWithoutResult(s -> service.create(this.admin,
				new NewUser(username, "correct-horse-battery", "x", List.of("ASSESSOR"), null))));
		assertThat(this.accounts.exists(username)).isFalse();
	}

	record Entry(String action, String entityType, String entityId, @Nullable Object before, @Nullable Object after) {
	}

	static class Recording implements AuditTrail {

		final List<Entry> entries = new ArrayList<>();

		@Override
		public void record(String action, String entityType, String entityId, @Nullable Object before,
				@Nullable Object after) {
			this.entries.add(new Entry(action, entityType, entityId, before, after));
		}

	}

}
