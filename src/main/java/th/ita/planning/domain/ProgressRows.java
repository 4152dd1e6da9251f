package th.ita.planning.domain;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import th.ita.planning.PlanDocument.Link;
import th.ita.planning.PlanDocument.ProgressEntry;
import th.ita.planning.ProgressStatus;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code planning_progress} (never updated) and {@code planning_progress_image}
 * tables.
 */
@Repository
class ProgressRows {

	static final TypeReference<List<Link>> LINKS = new TypeReference<>() {
	};

	/** An entry with what it reports on. */
	record Stored(@Nullable Long activityId, @Nullable Long measureId, ProgressEntry entry) {
	}

	/** A stored image. */
	record Image(long id, long planId, String contentType, byte[] bytes) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ProgressRows(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	long insert(long planId, @Nullable Long activityId, @Nullable Long measureId, java.time.LocalDate date,
			ProgressStatus status, int percent, BigDecimal spent, @Nullable String narrative, List<Link> links,
			String user) {
		Map<String, @Nullable Object> p = new HashMap<>();
		p.put("plan", planId);
		p.put("activity", activityId);
		p.put("measure", measureId);
		p.put("date", Date.valueOf(date));
		p.put("status", status.name());
		p.put("percent", percent);
		p.put("spent", spent);
		p.put("narrative", narrative);
		p.put("links", this.json.writeValueAsString(links));
		p.put("user", user);
		return this.jdbc.sql("""
				insert into planning_progress (plan_id, activity_id, measure_id, entry_date, status, percent, spent,
				    narrative, links, recorded_by)
				values (:plan, :activity, :measure, :date, :status, :percent, :spent, :narrative, cast(:links as jsonb),
				    :user) returning id""").params(p).query(Long.class).single();
	}

	/** Every entry of a plan, oldest first, with its image ids. */
	List<Stored> all(long planId) {
		Map<Long, List<Long>> images = new HashMap<>();
		this.jdbc.sql("""
				select i.id, i.progress_id from planning_progress_image i
				join planning_progress p on p.id = i.progress_id where p.plan_id = :p order by i.id""")
			.param("p", planId)
			.query((rs, n) -> Map.entry(rs.getLong(2), rs.getLong(1)))
			.list()
			.forEach(e -> images.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return this.jdbc.sql("select * from planning_progress where plan_id = :p order by entry_date, id")
			.param("p", planId)
			.query((rs, n) -> {
				long id = rs.getLong("id");
				ProgressEntry entry = new ProgressEntry(id, rs.getDate("entry_date").toLocalDate(),
						ProgressStatus.valueOf(rs.getString("status")), rs.getInt("percent"), rs.getBigDecimal("spent"),
						rs.getString("narrative"), this.json.readValue(rs.getString("links"), LINKS),
						List.copyOf(images.getOrDefault(id, List.of())), rs.getString("recorded_by"));
				return new Stored((Long) rs.getObject("activity_id"), (Long) rs.getObject("measure_id"), entry);
			})
			.list();
	}

	/** The plan an entry belongs to. */
	Optional<Long> planOf(long progressId) {
		return this.jdbc.sql("select plan_id from planning_progress where id = :id")
			.param("id", progressId)
			.query(Long.class)
			.optional();
	}

	long addImage(long progressId, String contentType, byte[] bytes, String user) {
		return this.jdbc.sql("""
				insert into planning_progress_image (progress_id, content_type, size_bytes, bytes, uploaded_by)
				values (:p, :t, :s, :b, :u) returning id""")
			.param("p", progressId)
			.param("t", contentType)
			.param("s", bytes.length)
			.param("b", bytes)
			.param("u", user)
			.query(Long.class)
			.single();
	}

	Optional<Image> image(long id) {
		return this.jdbc.sql("""
				select i.id, p.plan_id, i.content_type, i.bytes from planning_progress_image i
				join planning_progress p on p.id = i.progress_id where i.id = :id""")
			.param("id", id)
			.query((rs, n) -> new Image(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBytes(4)))
			.optional();
	}

}
