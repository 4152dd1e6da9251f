package th.ita.survey.responses;

import java.time.LocalDate;

import th.ita.framework.Instrument;

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

	FormTokenRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
