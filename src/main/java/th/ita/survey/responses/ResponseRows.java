package th.ita.survey.responses;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import th.ita.framework.Instrument;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
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

	private final JdbcTemplate template;

	ResponseRows(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** One response to insert; {@code answersJson} is a jsonb object. */
	record Row(int fiscalYear, String agencyCode, Instrument instrument, String group, String answersJson,
			LocalDate day) {

		@Override
		public String toString() {
			return "Row[" + this.fiscalYear + "/" + this.agencyCode + "/" + this.instrument + ", <redacted>]";
		}

	}

	/**
	 * Inserts the rows in one statement (arrays through {@code unnest}), each under a
	 * random UUID.
	 */
	void insertAll(List<Row> rows) {
		if (rows.isEmpty()) {
			return;
		}
		this.template.execute((ConnectionCallback<Integer>) connection -> {
			try (PreparedStatement statement = connection.prepareStatement("""
					insert into survey_response (id, fiscal_year, agency_code, instrument, respondent_group, answers,
					  submitted_on)
					select t.id, t.fiscal_year, t.agency, t.instrument, t.grp, cast(t.answers as jsonb),
					  cast(t.day as date)
					from unnest(?::uuid[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
					  as t(id, fiscal_year, agency, instrument, grp, answers, day)""")) {
				statement.setArray(1, connection.createArrayOf("uuid",
						rows.stream().map(r -> UUID.randomUUID()).toArray(UUID[]::new)));
				statement.setArray(2,
						connection.createArrayOf("int4", rows.stream().map(Row::fiscalYear).toArray(Integer[]::new)));
				statement.setArray(3,
						connection.createArrayOf("text", rows.stream().map(Row::agencyCode).toArray(String[]::new)));
				statement.setArray(4, connection.createArrayOf("text",
						rows.stream().map(r -> r.instrument().name()).toArray(String[]::new)));
				statement.setArray(5,
						connection.createArrayOf("text", rows.stream().map(Row::group).toArray(String[]::new)));
				statement.setArray(6,
						connection.createArrayOf("text", rows.stream().map(Row::answersJson).toArray(String[]::new)));
				statement.setArray(7, connection.createArrayOf("text",
						rows.stream().map(r -> r.day().toString()).toArray(String[]::new)));
				return statement.executeUpdate();
			}
		});
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
