package th.ita.planning.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import th.ita.planning.PlanKind;
import th.ita.planning.PlanStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code planning_plan} and {@code planning_analysis} tables. The plan row changes
 * only when its version is unchanged.
 */
@Repository
class PlanRows {

	/** A plan row as stored, with who did what when. */
	record PlanRow(Plan plan, @Nullable String approvedBy, @Nullable Instant approvedAt, @Nullable Instant publishedAt,
			@Nullable Instant progressPublishedAt) {
	}

	private final JdbcClient jdbc;

	PlanRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<PlanRow> find(int fiscalYear, String agencyCode, PlanKind kind) {
		return this.jdbc.sql("select * from planning_plan where fiscal_year = :y and agency_code = :a and kind = :k")
			.param("y", fiscalYear)
			.param("a", agencyCode)
			.param("k", kind.name())
			.query(PlanRows::row)
			.optional();
	}

	Optional<PlanRow> byId(long id) {
		return this.jdbc.sql("select * from planning_plan where id = :id")
			.param("id", id)
			.query(PlanRows::row)
			.optional();
	}

	List<PlanRow> all(String agencyCode) {
		return this.jdbc.sql("select * from planning_plan where agency_code = :a order by fiscal_year desc, kind")
			.param("a", agencyCode)
			.query(PlanRows::row)
			.list();
	}

	/** Creates the plan if it is not there yet; answers its id either way. */
	long create(int fiscalYear, String agencyCode, PlanKind kind, String user) {
		this.jdbc.sql("""
				insert into planning_plan (fiscal_year, agency_code, kind, status, created_by)
				values (:y, :a, :k, 'DRAFT', :u) on conflict do nothing""")
			.param("y", fiscalYear)
			.param("a", agencyCode)
			.param("k", kind.name())
			.param("u", user)
			.update();
		return find(fiscalYear, agencyCode, kind).orElseThrow().plan().id();
	}

	/**
	 * Stores the plan's new status and who set it ({@code column} is one of
	 * {@code submitted}, {@code approved}, {@code published},
	 * {@code progress_published}); false when the version is stale.
	 */
	boolean transition(Plan plan, String column, String user) {
		String by = switch (column) {
			case "submitted" -> "submitted_by = :u";
			case "approved" -> "approved_by = :u, approved_at = now()";
			case "published" -> "published_by = :u, published_at = now()";
			case "progress_published" -> "progress_published_by = :u, progress_published_at = now()";
			case "reopened" -> "approved_by = null, approved_at = null, published_by = null, published_at = null";
			default -> "created_by = created_by";
		};
		return this.jdbc
			.sql("update planning_plan set status = :s, version = version + 1, " + by
					+ " where id = :id and version = :v")
			.param("s", plan.status().name())
			.param("u", user)
			.param("id", plan.id())
			.param("v", plan.version())
			.update() == 1;
	}

	Map<Integer, String> analyses(long planId) {
		Map<Integer, String> texts = new LinkedHashMap<>();
		this.jdbc.sql("select indicator_number, analysis from planning_analysis where plan_id = :p order by 1")
			.param("p", planId)
			.query((rs, n) -> Map.entry(rs.getInt(1), rs.getString(2)))
			.list()
			.forEach(e -> texts.put(e.getKey(), e.getValue()));
		return texts;
	}

	void saveAnalysis(long planId, int indicator, @Nullable String text) {
		if (text == null) {
			this.jdbc.sql("delete from planning_analysis where plan_id = :p and indicator_number = :i")
				.param("p", planId)
				.param("i", indicator)
				.update();
			return;
		}
		this.jdbc.sql("""
				insert into planning_analysis (plan_id, indicator_number, analysis) values (:p, :i, :t)
				on conflict (plan_id, indicator_number) do update set analysis = excluded.analysis""")
			.param("p", planId)
			.param("i", indicator)
			.param("t", text)
			.update();
	}

	private static PlanRow row(ResultSet rs, int n) throws SQLException {
		Plan plan = new Plan(rs.getLong("id"), rs.getInt("fiscal_year"), rs.getString("agency_code"),
				PlanKind.valueOf(rs.getString("kind")), PlanStatus.valueOf(rs.getString("status")),
				rs.getLong("version"), instant(rs, "progress_published_at"));
		return new PlanRow(plan, rs.getString("approved_by"), instant(rs, "approved_at"), instant(rs, "published_at"),
				plan.progressPublishedAt);
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return (t != null) ? t.toInstant() : null;
	}

}
