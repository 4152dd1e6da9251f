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
import th.ita.framework.FrameworkRef;
import th.ita.framework.Instrument;
import th.ita.scoring.AgencyResult;
import th.ita.scoring.engine.ScoringInputs;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code scoring_snapshot} and {@code scoring_publication}. */
@Repository
class SnapshotRows {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	SnapshotRows(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
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
		AgencyResult r = s.result();
		AgencySummary a = s.agency();
		this.jdbc
			.sql("""
					insert into scoring_snapshot (fiscal_year, programme, agency_code, agency_name_th, agency_name_en,
					  agency_type, region, province, framework_code, framework_version, rules_version, rules_fingerprint,
					  inputs_fingerprint, ita, ita_rounded, grade, passed, complete, iit, eit, oit, iit_respondents,
					  eit_respondents, card, inputs, computed_at)
					values (:y, :p, :a, :nameTh, :nameEn, :type, :region, :province, :fc, :fv, :rv, :rf, :inf, :ita, :itaR,
					  :grade, :passed, :complete, :iit, :eit, :oit, :iitN, :eitN, cast(:card as jsonb), cast(:inputs as jsonb),
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
					  computed_at = excluded.computed_at""")
			.param("y", r.fiscalYear())
			.param("p", s.programme())
			.param("a", r.agencyCode())
			.param("nameTh", a.displayNameTh())
			.param("nameEn", a.nameEn(), Types.VARCHAR)
			.param("type", a.type().name())
			.param("region", a.region().name())
			.param("province", a.province())
			.param("fc", r.framework().code())
			.param("fv", r.framework().version())
			.param("rv", s.rulesVersion())
			.param("rf", s.rulesFingerprint())
			.param("inf", r.inputsFingerprint())
			.param("ita", r.ita(), Types.NUMERIC)
			.param("itaR", r.itaRounded(), Types.NUMERIC)
			.param("grade", r.grade(), Types.VARCHAR)
			.param("passed", r.passed())
			.param("complete", r.complete())
			.param("iit", score(r, Instrument.IIT), Types.NUMERIC)
			.param("eit", score(r, Instrument.EIT), Types.NUMERIC)
			.param("oit", score(r, Instrument.OIT), Types.NUMERIC)
			.param("iitN", s.inputs().respondents(Instrument.IIT))
			.param("eitN", s.inputs().respondents(Instrument.EIT))
			.param("card",
					this.json.writeValueAsString(
							new StoredCard(r.agencyNameTh(), r.instruments(), r.indicators(), r.items())))
			.param("inputs", this.json.writeValueAsString(s.inputs()))
			.param("at", Timestamp.from(s.computedAt()))
			.update();
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
			.optional();
	}

	/** Every snapshot of an agency, oldest round first. */
	public List<Snapshot> ofAgency(String agencyCode) {
		return this.jdbc.sql("""
				select s.*, (p.fiscal_year is not null) as published from scoring_snapshot s
				left join scoring_publication p on p.fiscal_year = s.fiscal_year
				where s.agency_code = :a order by s.fiscal_year""").param("a", agencyCode).query(this::snapshot).list();
	}

	/**
	 * Every snapshot of a round in ranking order (best ITA first, then code), streamed.
	 */
	public void forEachInRound(int fiscalYear, java.util.function.Consumer<Snapshot> each) {
		this.jdbc.sql("""
				select s.*, (p.fiscal_year is not null) as published from scoring_snapshot s
				left join scoring_publication p on p.fiscal_year = s.fiscal_year
				where s.fiscal_year = :y order by s.ita_rounded desc nulls last, s.agency_code""")
			.param("y", fiscalYear)
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> each.accept(snapshot(rs, 0)));
	}

	/** The agency codes snapshotted in a round. */
	public List<String> agencies(int fiscalYear) {
		return this.jdbc.sql("select agency_code from scoring_snapshot where fiscal_year = :y order by agency_code")
			.param("y", fiscalYear)
			.query(String.class)
			.list();
	}

	private Snapshot snapshot(ResultSet rs, int row) throws SQLException {
		StoredCard card = this.json.readValue(rs.getString("card"), StoredCard.class);
		ScoringInputs inputs = this.json.readValue(rs.getString("inputs"), ScoringInputs.class);
		Instant at = rs.getTimestamp("computed_at").toInstant();
		AgencyResult result = new AgencyResult(rs.getInt("fiscal_year"), rs.getString("agency_code"),
				rs.getString("agency_name_th"),
				new FrameworkRef(rs.getString("framework_code"), rs.getInt("framework_version")),
				rs.getBigDecimal("ita"), rs.getBigDecimal("ita_rounded"), rs.getString("grade"),
				rs.getBoolean("passed"), rs.getBoolean("complete"), card.instruments(), card.indicators(), card.items(),
				rs.getString("inputs_fingerprint"), at, rs.getBoolean("published"));
		AgencySummary agency = new AgencySummary(rs.getString("agency_code"), rs.getString("agency_name_th"),
				rs.getString("agency_name_en"), null, AgencyType.valueOf(rs.getString("agency_type")),
				rs.getString("province"), Region.valueOf(rs.getString("region")), null, null);
		return new Snapshot(rs.getString("programme"), agency, result, rs.getString("rules_version"),
				rs.getString("rules_fingerprint"), inputs, at);
	}

	/** When a round was published, if it was. */
	public Optional<Instant> publishedAt(int fiscalYear) {
		return this.jdbc.sql("select published_at from scoring_publication where fiscal_year = :y")
			.param("y", fiscalYear)
			.query((rs, n) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	/** Records the publication; false when the round was already published. */
	public boolean publish(int fiscalYear, String by, Instant at) {
		return this.jdbc.sql("""
				insert into scoring_publication (fiscal_year, published_at, published_by) values (:y, :at, :by)
				on conflict (fiscal_year) do nothing""")
			.param("y", fiscalYear)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.update() == 1;
	}

	/** The part of the result stored as jsonb. */
	record StoredCard(String agencyNameTh, List<AgencyResult.InstrumentResult> instruments,
			List<AgencyResult.IndicatorResult> indicators, List<AgencyResult.ItemResult> items) {
	}

}
