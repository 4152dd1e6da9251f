package th.ita.audit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import th.ita.audit.AuditEntry;
import th.ita.audit.ChainVerification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the audit trail: filtered pages of entries, and the chain check. */
@Repository
class AuditQueries {

	private final JdbcClient jdbc;

	AuditQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	AuditPage find(AuditFilter filter, int page, int size) {
		StringBuilder where = new StringBuilder(" where true");
		Map<String, Object> params = new LinkedHashMap<>();
		addLike(where, params, "actor", filter.actor());
		addLike(where, params, "action", filter.action());
		addEquals(where, params, "entity_type", filter.entityType());
		addLike(where, params, "entity_id", filter.entityId());
		if (filter.from() != null) {
			where.append(" and occurred_at >= :from");
			params.put("from", java.sql.Timestamp.from(filter.from()));
		}
		if (filter.to() != null) {
			where.append(" and occurred_at < :to");
			params.put("to", java.sql.Timestamp.from(filter.to()));
		}
		long total = this.jdbc.sql("select count(*) from audit_entry" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<AuditEntry> entries = this.jdbc.sql("""
				select id, occurred_at, actor, action, entity_type, entity_id,
				       before_state::text as before_state, after_state::text as after_state, hash
				from audit_entry""" + where + " order by id desc limit :limit offset :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
					rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"),
					rs.getString("entity_id"), rs.getString("before_state"), rs.getString("after_state"),
					rs.getString("hash")))
			.list();
		return new AuditPage(entries, page, size, total);
	}

	List<String> entityTypes() {
		return this.jdbc.sql("select distinct entity_type from audit_entry order by 1").query(String.class).list();
	}

	/**
	 * Recomputes every hash and link in one pass inside PostgreSQL, with the same
	 * function that wrote them, and reports the first entry that does not hold.
	 */
	ChainVerification verify() {
		long entries = this.jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
		List<Object[]> broken = new ArrayList<>(this.jdbc.sql("""
				select id, case when hash <> expected then 'hash' else 'link' end as reason
				from (select id, hash, prev_hash,
				             audit_entry_hash(prev_hash, id, occurred_at, actor, action, entity_type, entity_id,
				                              before_state, after_state) as expected,
				             coalesce(lag(hash) over (order by id), :genesis) as actual_prev
				      from audit_entry) chain
				where hash <> expected or prev_hash <> actual_prev
				order by id limit 1
				""")
			.param("genesis", JdbcAuditTrail.GENESIS)
			.query((rs, n) -> new Object[] { rs.getLong("id"), rs.getString("reason") })
			.list());
		if (broken.isEmpty()) {
			return new ChainVerification(true, entries, null, null);
		}
		return new ChainVerification(false, entries, (Long) broken.get(0)[0], (String) broken.get(0)[1]);
	}

	private static void addLike(StringBuilder where, Map<String, Object> params, String column,
			@Nullable String value) {
		if (value != null && !value.isBlank()) {
			where.append(" and ").append(column).append(" ilike :").append(column).append(" escape '\\'");
			params.put(column, "%" + value.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
	}

	private static void addEquals(StringBuilder where, Map<String, Object> params, String column,
			@Nullable String value) {
		if (value != null && !value.isBlank()) {
			where.append(" and ").append(column).append(" = :").append(column);
			params.put(column, value.strip());
		}
	}

}
