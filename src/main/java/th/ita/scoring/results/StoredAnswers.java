package th.ita.scoring.results;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;
import th.ita.scoring.snapshot.Snapshots;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public answers of a published round (GZIP JSON, as {@link ResultBytes} keeps them)
 * in {@code scoring_published_answer}: written with the publication, read at a miss and
 * by the warm-up, so a restarted server does not build 30,000 answers again. An answer
 * counts only while the agency's snapshot is the one it was built from: every read checks
 * the snapshot and compares its version, so a snapshot written after the publication (a
 * late verdict) makes its stored answer invisible instead of wrong.
 */
@Component
class StoredAnswers {

	/**
	 * The body of a stored row {@code a} while it counts (its round published, its
	 * agency's snapshot unchanged since), else null: key lookups per row, whatever the
	 * planner's statistics of a freshly written table (a plan that joined the round's
	 * every snapshot per page was most of the warm-up's time).
	 */
	private static final String BODY_IF_VALID = """
			case when exists (select 1 from scoring_snapshot s
			                  where s.fiscal_year = a.fiscal_year and s.agency_code = a.agency_code
			                    and s.inputs_fingerprint = a.inputs_fingerprint and s.computed_at = a.computed_at)
			      and exists (select 1 from scoring_publication p where p.fiscal_year = a.fiscal_year)
			then a.body end""";

	static final int PAGE = 500;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	StoredAnswers(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** An answer built from the snapshot. */
	record Answer(String agencyCode, Snapshots.Version version, byte[] body) {
	}

	/** Deletes the round's stored answers (in the caller's transaction). */
	void clear(int fiscalYear) {
		this.jdbc.sql("delete from scoring_published_answer where fiscal_year = :y").param("y", fiscalYear).update();
	}

	/**
	 * Stores answers of the round (none stored for these agencies yet), in the caller's
	 * transaction: the publication's, so a rollback stores nothing.
	 */
	void add(int fiscalYear, List<Answer> answers) {
		for (int from = 0; from < answers.size(); from += PAGE) {
			List<Answer> batch = answers.subList(from, Math.min(answers.size(), from + PAGE));
			this.template.batchUpdate(
					"""
							insert into scoring_published_answer (fiscal_year, agency_code, inputs_fingerprint, computed_at, body)
							values (?, ?, ?, ?, ?)""",
					new BatchPreparedStatementSetter() {

						@Override
						public void setValues(PreparedStatement statement, int i) throws SQLException {
							Answer answer = batch.get(i);
							statement.setInt(1, fiscalYear);
							statement.setString(2, answer.agencyCode());
							statement.setString(3, answer.version().inputsFingerprint());
							statement.setObject(4, java.time.OffsetDateTime.ofInstant(answer.version().computedAt(),
									java.time.ZoneOffset.UTC));
							statement.setBytes(5, answer.body());
						}

						@Override
						public int getBatchSize() {
							return batch.size();
						}

					});
		}
	}

	/** The agency's valid stored answer, if any. */
	Optional<byte[]> find(int fiscalYear, String agencyCode) {
		return this.jdbc
			.sql("select " + BODY_IF_VALID
					+ " from scoring_published_answer a where a.fiscal_year = :y and a.agency_code = :a")
			.param("y", fiscalYear)
			.param("a", agencyCode)
			.query((rs, n) -> Optional.ofNullable(rs.getBytes(1)))
			.optional()
			.flatMap(body -> body);
	}

	/**
	 * Every valid stored answer of the round by agency code, {@value #PAGE} rows a query;
	 * no connection is held while {@code each} runs.
	 */
	void forEachValid(int fiscalYear, BiConsumer<String, byte[]> each) {
		String after = "";
		while (true) {
			List<Map.Entry<String, byte @Nullable []>> page = new ArrayList<>(PAGE);
			this.jdbc.sql("select a.agency_code, " + BODY_IF_VALID + """
					 from (select * from scoring_published_answer
					       where fiscal_year = :y and agency_code > :after order by agency_code limit :n) a
					order by a.agency_code""")
				.param("y", fiscalYear)
				.param("after", after)
				.param("n", PAGE)
				.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> page
					.add(new java.util.AbstractMap.SimpleImmutableEntry<>(rs.getString(1), rs.getBytes(2))));
			if (page.isEmpty()) {
				return;
			}
			page.stream()
				.filter(answer -> answer.getValue() != null)
				.forEach(answer -> each.accept(answer.getKey(), answer.getValue()));
			after = page.get(page.size() - 1).getKey();
		}
	}

}
