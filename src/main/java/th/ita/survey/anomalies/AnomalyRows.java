package th.ita.survey.anomalies;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The queries of the anomaly report over {@code survey_response} and
 * {@code survey_exclusion}. Groups only: no query returns a single response's id.
 */
@Repository
class AnomalyRows {

	/**
	 * A response gives every rating item (a scale of 3 or more options, given as
	 * {@code :rated}) the same value, and answers at least 5 of them.
	 */
	static final String STRAIGHT = """
			(select count(distinct v.value) from jsonb_each(r.answers) v where v.key = any(:rated)) = 1
			and (select count(*) from jsonb_each(r.answers) v where v.key = any(:rated)) >= 5""";

	private static final String EXCLUDED = "exists (select 1 from survey_exclusion e where e.response_id = r.id)";

	private final JdbcClient jdbc;

	AnomalyRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Count(String agencyCode, String instrument, @Nullable LocalDate day, @Nullable String key, long responses,
			long excluded, long total) {
	}

	/** Responses per agency, instrument and day, with the agency's total. */
	List<Count> days(int fiscalYear) {
		return this.jdbc.sql("""
				select agency_code, instrument, submitted_on, n, x, sum(n) over (partition by agency_code, instrument)
				from (select r.agency_code, r.instrument, r.submitted_on, count(*) n, count(*) filter (where %s) x
				      from survey_response r where r.fiscal_year = :fy group by 1, 2, 3) d""".formatted(EXCLUDED))
			.param("fy", fiscalYear)
			.query((rs, i) -> new Count(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), null,
					rs.getLong(4), rs.getLong(5), rs.getLong(6)))
			.list();
	}

	/** Groups of at least {@code minimum} responses with the same answers. */
	List<Count> identical(int fiscalYear, int minimum) {
		return this.jdbc
			.sql("""
					select r.agency_code, r.instrument, md5(r.answers::text), count(*), count(*) filter (where %s)
					from survey_response r where r.fiscal_year = :fy
					group by r.agency_code, r.instrument, md5(r.answers::text) having count(*) >= :minimum"""
				.formatted(EXCLUDED))
			.param("fy", fiscalYear)
			.param("minimum", minimum)
			.query((rs, i) -> new Count(rs.getString(1), rs.getString(2), null, rs.getString(3), rs.getLong(4),
					rs.getLong(5), 0))
			.list();
	}

	/** Straight-lined responses per agency and instrument. */
	List<Count> straight(int fiscalYear, String[] rated) {
		return this.jdbc.sql("""
				select r.agency_code, r.instrument, count(*), count(*) filter (where %s)
				from survey_response r where r.fiscal_year = :fy and %s
				group by r.agency_code, r.instrument""".formatted(EXCLUDED, STRAIGHT))
			.param("fy", fiscalYear)
			.param("rated", rated)
			.query((rs, i) -> new Count(rs.getString(1), rs.getString(2), null, null, rs.getLong(3), rs.getLong(4), 0))
			.list();
	}

	long responses(int fiscalYear) {
		return this.jdbc.sql("select count(*) from survey_response where fiscal_year = ?")
			.param(fiscalYear)
			.query(Long.class)
			.single();
	}

	List<AnomalyReport.Exclusion> exclusions(int fiscalYear) {
		return this.jdbc.sql("""
				select e.agency_code, r.instrument, e.kind, e.reason, e.excluded_on, count(*)
				from survey_exclusion e join survey_response r on r.id = e.response_id
				where e.fiscal_year = ? group by 1, 2, 3, 4, 5 order by 5 desc, 1, 2""")
			.param(fiscalYear)
			.query((rs, i) -> new AnomalyReport.Exclusion(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getObject(5, LocalDate.class), rs.getLong(6)))
			.list();
	}

	/**
	 * Excludes every not yet excluded response of a flag's group.
	 * @return how many were excluded now
	 */
	int exclude(int fiscalYear, AnomalyReport.Flag flag, String reason, LocalDate today, String[] rated) {
		JdbcClient.StatementSpec sql = this.jdbc.sql("""
				insert into survey_exclusion (response_id, fiscal_year, agency_code, kind, reason, excluded_on)
				select r.id, r.fiscal_year, r.agency_code, :kind, :reason, :today from survey_response r
				where r.fiscal_year = :fy and r.agency_code = :agency and r.instrument = :instrument and %s
				on conflict (response_id) do nothing""".formatted(where(flag)))
			.param("kind", flag.kind().name())
			.param("reason", reason)
			.param("today", today);
		return group(sql, fiscalYear, flag, rated).update();
	}

	/**
	 * Takes the responses of a flag's group back into the results (deletes their
	 * exclusions, whatever flag excluded them).
	 * @return how many were taken back
	 */
	int restore(int fiscalYear, AnomalyReport.Flag flag, String[] rated) {
		JdbcClient.StatementSpec sql = this.jdbc.sql("""
				delete from survey_exclusion e using survey_response r
				where e.response_id = r.id and r.fiscal_year = :fy and r.agency_code = :agency
				  and r.instrument = :instrument and %s""".formatted(where(flag)));
		return group(sql, fiscalYear, flag, rated).update();
	}

	private static String where(AnomalyReport.Flag flag) {
		return switch (flag.kind()) {
			case BURST -> "r.submitted_on = :day";
			case IDENTICAL -> "md5(r.answers::text) = :key";
			case STRAIGHT_LINE -> STRAIGHT;
		};
	}

	private static JdbcClient.StatementSpec group(JdbcClient.StatementSpec statement, int fiscalYear,
			AnomalyReport.Flag flag, String[] rated) {
		String key = flag.id().substring(flag.id().lastIndexOf(':') + 1);
		JdbcClient.StatementSpec sql = statement.param("fy", fiscalYear)
			.param("agency", flag.agencyCode())
			.param("instrument", flag.instrument());
		if (flag.kind() == AnomalyReport.Kind.BURST) {
			sql = sql.param("day", flag.day());
		}
		else if (flag.kind() == AnomalyReport.Kind.IDENTICAL) {
			sql = sql.param("key", key);
		}
		else {
			sql = sql.param("rated", rated);
		}
		return sql;
	}

}
