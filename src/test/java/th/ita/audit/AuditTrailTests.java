package th.ita.audit;

import java.util.Map;

import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class AuditTrailTests {

	@Autowired
	AuditTrail audit;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void recordsWhoWhatBeforeAndAfterInTheCallersTransaction() {
		SecurityContextHolder.getContext().setAuthentication(TestPrincipals.admin());
		try {
			this.tx.executeWithoutResult(s -> this.audit.record("test.changed", "test", "rec-1", Map.of("name", "ก่อน"),
					Map.of("name", "หลัง")));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		var row = this.jdbc.sql("""
				select actor, action, entity_type, before_state->>'name' as before_name,
				       after_state->>'name' as after_name, prev_hash, hash
				from audit_entry where entity_id = 'rec-1'""").query().singleRow();
		assertThat(row).containsEntry("actor", "admin")
			.containsEntry("action", "test.changed")
			.containsEntry("before_name", "ก่อน")
			.containsEntry("after_name", "หลัง");
		assertThat((String) row.get("hash")).hasSize(64).isNotEqualTo(row.get("prev_hash"));
	}

	@Test
	void anEntryRolledBackWithItsChangeLeavesNoTrace() {
		assertThatThrownBy(() -> this.tx.executeWithoutResult(s -> {
			this.audit.record("test.rolledback", "test", "rec-rollback", null, Map.of("x", 1));
			throw new IllegalStateException("the change failed");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(count("rec-rollback")).isZero();
	}

	@Test
	void refusesToRecordOutsideATransaction() {
		assertThatThrownBy(() -> this.audit.record("test.none", "test", "rec-none", null, null))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void theDatabaseRefusesUpdatesAndDeletes() {
		append("rec-guarded");
		assertThatThrownBy(
				() -> this.jdbc.sql("update audit_entry set actor = 'x' where entity_id = 'rec-guarded'").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("delete from audit_entry where entity_id = 'rec-guarded'").update())
			.hasMessageContaining("append-only");
	}

	@Test
	void verifyNamesTheFirstEntryTamperedWithInSql() throws Exception {
		append("rec-a");
		append("rec-b");
		append("rec-c");
		long tampered = idOf("rec-b");
		this.mvc.perform(get("/api/v1/audit/verify").with(authentication(TestPrincipals.admin())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(true));
		String original = this.jdbc.sql("select after_state::text from audit_entry where id = :id")
			.param("id", tampered)
			.query(String.class)
			.single();
		try {
			tamper("update audit_entry set after_state = '{\"x\": 999}' where id = " + tampered);
			this.mvc.perform(get("/api/v1/audit/verify").with(authentication(TestPrincipals.admin())))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.valid").value(false))
				.andExpect(jsonPath("$.firstBrokenId").value(tampered))
				.andExpect(jsonPath("$.reason").value("hash"));
			this.mvc.perform(get("/admin/audit/verify").with(authentication(TestPrincipals.admin())))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("รายการที่ " + tampered)));
		}
		finally {
			tamper("update audit_entry set after_state = '" + original + "' where id = " + tampered);
		}
		this.mvc.perform(get("/api/v1/audit/verify").with(authentication(TestPrincipals.admin())))
			.andExpect(jsonPath("$.valid").value(true));
	}

	@Test
	void verifyNamesTheEntryAfterOneDeletedInSql() throws Exception {
		append("rec-d1");
		append("rec-d2");
		append("rec-d3");
		long deleted = idOf("rec-d2");
		long next = idOf("rec-d3");
		Map<String, Object> row = this.jdbc.sql("select * from audit_entry where id = :id")
			.param("id", deleted)
			.query()
			.singleRow();
		try {
			tamper("delete from audit_entry where id = " + deleted);
			this.mvc.perform(get("/api/v1/audit/verify").with(authentication(TestPrincipals.admin())))
				.andExpect(jsonPath("$.valid").value(false))
				.andExpect(jsonPath("$.firstBrokenId").value(next))
				.andExpect(jsonPath("$.reason").value("link"));
		}
		finally {
			this.jdbc.sql("""
					insert into audit_entry (id, occurred_at, actor, action, entity_type, entity_id,
					                         before_state, after_state, prev_hash, hash)
					values (:id, :occurred_at, :actor, :action, :entity_type, :entity_id,
					        cast(:before_state as jsonb), cast(:after_state as jsonb), :prev_hash, :hash)""")
				.params(plainValues(row))
				.update();
		}
		this.mvc.perform(get("/api/v1/audit/verify").with(authentication(TestPrincipals.admin())))
			.andExpect(jsonPath("$.valid").value(true));
	}

	@Test
	void onlyTheCentralTeamReadsTheTrail() throws Exception {
		this.mvc.perform(get("/api/v1/audit/verify").with(authentication(TestPrincipals.agencyAdmin("4001"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/audit").with(authentication(TestPrincipals.agencyEditor("4001"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/audit").with(authentication(TestPrincipals.agencyAdmin("4001"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/audit/verify")).andExpect(status().isUnauthorized());
	}

	@Test
	void adminPageListsAndFiltersEntries() throws Exception {
		append("rec-page-ขอนแก่น");
		this.mvc
			.perform(get("/admin/audit").param("entityId", "page-ขอนแก่น").with(authentication(TestPrincipals.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("rec-page-ขอนแก่น")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("1 รายการ")));
		this.mvc
			.perform(get("/api/v1/audit").param("entityId", "rec-page-ขอนแก่น")
				.with(authentication(TestPrincipals.admin())))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.entries[0].actor").value("system"));
	}

	private void append(String entityId) {
		this.tx.executeWithoutResult(
				s -> this.audit.record("test.appended", "test", entityId, null, Map.of("id", entityId)));
	}

	private long idOf(String entityId) {
		return this.jdbc.sql("select id from audit_entry where entity_id = :e")
			.param("e", entityId)
			.query(Long.class)
			.single();
	}

	private long count(String entityId) {
		return this.jdbc.sql("select count(*) from audit_entry where entity_id = :e")
			.param("e", entityId)
			.query(Long.class)
			.single();
	}

	private static Map<String, Object> plainValues(Map<String, Object> row) {
		Map<String, Object> values = new java.util.HashMap<>();
		row.forEach((k, v) -> values.put(k, (v instanceof org.postgresql.util.PGobject pg) ? pg.getValue() : v));
		return values;
	}

	/** What an attacker with database access would do: bypass the append-only guard. */
	private void tamper(String sql) {
		this.tx.executeWithoutResult(s -> {
			this.jdbc.sql("alter table audit_entry disable trigger audit_entry_no_update").update();
			this.jdbc.sql(sql).update();
			this.jdbc.sql("alter table audit_entry enable trigger audit_entry_no_update").update();
		});
	}

}
