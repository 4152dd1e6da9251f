package th.ita.assessment.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code assessment_history}. */
@Repository
class HistoryRows {

	private final JdbcClient jdbc;

	HistoryRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<HistoryEntry> of(String agencyCode) {
		return this.jdbc.sql("select * from assessment_history where agency_code = :a order by fiscal_year")
			.param("a", agencyCode)
			.query(HistoryRows::entry)
			.list();
	}

	/**
	 * Per imported fiscal year: agencies, mean ITA (2 decimals), at or above the mark.
	 */
	List<th.ita.assessment.PastResults.PastYear> years(BigDecimal passMark) {
		return this.jdbc.sql("""
				select fiscal_year, count(*) as n, round(avg(ita_score), 2) as mean,
				  count(*) filter (where ita_score >= :mark) as passed
				from assessment_history group by fiscal_year order by fiscal_year""")
			.param("mark", passMark)
			.query((rs, n) -> new th.ita.assessment.PastResults.PastYear(rs.getInt("fiscal_year"), rs.getLong("n"),
					rs.getBigDecimal("mean"), rs.getLong("passed")))
			.list();
	}

	Optional<HistoryEntry> find(String agencyCode, int fiscalYear) {
		return this.jdbc.sql("select * from assessment_history where agency_code = :a and fiscal_year = :y")
			.param("a", agencyCode)
			.param("y", fiscalYear)
			.query(HistoryRows::entry)
			.optional();
	}

	void upsert(HistoryEntry e) {
		var sql = this.jdbc
			.sql("""
					insert into assessment_history (agency_code, fiscal_year, ita_score, i1, i2, i3, i4, i5, i6, i7, i8, i9, i10)
					values (:a, :y, :score, :i1, :i2, :i3, :i4, :i5, :i6, :i7, :i8, :i9, :i10)
					on conflict (agency_code, fiscal_year) do update set ita_score = excluded.ita_score,
					  i1 = excluded.i1, i2 = excluded.i2, i3 = excluded.i3, i4 = excluded.i4, i5 = excluded.i5,
					  i6 = excluded.i6, i7 = excluded.i7, i8 = excluded.i8, i9 = excluded.i9, i10 = excluded.i10,
					  updated_at = now()""")
			.param("a", e.agencyCode())
			.param("y", e.fiscalYear())
			.param("score", e.itaScore());
		for (int i = 1; i <= 10; i++) {
			sql = sql.param("i" + i, indicator(e, i), java.sql.Types.NUMERIC);
		}
		sql.update();
	}

	private static @Nullable BigDecimal indicator(HistoryEntry e, int i) {
		return (e.indicators().size() >= i) ? e.indicators().get(i - 1) : null;
	}

	private static HistoryEntry entry(ResultSet rs, int row) throws SQLException {
		List<@Nullable BigDecimal> indicators = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			indicators.add(rs.getBigDecimal("i" + i));
		}
		if (indicators.stream().allMatch(java.util.Objects::isNull)) {
			indicators.clear();
		}
		return new HistoryEntry(rs.getString("agency_code"), rs.getInt("fiscal_year"), rs.getBigDecimal("ita_score"),
				indicators);
	}

}
