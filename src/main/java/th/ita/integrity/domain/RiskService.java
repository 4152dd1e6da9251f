package th.ita.integrity.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import th.ita.audit.AuditTrail;
import th.ita.integrity.IntegrityDocument;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bribery risk assessment: risks with their matrix level, controls, owner and
 * follow-up; the 5×5 heat map; the treatment results. Once the year's assessment is
 * approved or published its risks are frozen (409) but for their follow-up and result,
 * which freeze with the treatment report.
 */
@Service
@Transactional
public class RiskService {

	private final JdbcClient jdbc;

	private final IntegrityAccess access;

	private final AuditTrail audit;

	private final IntegrityTexts texts;

	private final RegisterLock lock;

	RiskService(JdbcClient jdbc, IntegrityAccess access, AuditTrail audit, IntegrityTexts texts, RegisterLock lock) {
		this.jdbc = jdbc;
		this.access = access;
		this.audit = audit;
		this.texts = texts;
		this.lock = lock;
	}

	public record Input(@Nullable Integer fiscalYear, @Nullable String process, @Nullable String description,
			@Nullable Integer likelihood, @Nullable Integer impact, @Nullable String existingControls,
			@Nullable String newControls, @Nullable String owner, @Nullable String followUp, @Nullable String result) {
	}

	public record Risk(long id, String agencyCode, int fiscalYear, String process, String description, int likelihood,
			int impact, int score, RiskLevel level, @Nullable String existingControls, @Nullable String newControls,
			String owner, FollowUp followUp, @Nullable String result) {
	}

	/**
	 * The heat map: {@code counts[impact - 1][likelihood - 1]}; rows are shown from
	 * impact 5 down to 1.
	 */
	public record HeatMap(String agencyCode, int fiscalYear, int[][] counts, Map<RiskLevel, Integer> byLevel) {

		public int count(int likelihood, int impact) {
			return this.counts[impact - 1][likelihood - 1];
		}

		public RiskLevel level(int likelihood, int impact) {
			return RiskLevel.of(likelihood, impact);
		}

	}

	public Risk create(String agencyCode, Input input, ItaPrincipal user) {
		this.access.requireEditor(agencyCode, user);
		Risk risk = validate(0, agencyCode, input);
		this.lock.requireOpen(agencyCode, risk.fiscalYear(), IntegrityDocument.RISK_ASSESSMENT);
		long id = this.jdbc.sql("""
				insert into integrity_risk (agency_code, fiscal_year, process, description, likelihood, impact,
				    existing_controls, new_controls, owner, follow_up, result, created_by)
				values (:a, :y, :p, :d, :l, :i, :ec, :nc, :o, :f, :r, :u) returning id""")
			.params(params(risk))
			.param("u", user.username())
			.query(Long.class)
			.single();
		this.audit.record("integrity.risk-created", "integrity-risk", String.valueOf(id), null, params(risk));
		return find(agencyCode, id);
	}

	public Risk update(String agencyCode, long id, Input input, ItaPrincipal user) {
		this.access.requireEditor(agencyCode, user);
		Risk before = find(agencyCode, id);
		Risk risk = validate(id, agencyCode, input);
		requireOpen(before, risk);
		this.jdbc
			.sql("""
					update integrity_risk set fiscal_year = :y, process = :p, description = :d, likelihood = :l, impact = :i,
					    existing_controls = :ec, new_controls = :nc, owner = :o, follow_up = :f, result = :r
					where id = :id and agency_code = :a""")
			.params(params(risk))
			.param("id", id)
			.update();
		this.audit.record("integrity.risk-updated", "integrity-risk", String.valueOf(id), params(before), params(risk));
		return find(agencyCode, id);
	}

	/** Deletes a risk while both the year's assessment and treatment are drafts. */
	public void delete(String agencyCode, long id, ItaPrincipal user) {
		this.access.requireEditor(agencyCode, user);
		Risk before = find(agencyCode, id);
		this.lock.requireOpen(agencyCode, before.fiscalYear(), IntegrityDocument.RISK_ASSESSMENT);
		this.lock.requireOpen(agencyCode, before.fiscalYear(), IntegrityDocument.RISK_TREATMENT);
		this.jdbc.sql("delete from integrity_risk where id = :id and agency_code = :a")
			.param("id", id)
			.param("a", agencyCode)
			.update();
		this.audit.record("integrity.risk-deleted", "integrity-risk", String.valueOf(id), params(before), null);
	}

	/**
	 * The assessment fields are frozen by the year's assessment document, the follow-up
	 * and result by its treatment report (moving a risk to another year needs both open).
	 */
	private void requireOpen(Risk before, Risk after) {
		boolean moved = before.fiscalYear() != after.fiscalYear();
		boolean assessed = moved || !Objects.equals(before.process(), after.process())
				|| !Objects.equals(before.description(), after.description())
				|| before.likelihood() != after.likelihood() || before.impact() != after.impact()
				|| !Objects.equals(before.existingControls(), after.existingControls())
				|| !Objects.equals(before.newControls(), after.newControls())
				|| !Objects.equals(before.owner(), after.owner());
		boolean treated = moved || before.followUp() != after.followUp()
				|| !Objects.equals(before.result(), after.result());
		for (int year : moved ? List.of(before.fiscalYear(), after.fiscalYear()) : List.of(before.fiscalYear())) {
			if (assessed) {
				this.lock.requireOpen(after.agencyCode(), year, IntegrityDocument.RISK_ASSESSMENT);
			}
			if (treated) {
				this.lock.requireOpen(after.agencyCode(), year, IntegrityDocument.RISK_TREATMENT);
			}
		}
	}

	@Transactional(readOnly = true)
	public Risk read(String agencyCode, long id, ItaPrincipal user) {
		this.access.requireView(agencyCode, user);
		return find(agencyCode, id);
	}

	@Transactional(readOnly = true)
	public List<Risk> list(String agencyCode, int fiscalYear, ItaPrincipal user) {
		this.access.requireView(agencyCode, user);
		return list(agencyCode, fiscalYear);
	}

	/** Without an access check: for the public pages once published. */
	@Transactional(readOnly = true)
	public List<Risk> list(String agencyCode, int fiscalYear) {
		List<Risk> risks = new ArrayList<>(
				this.jdbc.sql("select * from integrity_risk where agency_code = :a and fiscal_year = :y order by id")
					.param("a", agencyCode)
					.param("y", fiscalYear)
					.query(RiskService::row)
					.list());
		risks.sort((x, y) -> Integer.compare(y.score(), x.score()));
		return risks;
	}

	public static HeatMap heatMap(String agencyCode, int fiscalYear, List<Risk> risks) {
		int[][] counts = new int[5][5];
		Map<RiskLevel, Integer> byLevel = new LinkedHashMap<>();
		for (RiskLevel l : RiskLevel.values()) {
			byLevel.put(l, 0);
		}
		for (Risk r : risks) {
			counts[r.impact() - 1][r.likelihood() - 1]++;
			byLevel.merge(r.level(), 1, Integer::sum);
		}
		return new HeatMap(agencyCode, fiscalYear, counts, byLevel);
	}

	private Risk find(String agencyCode, long id) {
		return this.jdbc.sql("select * from integrity_risk where id = :id and agency_code = :a")
			.param("id", id)
			.param("a", agencyCode)
			.query(RiskService::row)
			.optional()
			.orElseThrow(() -> new NotFoundException("No risk " + id));
	}

	private Risk validate(long id, String agencyCode, Input in) {
		int likelihood = Inputs.range("likelihood", in.likelihood(), 1, 5, this.texts);
		int impact = Inputs.range("impact", in.impact(), 1, 5, this.texts);
		return new Risk(id, agencyCode, Inputs.fiscalYear("fiscalYear", in.fiscalYear(), this.texts),
				Inputs.required("process", in.process(), 300, this.texts),
				Inputs.required("description", in.description(), 4000, this.texts), likelihood, impact,
				likelihood * impact, RiskLevel.of(likelihood, impact),
				Inputs.optional("existingControls", in.existingControls(), 4000, this.texts),
				Inputs.optional("newControls", in.newControls(), 4000, this.texts),
				Inputs.required("owner", in.owner(), 200, this.texts),
				(in.followUp() == null) ? FollowUp.NOT_STARTED
						: Inputs.choice("followUp", in.followUp(), FollowUp.class, this.texts),
				Inputs.optional("result", in.result(), 4000, this.texts));
	}

	private static Map<String, Object> params(Risk r) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("a", r.agencyCode());
		p.put("y", r.fiscalYear());
		p.put("p", r.process());
		p.put("d", r.description());
		p.put("l", r.likelihood());
		p.put("i", r.impact());
		p.put("ec", r.existingControls());
		p.put("nc", r.newControls());
		p.put("o", r.owner());
		p.put("f", r.followUp().name());
		p.put("r", r.result());
		return p;
	}

	private static Risk row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		int l = rs.getInt("likelihood");
		int i = rs.getInt("impact");
		return new Risk(rs.getLong("id"), rs.getString("agency_code"), rs.getInt("fiscal_year"),
				rs.getString("process"), rs.getString("description"), l, i, l * i, RiskLevel.of(l, i),
				rs.getString("existing_controls"), rs.getString("new_controls"), rs.getString("owner"),
				FollowUp.valueOf(rs.getString("follow_up")), rs.getString("result"));
	}

}
