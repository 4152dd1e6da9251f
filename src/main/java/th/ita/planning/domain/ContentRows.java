package th.ita.planning.domain;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import th.ita.planning.PlanDocument.KpiTarget;
import th.ita.planning.PlanDocument.Person;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code planning_measure}, {@code planning_project} and {@code planning_activity}
 * tables.
 */
@Repository
class ContentRows {

	static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	static final TypeReference<List<Person>> PEOPLE = new TypeReference<>() {
	};

	static final TypeReference<List<KpiTarget>> TARGETS = new TypeReference<>() {
	};

	record MeasureRow(long id, long planId, @Nullable Integer indicatorNumber, String issue, String measure,
			List<String> guidelines, @Nullable String responsibleUnit, @Nullable String period) {
	}

	record ProjectRow(long id, long planId, String name, @Nullable String rationale, List<String> objectives,
			@Nullable String goals, @Nullable String targetGroup, @Nullable Integer targetSize,
			List<KpiTarget> kpiTargets, @Nullable LocalDate durationFrom, @Nullable LocalDate durationTo,
			@Nullable String place, List<String> expectedImpact, List<String> monitoring, List<Person> advisers,
			List<Person> workingGroup, List<Person> editors) {
	}

	record ActivityRow(long id, long projectId, @Nullable String code, @Nullable String groupName, String name,
			String kpi, String unit, BigDecimal targetQuantity, BigDecimal budget, List<YearMonth> months,
			@Nullable String responsibleGroup, List<String> strategyTargets) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ContentRows(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<MeasureRow> measures(long planId) {
		return this.jdbc.sql("select * from planning_measure where plan_id = :p order by position, id")
			.param("p", planId)
			.query(this::mapMeasure)
			.list();
	}

	Optional<MeasureRow> measure(long id) {
		return this.jdbc.sql("select * from planning_measure where id = :id")
			.param("id", id)
			.query(this::mapMeasure)
			.optional();
	}

	long insertMeasure(long planId, MeasureRow m) {
		return this.jdbc
			.sql("""
					insert into planning_measure (plan_id, position, indicator_number, issue, measure, guidelines,
					    responsible_unit, period)
					values (:p, (select coalesce(max(position), 0) + 1 from planning_measure where plan_id = :p), :i, :issue,
					    :m, cast(:g as jsonb), :u, :period) returning id""")
			.param("p", planId)
			.params(measureParams(m))
			.query(Long.class)
			.single();
	}

	void updateMeasure(long id, MeasureRow m) {
		this.jdbc.sql("""
				update planning_measure set indicator_number = :i, issue = :issue, measure = :m,
				    guidelines = cast(:g as jsonb), responsible_unit = :u, period = :period where id = :id""")
			.param("id", id)
			.params(measureParams(m))
			.update();
	}

	void deleteMeasure(long id) {
		this.jdbc.sql("delete from planning_measure where id = :id").param("id", id).update();
	}

	List<ProjectRow> projects(long planId) {
		return this.jdbc.sql("select * from planning_project where plan_id = :p order by position, id")
			.param("p", planId)
			.query(this::mapProject)
			.list();
	}

	Optional<ProjectRow> project(long id) {
		return this.jdbc.sql("select * from planning_project where id = :id")
			.param("id", id)
			.query(this::mapProject)
			.optional();
	}

	long insertProject(long planId, ProjectRow p) {
		return this.jdbc.sql("""
				insert into planning_project (plan_id, position, name, rationale, objectives, goals, target_group,
				    target_size, kpi_targets, duration_from, duration_to, place, expected_impact, monitoring,
				    advisers, working_group, editors)
				values (:plan, (select coalesce(max(position), 0) + 1 from planning_project where plan_id = :plan),
				    :name, :rationale, cast(:objectives as jsonb), :goals, :tg, :ts, cast(:kpi as jsonb), :df, :dt,
				    :place, cast(:impact as jsonb), cast(:monitoring as jsonb), cast(:advisers as jsonb),
				    cast(:wg as jsonb), cast(:editors as jsonb)) returning id""")
			.param("plan", planId)
			.params(projectParams(p))
			.query(Long.class)
			.single();
	}

	void updateProject(long id, ProjectRow p) {
		this.jdbc
			.sql("""
					update planning_project set name = :name, rationale = :rationale, objectives = cast(:objectives as jsonb),
					    goals = :goals, target_group = :tg, target_size = :ts, kpi_targets = cast(:kpi as jsonb),
					    duration_from = :df, duration_to = :dt, place = :place, expected_impact = cast(:impact as jsonb),
					    monitoring = cast(:monitoring as jsonb), advisers = cast(:advisers as jsonb),
					    working_group = cast(:wg as jsonb), editors = cast(:editors as jsonb) where id = :id""")
			.param("id", id)
			.params(projectParams(p))
			.update();
	}

	void deleteProject(long id) {
		this.jdbc.sql("delete from planning_project where id = :id").param("id", id).update();
	}

	List<ActivityRow> activities(long planId) {
		return this.jdbc.sql("""
				select a.* from planning_activity a join planning_project p on p.id = a.project_id
				where p.plan_id = :p order by a.project_id, a.position, a.id""")
			.param("p", planId)
			.query(this::mapActivity)
			.list();
	}

	Optional<ActivityRow> activity(long id) {
		return this.jdbc.sql("select * from planning_activity where id = :id")
			.param("id", id)
			.query(this::mapActivity)
			.optional();
	}

	long insertActivity(long projectId, ActivityRow a) {
		return this.jdbc
			.sql("""
					insert into planning_activity (project_id, position, code, group_name, name, kpi, unit,
					    target_quantity, budget, months, responsible_group, strategy_targets)
					values (:project, (select coalesce(max(position), 0) + 1 from planning_activity where project_id = :project),
					    :code, :group, :name, :kpi, :unit, :qty, :budget, cast(:months as jsonb), :rg,
					    cast(:st as jsonb)) returning id""")
			.param("project", projectId)
			.params(activityParams(a))
			.query(Long.class)
			.single();
	}

	void updateActivity(long id, ActivityRow a) {
		this.jdbc.sql("""
				update planning_activity set code = :code, group_name = :group, name = :name, kpi = :kpi,
				    unit = :unit, target_quantity = :qty, budget = :budget, months = cast(:months as jsonb),
				    responsible_group = :rg, strategy_targets = cast(:st as jsonb) where id = :id""")
			.param("id", id)
			.params(activityParams(a))
			.update();
	}

	void deleteActivity(long id) {
		this.jdbc.sql("delete from planning_activity where id = :id").param("id", id).update();
	}

	/** The plan an activity belongs to. */
	Optional<Long> planOfActivity(long activityId) {
		return this.jdbc.sql("""
				select p.plan_id from planning_activity a join planning_project p on p.id = a.project_id
				where a.id = :id""").param("id", activityId).query(Long.class).optional();
	}

	private java.util.Map<String, @Nullable Object> measureParams(MeasureRow m) {
		java.util.Map<String, @Nullable Object> p = new java.util.HashMap<>();
		p.put("i", m.indicatorNumber());
		p.put("issue", m.issue());
		p.put("m", m.measure());
		p.put("g", write(m.guidelines()));
		p.put("u", m.responsibleUnit());
		p.put("period", m.period());
		return p;
	}

	private java.util.Map<String, @Nullable Object> projectParams(ProjectRow p) {
		java.util.Map<String, @Nullable Object> m = new java.util.HashMap<>();
		m.put("name", p.name());
		m.put("rationale", p.rationale());
		m.put("objectives", write(p.objectives()));
		m.put("goals", p.goals());
		m.put("tg", p.targetGroup());
		m.put("ts", p.targetSize());
		m.put("kpi", write(p.kpiTargets()));
		m.put("df", (p.durationFrom() != null) ? Date.valueOf(p.durationFrom()) : null);
		m.put("dt", (p.durationTo() != null) ? Date.valueOf(p.durationTo()) : null);
		m.put("place", p.place());
		m.put("impact", write(p.expectedImpact()));
		m.put("monitoring", write(p.monitoring()));
		m.put("advisers", write(p.advisers()));
		m.put("wg", write(p.workingGroup()));
		m.put("editors", write(p.editors()));
		return m;
	}

	private java.util.Map<String, @Nullable Object> activityParams(ActivityRow a) {
		java.util.Map<String, @Nullable Object> m = new java.util.HashMap<>();
		m.put("code", a.code());
		m.put("group", a.groupName());
		m.put("name", a.name());
		m.put("kpi", a.kpi());
		m.put("unit", a.unit());
		m.put("qty", a.targetQuantity());
		m.put("budget", a.budget());
		m.put("months", write(a.months().stream().map(YearMonth::toString).toList()));
		m.put("rg", a.responsibleGroup());
		m.put("st", write(a.strategyTargets()));
		return m;
	}

	private String write(Object value) {
		return this.json.writeValueAsString(value);
	}

	private MeasureRow mapMeasure(ResultSet rs, int n) throws SQLException {
		return new MeasureRow(rs.getLong("id"), rs.getLong("plan_id"), (Integer) rs.getObject("indicator_number"),
				rs.getString("issue"), rs.getString("measure"),
				this.json.readValue(rs.getString("guidelines"), STRINGS), rs.getString("responsible_unit"),
				rs.getString("period"));
	}

	private ProjectRow mapProject(ResultSet rs, int n) throws SQLException {
		Date from = rs.getDate("duration_from");
		Date to = rs.getDate("duration_to");
		return new ProjectRow(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("name"), rs.getString("rationale"),
				this.json.readValue(rs.getString("objectives"), STRINGS), rs.getString("goals"),
				rs.getString("target_group"), (Integer) rs.getObject("target_size"),
				this.json.readValue(rs.getString("kpi_targets"), TARGETS), (from != null) ? from.toLocalDate() : null,
				(to != null) ? to.toLocalDate() : null, rs.getString("place"),
				this.json.readValue(rs.getString("expected_impact"), STRINGS),
				this.json.readValue(rs.getString("monitoring"), STRINGS),
				this.json.readValue(rs.getString("advisers"), PEOPLE),
				this.json.readValue(rs.getString("working_group"), PEOPLE),
				this.json.readValue(rs.getString("editors"), PEOPLE));
	}

	private ActivityRow mapActivity(ResultSet rs, int n) throws SQLException {
		List<YearMonth> months = this.json.readValue(rs.getString("months"), STRINGS)
			.stream()
			.map(YearMonth::parse)
			.toList();
		return new ActivityRow(rs.getLong("id"), rs.getLong("project_id"), rs.getString("code"),
				rs.getString("group_name"), rs.getString("name"), rs.getString("kpi"), rs.getString("unit"),
				rs.getBigDecimal("target_quantity"), rs.getBigDecimal("budget"), months,
				rs.getString("responsible_group"), this.json.readValue(rs.getString("strategy_targets"), STRINGS));
	}

}
