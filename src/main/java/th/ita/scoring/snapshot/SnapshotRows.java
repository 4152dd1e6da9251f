package th.ita.scoring.snapshot;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import th.ita.agency.AgencySummary;
import th.ita.agency.AgencyType;
import th.ita.agency.Region;
import th.ita.framework.FrameworkCatalog;
import th.ita.framework.FrameworkRef;
import th.ita.framework.Instrument;
import th.ita.scoring.AgencyResult;
import th.ita.scoring.engine.ScoringInputs;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Reads and writes {@code scoring_snapshot} and {@code scoring_publication}. */
@Repository
class SnapshotRows {

	private static final String UPSERT = """
			insert into scoring_snapshot (fiscal_year, programme, agency_code, agency_name_th, agency_name_en,
			  agency_type, region, province, framework_code, framework_version, rules_version, rules_fingerprint,
			  inputs_fingerprint, ita, ita_rounded, grade, passed, complete, iit, eit, oit, iit_respondents,
			  eit_respondents, card, inputs, computed_at)
			values (:y, :p, :a, :nameTh, :nameEn, :type, :region, :province, :fc, :fv, :rv, :rf, :inf, :ita, :itaR,
			  :grade, :passed, :complete, :iit, :eit, :oit, :iitN, :eitN, cast(:card as json), cast(:inputs as json),
			  :at)
			on conflict (fiscal_year, agency_code) do update set programme = excluded.programme,
			  agency_name_th = excluded.agency_name_th, agency_name_en = excluded.agency_name_en,
			  agency_type = excluded.agency_type, region = excluded.region, province = excluded.province,
			  framework_code = excluded.framework_code, framework_version = excluded.framework_version,
			  rules_version = excluded.rules_version, rules_fingerprint = excluded.rules_fingerprint,
			  inputs_fingerprint = excluded.inputs_fingerprint, ita = excluded.ita, ita_rounded = excluded.ita_rounded,
			  grade = excluded.grade, passed = excluded.passed, complete = excluded.complete, iit = excluded.iit,
			  eit = excluded.eit, oit = excluded.oit, iit_respondents = excluded.iit_respondents,
			  eit_respondents = excluded.eit_respondents, card = excluded.card, inputs = excluded.inputs,
			  computed_at = excluded.computed_at""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final NamedParameterJdbcTemplate template;

	private final StoredCards cards;

	private final SnapshotCopy copy;

	private final ResultCache cache = new ResultCache(CACHED_RESULTS);

	/** How many parsed results the read path keeps in memory. */
	static final int CACHED_RESULTS = 8_192;

	SnapshotRows(JdbcClient jdbc, JsonMapper json, NamedParameterJdbcTemplate template, FrameworkCatalog frameworks) {
		this.jdbc = jdbc;
		this.json = json;
		this.template = template;
		this.cards = new StoredCards(frameworks, json);
		this.copy = new SnapshotCopy(template.getJdbcTemplate());
	}

	/** Tells the listener of every snapshot or publication write (the read caches). */
	void onWrite(Snapshots.WriteListener listener) {
		this.cache.listen(listener);
	}

	/** The stored inputs fingerprint of an agency's snapshot, if any. */
	Optional<String> fingerprint(int fiscalYear, String agencyCode) {
		return this.jdbc
			.sql("select inputs_fingerprint from scoring_snapshot where fiscal_year = :y and agency_code = :a")
			.param("y", fiscalYear)
			.param("a", agencyCode)
			.query(String.class)
			.optional();
	}

	/** Inserts or replaces the current snapshot of the agency. */
	void upsert(Snapshot s) {
		try {
			this.jdbc.sql(UPSERT).paramSource(params(s)).update();
		}
		finally {
			afterWrite(() -> this.cache.evict(s.result().fiscalYear(), s.result().agencyCode()));
		}
	}

	/**
	 * A snapshot encoded for {@link #writeRows}: a round recompute encodes each card as
	 * it is scored, so that a chunk waiting for its write holds bytes, not result
	 * objects.
	 */
	SnapshotCopy.Row encode(Snapshot snapshot) {
		return SnapshotCopy.row(snapshot, params(snapshot, true));
	}

	/**
	 * Writes encoded snapshots with {@code COPY} in one transaction, their current rows
	 * replaced; once more when a single-agency write inserted one of them meanwhile (the
	 * recompute's row then replaces it, as an upsert would). The read caches drop the
	 * agencies written, not everything: a recompute that changed a few agencies (or none)
	 * leaves the others' answers kept.
	 */
	void writeRows(List<SnapshotCopy.Row> rows) {
		if (rows.isEmpty()) {
			return;
		}
		try {
			this.copy.writeRows(rows);
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			this.copy.writeRows(rows);
		}
		finally {
			afterWrite(() -> rows.forEach(row -> this.cache.evict(row.fiscalYear(), row.agencyCode())));
		}
	}

	/**
	 * Refreshes the statistics in the background after a round recompute wrote
	 * {@value SnapshotCopy#ANALYZE_AFTER} or more snapshots.
	 */
	void analyzeLater(int written) {
		this.copy.analyzeLater(written);
	}

	/**
	 * Runs a cache eviction now and, inside a transaction, again after it completes (a
	 * reader may have cached the row as it was before the commit).
	 */
	private static void afterWrite(Runnable evict) {
		evict.run();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					evict.run();
				}

			});
		}
	}

	/**
	 * What each agency's stored snapshot in a round was computed from (its inputs
	 * fingerprint), and when.
	 */
	java.util.Map<String, Snapshots.Version> versions(int fiscalYear) {
		java.util.Map<String, Snapshots.Version> out = new java.util.HashMap<>();
		this.jdbc
			.sql("select agency_code, inputs_fingerprint, computed_at from scoring_snapshot where fiscal_year = :y")
			.param("y", fiscalYear)
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> out.put(rs.getString(1),
					new Snapshots.Version(rs.getString(2), rs.getTimestamp(3).toInstant())));
		return out;
	}

	private MapSqlParameterSource params(Snapshot s) {
		return params(s, false);
	}

	/** The upsert's parameters; the card and inputs as UTF-8 json bytes for the COPY. */
	private MapSqlParameterSource params(Snapshot s, boolean jsonBytes) {
		AgencyResult r = s.result();
		AgencySummary a = s.agency();
		return new MapSqlParameterSource().addValue("y", r.fiscalYear())
			.addValue("p", s.programme())
			.addValue("a", r.agencyCode())
			.addValue("nameTh", a.displayNameTh())
			.addValue("nameEn", a.nameEn(), Types.VARCHAR)
			.addValue("type", a.type().name())
			.addValue("region", a.region().name())
			.addValue("province", a.province())
			.addValue("fc", r.framework().code())
			.addValue("fv", r.framework().version())
			.addValue("rv", s.rulesVersion())
			.addValue("rf", s.rulesFingerprint())
			.addValue("inf", r.inputsFingerprint())
			.addValue("ita", r.ita(), Types.NUMERIC)
			.addValue("itaR", r.itaRounded(), Types.NUMERIC)
			.addValue("grade", r.grade(), Types.VARCHAR)
			.addValue("passed", r.passed())
			.addValue("complete", r.complete())
			.addValue("iit", score(r, Instrument.IIT), Types.NUMERIC)
			.addValue("eit", score(r, Instrument.EIT), Types.NUMERIC)
			.addValue("oit", score(r, Instrument.OIT), Types.NUMERIC)
			.addValue("iitN", s.inputs().respondents(Instrument.IIT))
			.addValue("eitN", s.inputs().respondents(Instrument.EIT))
			.addValue("card", jsonBytes ? this.cards.writeBytes(r) : this.cards.write(r))
			.addValue("inputs",
					jsonBytes ? this.json.writeValueAsBytes(s.inputs()) : this.json.writeValueAsString(s.inputs()))
			.addValue("at", Timestamp.from(s.computedAt()));
	}

	private static @Nullable BigDecimal score(AgencyResult r, Instrument instrument) {
		return r.instrument(instrument).map(AgencyResult.InstrumentResult::score).orElse(null);
	}

	/** The snapshot of an agency in a round. */
	public Optional<Snapshot> find(int fiscalYear, String agencyCode) {
		return this.jdbc.sql("""
				select s.*, (p.fiscal_year is not null) as published from scoring_snapshot s
				left join scoring_publication p on p.fiscal_year = s.fiscal_year
				where s.fiscal_year = :y and s.agency_code = :a""")
			.param("y", fiscalYear)
			.param("a", agencyCode)
			.query(this::snapshot)
			.optional()
			.map(this::complete);
	}

	/** Every snapshot of an agency, oldest round first. */
	public List<Snapshot> ofAgency(String agencyCode) {
		return this.jdbc.sql("""
				select s.*, (p.fiscal_year is not null) as published from scoring_snapshot s
				left join scoring_publication p on p.fiscal_year = s.fiscal_year
				where s.agency_code = :a order by s.fiscal_year""")
			.param("a", agencyCode)
			.query(this::snapshot)
			.list()
			.stream()
			.map(this::complete)
			.toList();
	}

	/**
	 * Every snapshot of a round in ranking order (best ITA first, then code), streamed.
	 */
	public void forEachInRound(int fiscalYear, java.util.function.Consumer<Snapshot> each) {
		// the frameworks are loaded before the rows stream (a second connection while one
		// is held could exhaust the pool)
		this.jdbc.sql("select distinct framework_code, framework_version from scoring_snapshot where fiscal_year = :y")
			.param("y", fiscalYear)
			.query((rs, n) -> new FrameworkRef(rs.getString(1), rs.getInt(2)))
			.list()
			.forEach(this.cards::load);
		this.jdbc.sql("""
				select s.*, (p.fiscal_year is not null) as published from scoring_snapshot s
				left join scoring_publication p on p.fiscal_year = s.fiscal_year
				where s.fiscal_year = :y order by s.ita_rounded desc nulls last, s.agency_code""")
			.param("y", fiscalYear)
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> each.accept(complete(snapshot(rs, 0))));
	}

	/** The agency codes snapshotted in a round. */
	public List<String> agencies(int fiscalYear) {
		return this.jdbc.sql("select agency_code from scoring_snapshot where fiscal_year = :y order by agency_code")
			.param("y", fiscalYear)
			.query(String.class)
			.list();
	}

	/**
	 * The result of an agency in a round without parsing the stored inputs (the read path
	 * of the results API and pages).
	 */
	Optional<AgencyResult> findResult(int fiscalYear, String agencyCode) {
		return this.cache.get(fiscalYear, agencyCode, () -> readResult(fiscalYear, agencyCode));
	}

	/**
	 * Every result of a round (without the inputs) in agency code order, read 500 rows at
	 * a time: for the read caches' warm-up. No connection is held while {@code each}
	 * runs; in parallel, the cards of a page are read and {@code each} runs on the common
	 * pool's threads too.
	 */
	void forEachResult(int fiscalYear, java.util.function.Consumer<AgencyResult> each, boolean parallel) {
		String after = "";
		while (true) {
			List<ReadResult> page = this.jdbc.sql("""
					select s.fiscal_year, s.agency_code, s.agency_name_th, s.framework_code, s.framework_version,
					  s.ita, s.ita_rounded, s.grade, s.passed, s.complete, s.card, s.inputs_fingerprint, s.computed_at,
					  (p.fiscal_year is not null) as published from scoring_snapshot s
					left join scoring_publication p on p.fiscal_year = s.fiscal_year
					where s.fiscal_year = :y and s.agency_code > :after order by s.agency_code limit 500""")
				.param("y", fiscalYear)
				.param("after", after)
				.query((rs, n) -> result(rs))
				.list();
			if (page.isEmpty()) {
				return;
			}
			(parallel ? page.parallelStream() : page.stream()).forEach(r -> each.accept(complete(r)));
			after = page.get(page.size() - 1).head().agencyCode();
		}
	}

	private Optional<AgencyResult> readResult(int fiscalYear, String agencyCode) {
		return this.jdbc.sql("""
				select s.fiscal_year, s.agency_code, s.agency_name_th, s.framework_code, s.framework_version, s.ita,
				  s.ita_rounded, s.grade, s.passed, s.complete, s.card, s.inputs_fingerprint, s.computed_at,
				  (p.fiscal_year is not null) as published from scoring_snapshot s
				left join scoring_publication p on p.fiscal_year = s.fiscal_year
				where s.fiscal_year = :y and s.agency_code = :a""")
			.param("y", fiscalYear)
			.param("a", agencyCode)
			.query((rs, n) -> result(rs))
			.optional()
			.map(this::complete);
	}

	/**
	 * A result as its row gives it: without instruments, indicators and items, and its
	 * card's json as the driver received it, UTF-8 (parsed after the row, off the
	 * connection).
	 */
	private record ReadResult(AgencyResult head, byte[] card) {
	}

	/** A snapshot as its row gives it. */
	private record ReadSnapshot(Snapshot head, byte[] card) {
	}

	/**
	 * The result completed from its card and framework: called after the row was read,
	 * never while a row mapper holds a connection (loading a framework takes one).
	 */
	private AgencyResult complete(ReadResult r) {
		return this.cards.complete(r.head(), this.cards.read(r.card()));
	}

	private Snapshot complete(ReadSnapshot s) {
		Snapshot head = s.head();
		return new Snapshot(head.programme(), head.agency(),
				this.cards.complete(head.result(), this.cards.read(s.card())), head.rulesVersion(),
				head.rulesFingerprint(), head.inputs(), head.computedAt());
	}

	private ReadSnapshot snapshot(ResultSet rs, int row) throws SQLException {
		ScoringInputs inputs = this.json.readValue(rs.getString("inputs"), ScoringInputs.class);
		ReadResult result = result(rs);
		AgencySummary agency = new AgencySummary(rs.getString("agency_code"), rs.getString("agency_name_th"),
				rs.getString("agency_name_en"), null, AgencyType.valueOf(rs.getString("agency_type")),
				rs.getString("province"), Region.valueOf(rs.getString("region")), null, null);
		return new ReadSnapshot(new Snapshot(rs.getString("programme"), agency, result.head(),
				rs.getString("rules_version"), rs.getString("rules_fingerprint"), inputs, result.head().computedAt()),
				result.card());
	}

	private ReadResult result(ResultSet rs) throws SQLException {
		FrameworkRef framework = new FrameworkRef(rs.getString("framework_code"), rs.getInt("framework_version"));
		return new ReadResult(new AgencyResult(rs.getInt("fiscal_year"), rs.getString("agency_code"),
				rs.getString("agency_name_th"), framework, rs.getBigDecimal("ita"), rs.getBigDecimal("ita_rounded"),
				rs.getString("grade"), rs.getBoolean("passed"), rs.getBoolean("complete"), List.of(), List.of(),
				List.of(), rs.getString("inputs_fingerprint"), rs.getTimestamp("computed_at").toInstant(),
				rs.getBoolean("published")), rs.getBytes("card"));
	}

	/** When a round was published, if it was. */
	public Optional<Instant> publishedAt(int fiscalYear) {
		return this.cache.publishedAt(fiscalYear, () -> readPublishedAt(fiscalYear));
	}

	/** The newest published round, if any. */
	Optional<Integer> newestPublishedRound() {
		return this.jdbc.sql("select max(fiscal_year) from scoring_publication").query(Integer.class).optional();
	}

	private Optional<Instant> readPublishedAt(int fiscalYear) {
		return this.jdbc.sql("select published_at from scoring_publication where fiscal_year = :y")
			.param("y", fiscalYear)
			.query((rs, n) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	/** Records the publication; false when the round was already published. */
	public boolean publish(int fiscalYear, String by, Instant at) {
		try {
			return insertPublication(fiscalYear, by, at);
		}
		finally {
			afterWrite(this.cache::clear);
		}
	}

	private boolean insertPublication(int fiscalYear, String by, Instant at) {
		return this.jdbc.sql("""
				insert into scoring_publication (fiscal_year, published_at, published_by) values (:y, :at, :by)
				on conflict (fiscal_year) do nothing""")
			.param("y", fiscalYear)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.update() == 1;
	}

}
