package th.ita.survey.responses;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import th.ita.framework.Instrument;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code survey_form_token}: SHA-256 hashes of one-time form tokens, with a day. */
@Repository
class FormTokenRows {

	/** What using a token found. */
	enum Use {

		USED_NOW, ALREADY_USED, UNKNOWN

	}

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	FormTokenRows(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** One token to use in a batch: its SHA-256 hash and scope. */
	record TokenUse(byte[] hash, int fiscalYear, String agencyCode, Instrument instrument) {
	}

	private static final String SCOPE = """
			from unnest(?::bytea[], ?::int[], ?::text[], ?::text[]) as u(hash, fiscal_year, agency_code, instrument)
			where t.hash = any(?::bytea[]) and t.hash = u.hash and t.fiscal_year = u.fiscal_year and t.agency_code = u.agency_code
			  and t.instrument = u.instrument""";

	/**
	 * Uses every unused, unexpired token of the batch in one UPDATE (a token listed twice
	 * is used once).
	 * @return the hashes (hex) used by this call
	 */
	Set<String> useAll(List<TokenUse> uses, LocalDate today) {
		return hashes("update survey_form_token t set used = true " + SCOPE
				+ " and not t.used and t.expires_on >= ? returning t.hash", uses, today);
	}

	/** The hashes (hex) of the batch that are used tokens of their scope. */
	Set<String> usedAlready(List<TokenUse> uses) {
		return hashes(
				"select t.hash from survey_form_token t, " + SCOPE.substring(SCOPE.indexOf("unnest")) + " and t.used",
				uses, null);
	}

	/** Marks tokens unused again (only tokens this transaction has just used). */
	void markUnused(List<TokenUse> uses) {
		hashes("update survey_form_token t set used = false " + SCOPE + " and t.used returning t.hash", uses, null);
	}

	private Set<String> hashes(String sql, List<TokenUse> uses, @Nullable LocalDate today) {
		if (uses.isEmpty()) {
			return Set.of();
		}
		return this.template.execute((ConnectionCallback<Set<String>>) connection -> {
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				statement.setArray(1,
						connection.createArrayOf("bytea", uses.stream().map(TokenUse::hash).toArray(byte[][]::new)));
				statement.setArray(2, connection.createArrayOf("int4",
						uses.stream().map(TokenUse::fiscalYear).toArray(Integer[]::new)));
				statement.setArray(3, connection.createArrayOf("text",
						uses.stream().map(TokenUse::agencyCode).toArray(String[]::new)));
				statement.setArray(4, connection.createArrayOf("text",
						uses.stream().map(u -> u.instrument().name()).toArray(String[]::new)));
				statement.setArray(5,
						connection.createArrayOf("bytea", uses.stream().map(TokenUse::hash).toArray(byte[][]::new)));
				if (today != null) {
					statement.setObject(6, today);
				}
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

	void insert(byte[] hash, int fiscalYear, String agencyCode, Instrument instrument, LocalDate expiresOn) {
		this.jdbc.sql("""
				insert into survey_form_token (hash, fiscal_year, agency_code, instrument, expires_on)
				values (:hash, :fiscalYear, :agencyCode, :instrument, :expiresOn)""")
			.param("hash", hash)
			.param("fiscalYear", fiscalYear)
			.param("agencyCode", agencyCode)
			.param("instrument", instrument.name())
			.param("expiresOn", expiresOn)
			.update();
	}

	/**
	 * Uses a token of this survey: one conditional UPDATE, so of two transactions using
	 * one token exactly one changes the row.
	 */
	Use use(byte[] hash, int fiscalYear, String agencyCode, Instrument instrument, LocalDate today) {
		int updated = this.jdbc.sql("""
				update survey_form_token set used = true
				where hash = :hash and fiscal_year = :fiscalYear and agency_code = :agencyCode
				  and instrument = :instrument and not used and expires_on >= :today""")
			.param("hash", hash)
			.param("fiscalYear", fiscalYear)
			.param("agencyCode", agencyCode)
			.param("instrument", instrument.name())
			.param("today", today)
			.update();
		if (updated == 1) {
			return Use.USED_NOW;
		}
		boolean used = this.jdbc.sql("""
				select exists (select 1 from survey_form_token where hash = :hash and fiscal_year = :fiscalYear
				  and agency_code = :agencyCode and instrument = :instrument and used)""")
			.param("hash", hash)
			.param("fiscalYear", fiscalYear)
			.param("agencyCode", agencyCode)
			.param("instrument", instrument.name())
			.query(Boolean.class)
			.single();
		return used ? Use.ALREADY_USED : Use.UNKNOWN;
	}

	/** Removes tokens that expired before the day. */
	int deleteExpired(LocalDate before) {
		return this.jdbc.sql("delete from survey_form_token where expires_on < :before")
			.param("before", before)
			.update();
	}

}
