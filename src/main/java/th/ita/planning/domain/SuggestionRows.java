package th.ita.planning.domain;

import java.util.List;
import java.util.Optional;

import th.ita.planning.domain.SuggestionService.Suggestion;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code planning_suggested_measure} table. */
@Repository
class SuggestionRows {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	SuggestionRows(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Every suggestion, retired ones included, by indicator. */
	List<Suggestion> all() {
		return this.jdbc.sql("select * from planning_suggested_measure order by indicator_number, id")
			.query((rs, n) -> new Suggestion(rs.getLong("id"), rs.getInt("indicator_number"), rs.getString("issue"),
					rs.getString("measure"), this.json.readValue(rs.getString("guidelines"), ContentRows.STRINGS),
					rs.getTimestamp("retired_at") != null))
			.list();
	}

	void retire(long id, boolean retired, String user) {
		this.jdbc.sql("""
				update planning_suggested_measure set retired_at = case when :r then now() end,
				    retired_by = case when :r then :u end, updated_by = :u, updated_at = now() where id = :id""")
			.param("id", id)
			.param("r", retired)
			.param("u", user)
			.update();
	}

	Optional<Suggestion> find(long id) {
		return all().stream().filter(s -> s.id() == id).findFirst();
	}

	long insert(Suggestion s, String user) {
		return this.jdbc.sql("""
				insert into planning_suggested_measure (indicator_number, issue, measure, guidelines, updated_by)
				values (:i, :issue, :m, cast(:g as jsonb), :u) returning id""")
			.param("i", s.indicatorNumber())
			.param("issue", s.issue())
			.param("m", s.measure())
			.param("g", this.json.writeValueAsString(s.guidelines()))
			.param("u", user)
			.query(Long.class)
			.single();
	}

	void update(Suggestion s, String user) {
		this.jdbc.sql("""
				update planning_suggested_measure set indicator_number = :i, issue = :issue, measure = :m,
				    guidelines = cast(:g as jsonb), updated_by = :u, updated_at = now() where id = :id""")
			.param("id", s.id())
			.param("i", s.indicatorNumber())
			.param("issue", s.issue())
			.param("m", s.measure())
			.param("g", this.json.writeValueAsString(s.guidelines()))
			.param("u", user)
			.update();
	}

	void delete(long id) {
		this.jdbc.sql("delete from planning_suggested_measure where id = :id").param("id", id).update();
	}

	boolean any() {
		return this.jdbc.sql("select count(*) from planning_suggested_measure").query(Long.class).single() > 0;
	}

}
