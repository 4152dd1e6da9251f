package th.ita.survey.codes;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import th.ita.survey.SurveyInstrument;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes {@code survey_access_code}. Only hashes go in or out; a row never says
 * when a code was used nor by whom.
 */
@Repository
class AccessCodeRows {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	AccessCodeRows(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * Inserts one row per hash, skipping a hash that already exists (a collision, or the
	 * same code twice).
	 * @return per hash, whether it was inserted
	 */
	boolean[] insert(int fiscalYear, String agencyCode, SurveyInstrument instrument, List<byte[]> hashes) {
		SqlParameterSource[] rows = hashes.stream()
			.map(hash -> new MapSqlParameterSource().addValue("hash", hash)
				.addValue("fiscalYear", fiscalYear)
				.addValue("agencyCode", agencyCode)
				.addValue("instrument", instrument.name()))
			.toArray(SqlParameterSource[]::new);
		int[] counts = this.batch.batchUpdate("""
				insert into survey_access_code (hash, fiscal_year, agency_code, instrument)
				values (:hash, :fiscalYear, :agencyCode, :instrument)
				on conflict (hash) do nothing""", rows);
		boolean[] inserted = new boolean[counts.length];
		for (int i = 0; i < counts.length; i++) {
			inserted[i] = counts[i] == 1;
		}
		return inserted;
	}

	/**
	 * Marks the code used if it belongs to this scope and is unused: one conditional
	 * UPDATE, so of two transactions using one code exactly one changes the row (the
	 * other waits for the row lock, then finds {@code used = true}).
	 * @return whether this call used the code
	 */
	boolean markUsed(int fiscalYear, String agencyCode, SurveyInstrument instrument, byte[] hash) {
		return this.jdbc.sql("""
				update survey_access_code set used = true
				where hash = :hash and fiscal_year = :fiscalYear and agency_code = :agencyCode
				  and instrument = :instrument and not used""")
			.param("hash", hash)
			.param("fiscalYear", fiscalYear)
			.param("agencyCode", agencyCode)
			.param("instrument", instrument.name())
			.update() == 1;
	}

	/** Whether the code exists in this scope (used or not). */
	boolean exists(int fiscalYear, String agencyCode, SurveyInstrument instrument, byte[] hash) {
		return this.jdbc.sql("""
				select exists (select 1 from survey_access_code
				where hash = :hash and fiscal_year = :fiscalYear and agency_code = :agencyCode
				  and instrument = :instrument)""")
			.param("hash", hash)
			.param("fiscalYear", fiscalYear)
			.param("agencyCode", agencyCode)
			.param("instrument", instrument.name())
			.query(Boolean.class)
			.single();
	}

	/** Codes issued and used in one scope. */
	AccessCodeCounts counts(int fiscalYear, String agencyCode, SurveyInstrument instrument) {
		return this.jdbc.sql("""
				select count(*) as issued, count(*) filter (where used) as used from survey_access_code
				where fiscal_year = :fiscalYear and agency_code = :agencyCode and instrument = :instrument""")
			.param("fiscalYear", fiscalYear)
			.param("agencyCode", agencyCode)
			.param("instrument", instrument.name())
			.query((rs, n) -> new AccessCodeCounts(rs.getLong("issued"), rs.getLong("used")))
			.single();
	}

	/** One use of a code in a batch: its scope and hash. */
	record Use(int fiscalYear, String agencyCode, SurveyInstrument instrument, byte[] hash) {
	}

	private static final String SCOPE = """
			from unnest(?::bytea[], ?::int[], ?::text[], ?::text[]) as u(hash, fiscal_year, agency_code, instrument)
			where c.hash = any(?::bytea[]) and c.hash = u.hash and c.fiscal_year = u.fiscal_year and c.agency_code = u.agency_code
			  and c.instrument = u.instrument""";

	/**
	 * Marks every unused code of the batch used in one statement (a code listed twice is
	 * used once).
	 * @return the hashes (hex) this call used
	 */
	Set<String> markUsed(List<Use> uses) {
		return hashes("update survey_access_code c set used = true " + SCOPE + " and not c.used returning c.hash",
				uses);
	}

	/** The hashes (hex) of the batch that are codes of their scope, used or not. */
	Set<String> existing(List<Use> uses) {
		return hashes("select c.hash from survey_access_code c, " + SCOPE.substring(SCOPE.indexOf("unnest")), uses);
	}

	/** Marks codes unused again (only for codes this transaction has just used). */
	void markUnused(List<Use> uses) {
		hashes("update survey_access_code c set used = false " + SCOPE + " and c.used returning c.hash", uses);
	}

	private Set<String> hashes(String sql, List<Use> uses) {
		if (uses.isEmpty()) {
			return Set.of();
		}
		return this.batch.getJdbcOperations().execute((ConnectionCallback<Set<String>>) connection -> {
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				statement.setArray(1, array(connection, "bytea", uses.stream().map(Use::hash).toArray(byte[][]::new)));
				statement.setArray(2,
						array(connection, "int4", uses.stream().map(Use::fiscalYear).toArray(Integer[]::new)));
				statement.setArray(3,
						array(connection, "text", uses.stream().map(Use::agencyCode).toArray(String[]::new)));
				statement.setArray(4, array(connection, "text",
						uses.stream().map(u -> u.instrument().name()).toArray(String[]::new)));
				statement.setArray(5, array(connection, "bytea", uses.stream().map(Use::hash).toArray(byte[][]::new)));
				Set<String> out = new HashSet<>();
				try (ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						out.add(HexFormat.of().formatHex(rs.getBytes(1)));
					}
				}
				return out;
			}
		});
	}

	private static Array array(Connection connection, String type, Object[] values) throws SQLException {
		return connection.createArrayOf(type, values);
	}

}
