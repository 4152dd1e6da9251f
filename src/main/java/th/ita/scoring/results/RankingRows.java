package th.ita.scoring.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import th.ita.agency.AgencyType;
import th.ita.agency.Region;
import th.ita.scoring.RankingQuery;
import th.ita.scoring.RoundRanking.RankedAgency;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ranking and summary of a round in SQL over {@code scoring_snapshot}: ranks by a
 * window function over the whole round, filters and one page, so it stays fast at tens of
 * thousands of agencies.
 */
@Repository
class RankingRows {

	private static final String RANKED = """
			with ranked as (
			  select s.agency_code, s.agency_name_th, s.agency_name_en, s.agency_type, s.region, s.province,
			         s.ita_rounded, s.grade, s.passed, s.complete,
			         case when s.ita_rounded is null then null
			              else rank() over (order by s.ita_rounded desc nulls last) end as rnk
			  from scoring_snapshot s where s.fiscal_year = :y)
			select * from ranked r where 1 = 1""";

	private final JdbcClient jdbc;

	RankingRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<RankedAgency> page(int fiscalYear, RankingQuery q) {
		String order = switch (q.sort()) {
			case RANK -> "r.ita_rounded " + (q.descending() ? "asc nulls first" : "desc nulls last");
			case NAME -> "r.agency_name_th collate \"th-TH-x-icu\" " + (q.descending() ? "desc" : "asc");
			case CODE -> "r.agency_code " + (q.descending() ? "desc" : "asc");
		};
		Map<String, Object> params = new HashMap<>();
		String sql = RANKED + filters(fiscalYear, q, params) + " order by " + order
				+ ", r.agency_code limit :limit offset :offset";
		params.put("limit", q.size());
		params.put("offset", (long) q.page() * q.size());
		return this.jdbc.sql(sql)
			.params(params)
			.query((rs, n) -> new RankedAgency(rank(rs.getObject("rnk")), rs.getString("agency_code"),
					rs.getString("agency_name_th"), AgencyType.valueOf(rs.getString("agency_type")),
					Region.valueOf(rs.getString("region")), rs.getString("province"), rs.getBigDecimal("ita_rounded"),
					rs.getString("grade"), rs.getBoolean("passed"), rs.getBoolean("complete")))
			.list();
	}

	Totals totals(int fiscalYear, RankingQuery q) {
		Map<String, Object> params = new HashMap<>();
		String where = filters(fiscalYear, q, params);
		String sql = "select count(*) as n, count(s.ita_rounded) as scored, count(*) filter (where s.complete) as complete,"
				+ " avg(s.ita_rounded) as mean,"
				+ " percentile_cont(0.5) within group (order by s.ita_rounded) as median,"
				+ " count(*) filter (where s.passed) as passed" + " from scoring_snapshot s where s.fiscal_year = :y"
				+ where.replace("r.", "s.");
		Totals totals = this.jdbc.sql(sql)
			.params(params)
			.query((rs, n) -> new Totals(rs.getLong("n"), rs.getLong("scored"), rs.getLong("complete"),
					round(rs.getBigDecimal("mean")), round(rs.getBigDecimal("median")), rs.getLong("passed"),
					new HashMap<>()))
			.single();
		String grades = "select s.grade, count(*) as n from scoring_snapshot s where s.fiscal_year = :y"
				+ " and s.grade is not null" + where.replace("r.", "s.") + " group by s.grade";
		this.jdbc.sql(grades)
			.params(params)
			.query((rs, n) -> totals.grades().put(rs.getString("grade"), rs.getLong("n")))
			.list();
		return totals;
	}

	private static String filters(int fiscalYear, RankingQuery q, Map<String, Object> params) {
		params.put("y", fiscalYear);
		StringBuilder where = new StringBuilder();
		if (q.type() != null) {
			where.append(" and r.agency_type = :type");
			params.put("type", q.type().name());
		}
		if (q.region() != null) {
			where.append(" and r.region = :region");
			params.put("region", q.region().name());
		}
		if (q.province() != null) {
			where.append(" and r.province = :province");
			params.put("province", q.province());
		}
		if (q.search() != null) {
			where.append(" and (r.agency_name_th ilike :q or r.agency_code ilike :q or r.agency_name_en ilike :q)");
			params.put("q", "%" + q.search().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		return where.toString();
	}

	private static @Nullable Integer rank(@Nullable Object value) {
		return (value instanceof Number n) ? n.intValue() : null;
	}

	private static @Nullable BigDecimal round(@Nullable BigDecimal value) {
		return (value != null) ? value.setScale(2, RoundingMode.HALF_UP) : null;
	}

	record Totals(long enrolled, long scored, long complete, @Nullable BigDecimal mean, @Nullable BigDecimal median,
			long passed, Map<String, Long> grades) {
	}

}
