package th.ita.scoring.snapshot;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The bulk write of many snapshots in one transaction: deletes the agencies' current rows
 * and streams the new ones with {@code COPY} (text format), the next chunk serialized
 * while the database takes the current one. Each row's values are the parameters of
 * {@link SnapshotRows}' single-row upsert, by name, so both paths store the same.
 */
final class SnapshotCopy {

	/** The table's columns and, in the same order, the upsert's parameter names. */
	static final String[][] COLUMNS = { { "fiscal_year", "y" }, { "programme", "p" }, { "agency_code", "a" },
			{ "agency_name_th", "nameTh" }, { "agency_name_en", "nameEn" }, { "agency_type", "type" },
			{ "region", "region" }, { "province", "province" }, { "framework_code", "fc" },
			{ "framework_version", "fv" }, { "rules_version", "rv" }, { "rules_fingerprint", "rf" },
			{ "inputs_fingerprint", "inf" }, { "ita", "ita" }, { "ita_rounded", "itaR" }, { "grade", "grade" },
			{ "passed", "passed" }, { "complete", "complete" }, { "iit", "iit" }, { "eit", "eit" }, { "oit", "oit" },
			{ "iit_respondents", "iitN" }, { "eit_respondents", "eitN" }, { "card", "card" }, { "inputs", "inputs" },
			{ "computed_at", "at" } };

	static final int CHUNK = 250;

	private final JdbcTemplate template;

	SnapshotCopy(JdbcTemplate template) {
		this.template = template;
	}

	/**
	 * Writes the snapshots (at most one per round and agency); in its own transaction
	 * unless one is active.
	 */
	void write(List<Snapshot> snapshots, Function<Snapshot, MapSqlParameterSource> params) {
		if (snapshots.isEmpty()) {
			return;
		}
		this.template.execute((ConnectionCallback<Void>) connection -> {
			boolean own = !TransactionSynchronizationManager.isActualTransactionActive() && connection.getAutoCommit();
			if (own) {
				connection.setAutoCommit(false);
			}
			try {
				delete(connection, snapshots);
				copy(connection, snapshots, params);
				if (own) {
					connection.commit();
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (own) {
					connection.rollback();
				}
				throw ex;
			}
			finally {
				if (own) {
					connection.setAutoCommit(true);
				}
			}
			return null;
		});
	}

	private static void delete(Connection connection, List<Snapshot> snapshots) throws SQLException {
		try (PreparedStatement delete = connection.prepareStatement("""
				delete from scoring_snapshot s using unnest(?::int[], ?::text[]) k(y, a)
				where s.fiscal_year = k.y and s.agency_code = k.a""")) {
			delete.setArray(1, connection.createArrayOf("int4",
					snapshots.stream().map(s -> s.result().fiscalYear()).toArray(Integer[]::new)));
			delete.setArray(2, connection.createArrayOf("text",
					snapshots.stream().map(s -> s.result().agencyCode()).toArray(String[]::new)));
			delete.executeUpdate();
		}
	}

	private static void copy(Connection connection, List<Snapshot> snapshots,
			Function<Snapshot, MapSqlParameterSource> params) throws SQLException {
		StringBuilder sql = new StringBuilder("copy scoring_snapshot (");
		for (int i = 0; i < COLUMNS.length; i++) {
			sql.append((i > 0) ? ", " : "").append(COLUMNS[i][0]);
		}
		CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql.append(") from stdin").toString());
		try {
			CompletableFuture<byte[]> next = encodeLater(snapshots, 0, params);
			for (int from = 0; from < snapshots.size(); from += CHUNK) {
				byte[] data = next.join();
				if (from + CHUNK < snapshots.size()) {
					next = encodeLater(snapshots, from + CHUNK, params);
				}
				copy.writeToCopy(data, 0, data.length);
			}
			copy.endCopy();
		}
		finally {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
	}

	private static CompletableFuture<byte[]> encodeLater(List<Snapshot> snapshots, int from,
			Function<Snapshot, MapSqlParameterSource> params) {
		List<Snapshot> chunk = snapshots.subList(from, Math.min(snapshots.size(), from + CHUNK));
		return CompletableFuture
			.supplyAsync(() -> String.join("", chunk.parallelStream().map(s -> line(params.apply(s))).toList())
				.getBytes(StandardCharsets.UTF_8));
	}

	/** One row in COPY's text format. */
	static String line(MapSqlParameterSource values) {
		StringBuilder out = new StringBuilder(32_768);
		for (int i = 0; i < COLUMNS.length; i++) {
			if (i > 0) {
				out.append('\t');
			}
			Object value = values.getValue(COLUMNS[i][1]);
			if (value == null) {
				out.append("\\N");
			}
			else if (value instanceof Timestamp at) {
				out.append(at.toInstant());
			}
			else if (value instanceof BigDecimal number) {
				out.append(number.toPlainString());
			}
			else if (value instanceof Boolean flag) {
				out.append(flag ? 't' : 'f');
			}
			else {
				escape(out, value.toString());
			}
		}
		return out.append('\n').toString();
	}

	private static void escape(StringBuilder out, String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '\t' -> out.append("\\t");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				default -> out.append(c);
			}
		}
	}

}
