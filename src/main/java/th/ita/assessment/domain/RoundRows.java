package th.ita.assessment.domain;

import java.sql.Date;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import th.ita.assessment.Activity;
import th.ita.assessment.RoundSummary;
import th.ita.assessment.Window;
import th.ita.framework.FrameworkRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code assessment_round} and {@code assessment_window}. */
@Repository
class RoundRows {

	private final JdbcClient jdbc;

	RoundRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Head(int fiscalYear, String programme, FrameworkRef framework, boolean synthetic,
			java.time.Instant createdAt) {
	}

	boolean exists(String programme, int fiscalYear) {
		return this.jdbc.sql("select exists (select 1 from assessment_round where programme = :p and fiscal_year = :y)")
			.param("p", programme)
			.param("y", fiscalYear)
			.query(Boolean.class)
			.single();
	}

	/** Inserts a round; false when (programme, fiscal year) exists already. */
	boolean insert(String programme, int fiscalYear, FrameworkRef framework, boolean synthetic) {
		return this.jdbc.sql("""
				insert into assessment_round (programme, fiscal_year, framework_code, framework_version, synthetic)
				values (:p, :y, :code, :version, :synthetic) on conflict do nothing""")
			.param("p", programme)
			.param("y", fiscalYear)
			.param("code", framework.code())
			.param("version", framework.version())
			.param("synthetic", synthetic)
			.update() == 1;
	}

	void replaceWindows(String programme, int fiscalYear, Map<Activity, Window> windows) {
		this.jdbc.sql("delete from assessment_window where programme = :p and fiscal_year = :y")
			.param("p", programme)
			.param("y", fiscalYear)
			.update();
		windows.forEach((activity, window) -> this.jdbc.sql("""
				insert into assessment_window (programme, fiscal_year, activity, starts_on, ends_on)
				values (:p, :y, :activity, :from, :to)""")
			.param("p", programme)
			.param("y", fiscalYear)
			.param("activity", activity.name())
			.param("from", Date.valueOf(window.from()))
			.param("to", Date.valueOf(window.to()))
			.update());
		this.jdbc.sql("update assessment_round set updated_at = now() where programme = :p and fiscal_year = :y")
			.param("p", programme)
			.param("y", fiscalYear)
			.update();
	}

	Optional<RoundSummary> find(String programme, int fiscalYear) {
		return this.jdbc.sql("select * from assessment_round where programme = :p and fiscal_year = :y")
			.param("p", programme)
			.param("y", fiscalYear)
			.query(RoundRows::head)
			.optional()
			.map(h -> summary(h, windows(programme, fiscalYear)));
	}

	/** Every round, newest fiscal year first. */
	List<RoundSummary> all() {
		List<Head> heads = this.jdbc.sql("select * from assessment_round order by fiscal_year desc, programme")
			.query(RoundRows::head)
			.list();
		Map<String, Map<Activity, Window>> windows = new HashMap<>();
		this.jdbc.sql("select * from assessment_window").query(rs -> {
			windows
				.computeIfAbsent(rs.getString("programme") + "/" + rs.getInt("fiscal_year"),
						k -> new EnumMap<>(Activity.class))
				.put(Activity.valueOf(rs.getString("activity")), window(rs));
		});
		List<RoundSummary> rounds = new ArrayList<>();
		for (Head h : heads) {
			rounds.add(summary(h, windows.getOrDefault(h.programme() + "/" + h.fiscalYear(), Map.of())));
		}
		return rounds;
	}

	private Map<Activity, Window> windows(String programme, int fiscalYear) {
		Map<Activity, Window> windows = new EnumMap<>(Activity.class);
		this.jdbc.sql("select * from assessment_window where programme = :p and fiscal_year = :y")
			.param("p", programme)
			.param("y", fiscalYear)
			.query(rs -> {
				windows.put(Activity.valueOf(rs.getString("activity")), window(rs));
			});
		return windows;
	}

	private static Window window(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Window(rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate());
	}

	private static Head head(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Head(rs.getInt("fiscal_year"), rs.getString("programme"),
				new FrameworkRef(rs.getString("framework_code"), rs.getInt("framework_version")),
				rs.getBoolean("synthetic"), rs.getTimestamp("created_at").toInstant());
	}

	private static RoundSummary summary(Head h, Map<Activity, Window> windows) {
		return new RoundSummary(h.fiscalYear(), h.programme(), h.framework(), windows, h.synthetic(), h.createdAt());
	}

}
