package th.ita.oit.evidence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import th.ita.oit.evidence.EvidenceRecords.Clarification;
import th.ita.oit.evidence.EvidenceRecords.Reopening;
import th.ita.oit.evidence.EvidenceRecords.Review;
import th.ita.oit.evidence.EvidenceRecords.Revision;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes the {@code oit_evidence_*}, {@code oit_review},
 * {@code oit_clarification} and {@code oit_reopening} tables. Only the item row is ever
 * updated, and only when its version is unchanged.
 */
@Repository
class EvidenceRows {

	private static final TypeReference<List<EvidenceUrl>> URLS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	EvidenceRows(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<EvidenceItem> find(int fiscalYear, String agencyCode, String itemCode) {
		return this.jdbc
			.sql("select * from oit_evidence_item where fiscal_year = :y and agency_code = :a and item_code = :i")
			.param("y", fiscalYear)
			.param("a", agencyCode)
			.param("i", itemCode)
			.query(EvidenceRows::item)
			.optional();
	}

	Map<String, EvidenceItem> all(int fiscalYear, String agencyCode) {
		Map<String, EvidenceItem> items = new LinkedHashMap<>();
		this.jdbc.sql("select * from oit_evidence_item where fiscal_year = :y and agency_code = :a")
			.param("y", fiscalYear)
			.param("a", agencyCode)
			.query(EvidenceRows::item)
			.list()
			.forEach(i -> items.put(i.itemCode(), i));
		return items;
	}

	/**
	 * Writes the item's new state if nobody changed it since it was loaded.
	 * @return the new version, or empty when the stored version differs (stale)
	 */
	Optional<Long> save(EvidenceItem item) {
		int rows;
		if (item.version() == 0) {
			rows = this.jdbc.sql("""
					insert into oit_evidence_item (fiscal_year, agency_code, item_code, status, version)
					values (:y, :a, :i, :s, 1) on conflict do nothing""")
				.params(keys(item))
				.param("s", item.status().name())
				.update();
		}
		else {
			rows = this.jdbc.sql("""
					update oit_evidence_item set status = :s, version = version + 1, updated_at = now()
					where fiscal_year = :y and agency_code = :a and item_code = :i and version = :v""")
				.params(keys(item))
				.param("s", item.status().name())
				.param("v", item.version())
				.update();
		}
		return (rows == 1) ? Optional.of(item.version() + 1) : Optional.empty();
	}

	long addRevision(EvidenceItem item, List<EvidenceUrl> urls, @Nullable String note, String author) {
		return this.jdbc.sql("""
				insert into oit_evidence_revision (fiscal_year, agency_code, item_code, urls, note, author)
				values (:y, :a, :i, cast(:urls as jsonb), :note, :author) returning id""")
			.params(keys(item))
			.param("urls", this.json.writeValueAsString(urls))
			.param("note", note)
			.param("author", author)
			.query(Long.class)
			.single();
	}

	void addReview(EvidenceItem item, ReviewStage stage, Verdict verdict, @Nullable BigDecimal score,
			@Nullable String reasonCode, @Nullable String reason, @Nullable String comment, String assessor) {
		this.jdbc.sql("""
				insert into oit_review (fiscal_year, agency_code, item_code, stage, verdict, score, reason_code,
				reason, comment, assessor)
				values (:y, :a, :i, :stage, :verdict, :score, :reasonCode, :reason, :comment, :assessor)""")
			.params(keys(item))
			.param("stage", stage.name())
			.param("verdict", verdict.name())
			.param("score", score)
			.param("reasonCode", reasonCode)
			.param("reason", reason)
			.param("comment", comment)
			.param("assessor", assessor)
			.update();
	}

	void addClarification(EvidenceItem item, String explanation, long revisionId, String author) {
		this.jdbc.sql("""
				insert into oit_clarification (fiscal_year, agency_code, item_code, explanation, revision_id, author)
				values (:y, :a, :i, :explanation, :revision, :author)""")
			.params(keys(item))
			.param("explanation", explanation)
			.param("revision", revisionId)
			.param("author", author)
			.update();
	}

	void addReopening(EvidenceItem item, String reason, String author) {
		this.jdbc.sql("""
				insert into oit_reopening (fiscal_year, agency_code, item_code, reason, author)
				values (:y, :a, :i, :reason, :author)""")
			.params(keys(item))
			.param("reason", reason)
			.param("author", author)
			.update();
	}

	/** Every revision of the agency's items, newest first. */
	List<Revision> revisions(int fiscalYear, String agencyCode) {
		return select("oit_evidence_revision", fiscalYear, agencyCode)
			.query((rs, n) -> new Revision(rs.getLong("id"), rs.getString("item_code"),
					this.json.readValue(rs.getString("urls"), URLS), rs.getString("note"), rs.getString("author"),
					rs.getTimestamp("saved_at").toInstant()))
			.list();
	}

	/** Every review of the agency's items, newest first. */
	List<Review> reviews(int fiscalYear, String agencyCode) {
		return select("oit_review", fiscalYear, agencyCode)
			.query((rs, n) -> new Review(rs.getLong("id"), rs.getString("item_code"),
					ReviewStage.valueOf(rs.getString("stage")), Verdict.valueOf(rs.getString("verdict")),
					rs.getBigDecimal("score"), rs.getString("reason_code"), rs.getString("reason"),
					rs.getString("comment"), rs.getString("assessor"), rs.getTimestamp("reviewed_at").toInstant()))
			.list();
	}

	List<Clarification> clarifications(int fiscalYear, String agencyCode) {
		return select("oit_clarification", fiscalYear, agencyCode)
			.query((rs, n) -> new Clarification(rs.getLong("id"), rs.getString("item_code"),
					rs.getString("explanation"), rs.getLong("revision_id"), rs.getString("author"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	List<Reopening> reopenings(int fiscalYear, String agencyCode) {
		return select("oit_reopening", fiscalYear, agencyCode)
			.query((rs, n) -> new Reopening(rs.getLong("id"), rs.getString("item_code"), rs.getString("reason"),
					rs.getString("author"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	/**
	 * An item of a round with the verdict that counts (or none) and whether it is locked.
	 */
	record RoundVerdict(String agencyCode, String itemCode, @Nullable Verdict verdict, @Nullable BigDecimal score,
			boolean locked) {
	}

	/**
	 * Every item of a round with a counting verdict or locked, in one statement: of a
	 * locked item its latest confirmation, else its latest review, as the triggers keep
	 * it on the item ({@code counted_*}, migration {@code oit_counted_verdict}).
	 */
	void roundVerdicts(int fiscalYear, java.util.function.Consumer<RoundVerdict> each) {
		this.jdbc.sql("""
				select agency_code, item_code, counted_verdict, counted_score, status = 'FINAL'
				from oit_evidence_item
				where fiscal_year = :y and (counted_verdict is not null or status = 'FINAL')""")
			.param("y", fiscalYear)
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
				String verdict = rs.getString(3);
				each.accept(new RoundVerdict(rs.getString(1), rs.getString(2),
						(verdict != null) ? Verdict.valueOf(verdict) : null, rs.getBigDecimal(4), rs.getBoolean(5)));
			});
	}

	private JdbcClient.StatementSpec select(String table, int fiscalYear, String agencyCode) {
		return this.jdbc.sql("select * from " + table + " where fiscal_year = :y and agency_code = :a order by id desc")
			.param("y", fiscalYear)
			.param("a", agencyCode);
	}

	private static Map<String, Object> keys(EvidenceItem item) {
		return Map.of("y", item.fiscalYear(), "a", item.agencyCode(), "i", item.itemCode());
	}

	private static EvidenceItem item(ResultSet rs, int row) throws SQLException {
		return new EvidenceItem(rs.getInt("fiscal_year"), rs.getString("agency_code"), rs.getString("item_code"),
				EvidenceStatus.valueOf(rs.getString("status")), rs.getLong("version"));
	}

}
