package th.ita.survey.responses;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import th.ita.framework.Instrument;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes {@code survey_response}: the answers as jsonb and the day, under a
 * random UUID. Aggregates only ever leave as counts per (group, item, value); responses
 * excluded after the anomaly report ({@code survey_exclusion}) are left out of them.
 */
@Repository
class ResponseRows {

	private final JdbcClient jdbc;

	ResponseRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(int fiscalYear, String agencyCode, Instrument instrument, String group, String answersJson,
			LocalDate day) {
		this.jdbc.sql("""
				insert into survey_response (id, fiscal_year, agency_code, instrument, respondent_group, answers,
				  submitted_on)
				values (:id, :fiscalYear, :agencyCode, :instrument, :group, cast(:answers as jsonb), :day)""")
			.param("id", UUID.randomUUID())
			.param("fiscalYear", fiscalYear)
			.param("agencyCode", agencyCode)
			.param("instrument", instrument.name())
			.param("group", group)
			.param("answers", answersJson)
			.param("day", day)
			.update();
	}

	/** One count of answers: how many respondents of a group gave an item a value. */
	record ValueCount(String group, String item, int value, long count) {
	}

	List<ValueCount> valueCounts(int fiscalYear, String agencyCode, Instrument instrument) {
		return this.jdbc.sql("""
				select r.respondent_group, a.key, a.value, count(*) as n
				from survey_response r, jsonb_each_text(r.answers) a
				where r.fiscal_year = :fiscalYear and r.agency_code = :agencyCode and r.instrument = :instrument
				  and not exists (select 1 from survey_exclusion e where e.response_id = r.id)
				group by r.respondent_group, a.key, a.value""")
			.param("fiscalYear", fiscalYear)
			.param("agencyCode", agencyCode)
			.param("instrument", instrument.name())
			.query((rs, n) -> new ValueCount(rs.getString(1), rs.getString(2), parse(rs.getString(3)), rs.getLong(4)))
			.list();
	}

	/**
	 * One count of answers of a round: how many of an agency's respondents gave a value.
	 */
	record AgencyValueCount(String agencyCode, String item, int value, long count) {
	}

	/**
	 * The answer counts of every agency of a round for an instrument, in one statement
	 * (streamed to {@code each}).
	 */
	void valueCounts(int fiscalYear, Instrument instrument, java.util.function.Consumer<AgencyValueCount> each) {
		this.jdbc.sql("""
				select r.agency_code, a.key, a.value, count(*) as n
				from survey_response r, jsonb_each_text(r.answers) a
				where r.fiscal_year = :fiscalYear and r.instrument = :instrument
				  and not exists (select 1 from survey_exclusion e where e.response_id = r.id)
				group by r.agency_code, a.key, a.value""")
			.param("fiscalYear", fiscalYear)
			.param("instrument", instrument.name())
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> each
				.accept(new AgencyValueCount(rs.getString(1), rs.getString(2), parse(rs.getString(3)), rs.getLong(4))));
	}

	/** One count of respondents. */
	record GroupCount(String agencyCode, String instrument, String group, long count) {
	}

	List<GroupCount> groupCounts(int fiscalYear) {
		return this.jdbc
			.sql("""
					select agency_code, instrument, respondent_group, count(*) from survey_response r
					where fiscal_year = :fiscalYear and not exists (select 1 from survey_exclusion e where e.response_id = r.id)
					group by agency_code, instrument, respondent_group""")
			.param("fiscalYear", fiscalYear)
			.query((rs, n) -> new GroupCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.list();
	}

	List<GroupCount> groupCounts(int fiscalYear, String agencyCode) {
		return this.jdbc.sql("""
				select agency_code, instrument, respondent_group, count(*) from survey_response r
				where fiscal_year = :fiscalYear and agency_code = :agencyCode
				  and not exists (select 1 from survey_exclusion e where e.response_id = r.id)
				group by agency_code, instrument, respondent_group""")
			.param("fiscalYear", fiscalYear)
			.param("agencyCode", agencyCode)
			.query((rs, n) -> new GroupCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.list();
	}

	private static int parse(String value) {
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			return Integer.MIN_VALUE;
		}
	}

}
