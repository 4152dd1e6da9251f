package th.ita.integrity.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import th.ita.audit.AuditTrail;
import th.ita.integrity.IntegrityDocument;
import th.ita.integrity.domain.GiftViews.Gift;
import th.ita.integrity.domain.GiftViews.Period;
import th.ita.integrity.domain.GiftViews.Summary;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.NotFoundException;
import th.ita.shared.ThaiDates;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gift register (รายงานการรับทรัพย์สินหรือประโยชน์อื่นใด). The fiscal year of an
 * entry is that of its date. Named entries are personal data: every read of them is
 * audited ({@code integrity.gifts-read}); summaries carry counts and value bands only.
 * Entries of a year whose gift report is approved or published are frozen (409).
 */
@Service
@Transactional
public class GiftService {

	private final JdbcClient jdbc;

	private final IntegrityAccess access;

	private final AuditTrail audit;

	private final IntegrityTexts texts;

	private final RegisterLock lock;

	GiftService(JdbcClient jdbc, IntegrityAccess access, AuditTrail audit, IntegrityTexts texts, RegisterLock lock) {
		this.jdbc = jdbc;
		this.access = access;
		this.audit = audit;
		this.texts = texts;
		this.lock = lock;
	}

	/** The fields of an entry, as given. */
	public record Input(@Nullable LocalDate receivedOn, @Nullable String giver, @Nullable String relation,
			@Nullable String item, @Nullable BigDecimal value, @Nullable String action, @Nullable String recordedBy) {
	}

	public Gift record(String agencyCode, Input input, ItaPrincipal user) {
		this.access.requireEditor(agencyCode, user);
		Gift gift = validate(0, agencyCode, input);
		this.lock.requireOpen(agencyCode, gift.fiscalYear(), IntegrityDocument.GIFT_REPORT);
		long id = this.jdbc.sql("""
				insert into integrity_gift (agency_code, fiscal_year, received_on, giver, relation, item, value, action,
				    recorded_by, created_by)
				values (:a, :y, :d, :g, :r, :i, :v, :act, :rb, :u) returning id""")
			.params(params(gift))
			.param("u", user.username())
			.query(Long.class)
			.single();
		this.audit.record("integrity.gift-recorded", "integrity-gift", String.valueOf(id), null, audited(gift));
		return entry(agencyCode, id);
	}

	public Gift update(String agencyCode, long id, Input input, ItaPrincipal user) {
		this.access.requireEditor(agencyCode, user);
		Gift before = entry(agencyCode, id);
		this.lock.requireOpen(agencyCode, before.fiscalYear(), IntegrityDocument.GIFT_REPORT);
		Gift gift = validate(id, agencyCode, input);
		this.lock.requireOpen(agencyCode, gift.fiscalYear(), IntegrityDocument.GIFT_REPORT);
		this.jdbc.sql("""
				update integrity_gift set fiscal_year = :y, received_on = :d, giver = :g, relation = :r, item = :i,
				    value = :v, action = :act, recorded_by = :rb where id = :id and agency_code = :a""")
			.params(params(gift))
			.param("id", id)
			.update();
		this.audit.record("integrity.gift-updated", "integrity-gift", String.valueOf(id), audited(before),
				audited(gift));
		return entry(agencyCode, id);
	}

	/** Deletes an entry of a year whose gift report is still a draft (else 409). */
	public void delete(String agencyCode, long id, ItaPrincipal user) {
		this.access.requireEditor(agencyCode, user);
		Gift before = entry(agencyCode, id);
		this.lock.requireOpen(agencyCode, before.fiscalYear(), IntegrityDocument.GIFT_REPORT);
		this.jdbc.sql("delete from integrity_gift where id = :id and agency_code = :a")
			.param("id", id)
			.param("a", agencyCode)
			.update();
		this.audit.record("integrity.gift-deleted", "integrity-gift", String.valueOf(id), audited(before), null);
	}

	/** The named entries of a fiscal year; the read itself is audited. */
	public List<Gift> named(String agencyCode, int fiscalYear, ItaPrincipal user) {
		this.access.requireView(agencyCode, user);
		List<Gift> gifts = this.jdbc.sql("""
				select * from integrity_gift where agency_code = :a and fiscal_year = :y order by received_on, id""")
			.param("a", agencyCode)
			.param("y", fiscalYear)
			.query(GiftService::row)
			.list();
		this.audit.record("integrity.gifts-read", "integrity-gift-register", agencyCode + "/" + fiscalYear, null,
				Map.of("entries", gifts.stream().map(Gift::id).toList()));
		return gifts;
	}

	/** One named entry; the read is audited. */
	public Gift entry(String agencyCode, long id, ItaPrincipal user) {
		this.access.requireView(agencyCode, user);
		Gift gift = entry(agencyCode, id);
		this.audit.record("integrity.gifts-read", "integrity-gift", String.valueOf(id), null,
				Map.of("entries", List.of(id)));
		return gift;
	}

	@Transactional(readOnly = true)
	public Summary summary(String agencyCode, int fiscalYear, ItaPrincipal user) {
		this.access.requireView(agencyCode, user);
		return summary(agencyCode, fiscalYear);
	}

	/** The summary without an access check: for the public page once published. */
	@Transactional(readOnly = true)
	public Summary summary(String agencyCode, int fiscalYear) {
		List<Gift> gifts = this.jdbc.sql("select * from integrity_gift where agency_code = :a and fiscal_year = :y")
			.param("a", agencyCode)
			.param("y", fiscalYear)
			.query(GiftService::row)
			.list();
		LocalDate secondHalf = ThaiDates.fiscalYearStart(fiscalYear).plusMonths(6);
		List<Gift> first = gifts.stream().filter(g -> g.receivedOn().isBefore(secondHalf)).toList();
		List<Gift> second = gifts.stream().filter(g -> !g.receivedOn().isBefore(secondHalf)).toList();
		return new Summary(agencyCode, fiscalYear, List.of(period(1, first), period(2, second)), period(0, gifts));
	}

	private static Period period(int half, List<Gift> gifts) {
		Map<GiftAction, Integer> byAction = new EnumMap<>(GiftAction.class);
		for (GiftAction a : GiftAction.values()) {
			byAction.put(a, 0);
		}
		Map<ValueBand, Integer> byBand = new EnumMap<>(ValueBand.class);
		for (ValueBand b : ValueBand.values()) {
			byBand.put(b, 0);
		}
		for (Gift g : gifts) {
			byAction.merge(g.action(), 1, Integer::sum);
			byBand.merge(ValueBand.of(g.value()), 1, Integer::sum);
		}
		return new Period(half, gifts.size(), byAction, byBand);
	}

	private Gift entry(String agencyCode, long id) {
		return this.jdbc.sql("select * from integrity_gift where id = :id and agency_code = :a")
			.param("id", id)
			.param("a", agencyCode)
			.query(GiftService::row)
			.optional()
			.orElseThrow(() -> new NotFoundException("No gift " + id));
	}

	private Gift validate(long id, String agencyCode, Input in) {
		LocalDate date = Inputs.date("receivedOn", in.receivedOn(), this.texts);
		if (date.isAfter(LocalDate.now(ThaiDates.BANGKOK))) {
			throw new th.ita.shared.FieldException("receivedOn", this.texts.get("integrity.error.future"));
		}
		return new Gift(id, agencyCode, ThaiDates.fiscalYear(date), date,
				Inputs.required("giver", in.giver(), 200, this.texts),
				Inputs.required("relation", in.relation(), 200, this.texts),
				Inputs.required("item", in.item(), 300, this.texts), Inputs.money("value", in.value(), this.texts),
				Inputs.choice("action", in.action(), GiftAction.class, this.texts),
				Inputs.required("recordedBy", in.recordedBy(), 200, this.texts));
	}

	private static Map<String, Object> params(Gift g) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("a", g.agencyCode());
		p.put("y", g.fiscalYear());
		p.put("d", g.receivedOn());
		p.put("g", g.giver());
		p.put("r", g.relation());
		p.put("i", g.item());
		p.put("v", g.value());
		p.put("act", g.action().name());
		p.put("rb", g.recordedBy());
		return p;
	}

	/** The audit keeps what changed but not the names (they stay in the register). */
	private static Map<String, Object> audited(Gift g) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("receivedOn", g.receivedOn().toString());
		m.put("item", g.item());
		m.put("value", g.value().toPlainString());
		m.put("action", g.action().name());
		return m;
	}

	private static Gift row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Gift(rs.getLong("id"), rs.getString("agency_code"), rs.getInt("fiscal_year"),
				rs.getObject("received_on", LocalDate.class), rs.getString("giver"), rs.getString("relation"),
				rs.getString("item"), rs.getBigDecimal("value"), GiftAction.valueOf(rs.getString("action")),
				rs.getString("recorded_by"));
	}

}
