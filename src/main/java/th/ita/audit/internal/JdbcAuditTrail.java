package th.ita.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;
import th.ita.audit.AuditTrail;
import th.ita.shared.ItaPrincipal;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries in the caller's transaction. An advisory lock held to commit serialises
 * appends across every node, so the chain stays a single line.
 */
@Service
class JdbcAuditTrail implements AuditTrail {

	static final String GENESIS = "0".repeat(64);

	private static final long CHAIN_LOCK = 0x17A_A0D17L;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	JdbcAuditTrail(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = Clock.systemUTC();
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String entityType, String entityId, @Nullable Object before,
			@Nullable Object after) {
		String actor = ItaPrincipal.current().map(ItaPrincipal::username).orElse("system");
		this.jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", CHAIN_LOCK).query().singleRow();
		String prev = this.jdbc.sql("select hash from audit_entry order by id desc limit 1")
			.query(String.class)
			.optional()
			.orElse(GENESIS);
		long id = this.jdbc.sql("select nextval(pg_get_serial_sequence('audit_entry', 'id'))")
			.query(Long.class)
			.single();
		// PostgreSQL keeps microseconds; truncate so the hash input is what is stored.
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		this.jdbc.sql("""
				insert into audit_entry (id, occurred_at, actor, action, entity_type, entity_id,
				                         before_state, after_state, prev_hash, hash)
				values (:id, :at, :actor, :action, :type, :entityId, cast(:before as jsonb), cast(:after as jsonb),
				        :prev, audit_entry_hash(:prev, :id, :at, :actor, :action, :type, :entityId,
				                                cast(:before as jsonb), cast(:after as jsonb)))
				""")
			.param("id", id)
			.param("at", java.sql.Timestamp.from(now))
			.param("actor", truncate(actor, 64))
			.param("action", action)
			.param("type", entityType)
			.param("entityId", truncate(entityId, 200))
			.param("before", toJson(before))
			.param("after", toJson(after))
			.param("prev", prev)
			.update();
	}

	private @Nullable String toJson(@Nullable Object state) {
		return (state != null) ? this.json.writeValueAsString(state) : null;
	}

	private static String truncate(String value, int max) {
		return (value.length() <= max) ? value : value.substring(0, max);
	}

}
