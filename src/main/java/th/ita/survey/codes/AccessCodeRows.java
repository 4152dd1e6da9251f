package th.ita.survey.codes;

import java.util.List;

import th.ita.survey.SurveyInstrument;

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

}
