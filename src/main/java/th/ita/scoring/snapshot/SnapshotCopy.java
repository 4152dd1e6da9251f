package th.ita.scoring.snapshot;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

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

	private final JdbcTemplate template;

	/** A bulk write of at least this many snapshots refreshes the table's statistics. */
	static final int ANALYZE_AFTER = 1_000;

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SnapshotCopy.class);

	SnapshotCopy(JdbcTemplate template) {
		this.template = template;
	}

	/** Refreshes the statistics after a bulk write of {@value #ANALYZE_AFTER} or more. */
	void analyze(int written) {
		if (written >= ANALYZE_AFTER) {
			// fresh planner statistics for the ranking and dashboard queries right away
			this.template.execute("analyze scoring_snapshot");
		}
	}

	/**
	 * {@link #analyze(int)} in the background, right after a round recompute has written
	 * its snapshots (it is maintenance, not part of the write); one at a time, and a
	 * request while one waits is folded into it.
	 */
	void analyzeLater(int written) {
		if (written >= ANALYZE_AFTER && this.analyzePending.compareAndSet(false, true)) {
			this.analyzer.execute(() -> {
				this.analyzePending.set(false);
				try {
					analyze(written);
				}
				catch (RuntimeException ex) {
					LOG.warn("Statistics of scoring_snapshot not refreshed: {}", ex.getMessage());
				}
			});
		}
	}

	private final java.util.concurrent.atomic.AtomicBoolean analyzePending = new java.util.concurrent.atomic.AtomicBoolean();

	private final java.util.concurrent.Executor analyzer = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "scoring-analyze");
		thread.setDaemon(true);
		return thread;
	});

	/** A row ready for the bulk write: its key and its line in COPY's text format. */
	record Row(int fiscalYear, String agencyCode, byte[] line) {
	}

	/** The row of a snapshot, from the single-row upsert's parameters. */
	static Row row(Snapshot snapshot, MapSqlParameterSource values) {
		return new Row(snapshot.result().fiscalYear(), snapshot.result().agencyCode(), line(values));
	}

	/**
	 * Writes rows (at most one per round and agency): deletes the agencies' current rows
	 * and streams the new ones with one {@code COPY}; in its own transaction unless one
	 * is active.
	 */
	void writeRows(List<Row> rows) {
		if (rows.isEmpty()) {
			return;
		}
		this.template.execute((ConnectionCallback<Void>) connection -> {
			boolean own = !TransactionSynchronizationManager.isActualTransactionActive() && connection.getAutoCommit();
			if (own) {
				connection.setAutoCommit(false);
			}
			try {
				delete(connection, rows);
				copy(connection, rows);
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

	private static void delete(Connection connection, List<Row> rows) throws SQLException {
		try (PreparedStatement delete = connection.prepareStatement("""
				delete from scoring_snapshot s using unnest(?::int[], ?::text[]) k(y, a)
				where s.fiscal_year = k.y and s.agency_code = k.a""")) {
			delete.setArray(1,
					connection.createArrayOf("int4", rows.stream().map(Row::fiscalYear).toArray(Integer[]::new)));
			delete.setArray(2,
					connection.createArrayOf("text", rows.stream().map(Row::agencyCode).toArray(String[]::new)));
			delete.executeUpdate();
		}
	}

	private static void copy(Connection connection, List<Row> rows) throws SQLException {
		StringBuilder sql = new StringBuilder("copy scoring_snapshot (");
		for (int i = 0; i < COLUMNS.length; i++) {
			sql.append((i > 0) ? ", " : "").append(COLUMNS[i][0]);
		}
		CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql.append(") from stdin").toString());
		try {
			for (Row row : rows) {
				copy.writeToCopy(row.line(), 0, row.line().length);
			}
			copy.endCopy();
		}
		finally {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
	}

	/**
	 * One row in COPY's text format, UTF-8. A {@code byte[]} value is UTF-8 text already
	 * (the json columns, written so by Jackson without a String in between).
	 */
	static byte[] line(MapSqlParameterSource values) {
		Bytes out = new Bytes(8_192);
		for (int i = 0; i < COLUMNS.length; i++) {
			if (i > 0) {
				out.add((byte) '\t');
			}
			Object value = values.getValue(COLUMNS[i][1]);
			if (value == null) {
				out.add((byte) '\\');
				out.add((byte) 'N');
			}
			else if (value instanceof byte[] utf8) {
				escape(out, utf8);
			}
			else if (value instanceof Timestamp at) {
				escape(out, at.toInstant().toString().getBytes(StandardCharsets.UTF_8));
			}
			else if (value instanceof BigDecimal number) {
				escape(out, number.toPlainString().getBytes(StandardCharsets.UTF_8));
			}
			else if (value instanceof Boolean flag) {
				out.add((byte) (flag ? 't' : 'f'));
			}
			else {
				escape(out, value.toString().getBytes(StandardCharsets.UTF_8));
			}
		}
		out.add((byte) '\n');
		return out.toArray();
	}

	/**
	 * Escapes backslash, tab, line feed and carriage return; in UTF-8 those bytes never
	 * occur inside a multi-byte character, so bytes are escaped as they are. Runs without
	 * one are copied at once.
	 */
	private static void escape(Bytes out, byte[] text) {
		int run = 0;
		for (int i = 0; i < text.length; i++) {
			byte b = text[i];
			byte escaped = switch (b) {
				case '\\' -> '\\';
				case '\t' -> 't';
				case '\n' -> 'n';
				case '\r' -> 'r';
				default -> 0;
			};
			if (escaped != 0) {
				out.add(text, run, i - run);
				out.add((byte) '\\');
				out.add(escaped);
				run = i + 1;
			}
		}
		out.add(text, run, text.length - run);
	}

	/** A growing byte array (not synchronized, unlike ByteArrayOutputStream). */
	private static final class Bytes {

		private byte[] bytes;

		private int size;

		Bytes(int capacity) {
			this.bytes = new byte[capacity];
		}

		void add(byte b) {
			room(1);
			this.bytes[this.size++] = b;
		}

		void add(byte[] from, int offset, int length) {
			room(length);
			System.arraycopy(from, offset, this.bytes, this.size, length);
			this.size += length;
		}

		private void room(int more) {
			if (this.size + more > this.bytes.length) {
				this.bytes = java.util.Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.size + more));
			}
		}

		byte[] toArray() {
			return java.util.Arrays.copyOf(this.bytes, this.size);
		}

	}

}
