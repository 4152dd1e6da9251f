package th.ita.integrity.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import th.ita.audit.AuditTrail;
import th.ita.integrity.IntegrityDocument;
import th.ita.shared.FieldException;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corruption complaint statistics per fiscal year and channel: received, completed, in
 * progress (non-negative; completed + in progress ≤ received). Counts only: no
 * complainant is ever recorded here. Frozen (409) once the year's statistics are approved
 * or published.
 */
@Service
@Transactional
public class ComplaintService {

	private final JdbcClient jdbc;

	private final IntegrityAccess access;

	private final AuditTrail audit;

	private final IntegrityTexts texts;

	private final RegisterLock lock;

	ComplaintService(JdbcClient jdbc, IntegrityAccess access, AuditTrail audit, IntegrityTexts texts,
			RegisterLock lock) {
		this.jdbc = jdbc;
		this.access = access;
		this.audit = audit;
		this.texts = texts;
		this.lock = lock;
	}

	public record Stat(String agencyCode, int fiscalYear, ComplaintChannel channel, int received, int completed,
			int inProgress) {
	}

	/** The year's rows by channel and their total (channel {@code null}). */
	public record Stats(String agencyCode, int fiscalYear, List<Stat> channels, int received, int completed,
			int inProgress) {
	}

	public Stat save(String agencyCode, int fiscalYear, String channelText, @Nullable Integer receivedValue,
			@Nullable Integer completedValue, @Nullable Integer inProgressValue, ItaPrincipal user) {
		this.access.requireEditor(agencyCode, user);
		ComplaintChannel channel = channel(channelText);
		Inputs.fiscalYear("fiscalYear", fiscalYear, this.texts);
		int received = Inputs.range("received", receivedValue, 0, 1_000_000, this.texts);
		int completed = Inputs.range("completed", completedValue, 0, 1_000_000, this.texts);
		int inProgress = Inputs.range("inProgress", inProgressValue, 0, 1_000_000, this.texts);
		if (completed + inProgress > received) {
			throw new FieldException("completed", this.texts.get("integrity.error.completedTooMany"));
		}
		this.lock.requireOpen(agencyCode, fiscalYear, IntegrityDocument.COMPLAINT_STATS);
		Optional<Stat> before = find(agencyCode, fiscalYear, channel);
		this.jdbc
			.sql("""
					insert into integrity_complaint_stat (agency_code, fiscal_year, channel, received, completed, in_progress,
					    updated_by)
					values (:a, :y, :c, :r, :d, :p, :u)
					on conflict (agency_code, fiscal_year, channel) do update set received = excluded.received,
					    completed = excluded.completed, in_progress = excluded.in_progress,
					    updated_by = excluded.updated_by, updated_at = now()""")
			.param("a", agencyCode)
			.param("y", fiscalYear)
			.param("c", channel.name())
			.param("r", received)
			.param("d", completed)
			.param("p", inProgress)
			.param("u", user.username())
			.update();
		Stat stat = new Stat(agencyCode, fiscalYear, channel, received, completed, inProgress);
		this.audit.record("integrity.complaints-saved", "integrity-complaint-stat",
				agencyCode + "/" + fiscalYear + "/" + channel, before.orElse(null), stat);
		return stat;
	}

	/**
	 * Deletes a channel's row of a year whose statistics are still a draft (else 409).
	 */
	public void delete(String agencyCode, int fiscalYear, String channelText, ItaPrincipal user) {
		this.access.requireEditor(agencyCode, user);
		ComplaintChannel channel = channel(channelText);
		Stat before = find(agencyCode, fiscalYear, channel)
			.orElseThrow(() -> new NotFoundException("No statistics for " + channel));
		this.lock.requireOpen(agencyCode, fiscalYear, IntegrityDocument.COMPLAINT_STATS);
		this.jdbc.sql("""
				delete from integrity_complaint_stat where agency_code = :a and fiscal_year = :y and channel = :c""")
			.param("a", agencyCode)
			.param("y", fiscalYear)
			.param("c", channel.name())
			.update();
		this.audit.record("integrity.complaints-deleted", "integrity-complaint-stat",
				agencyCode + "/" + fiscalYear + "/" + channel, before, null);
	}

	@Transactional(readOnly = true)
	public Stats stats(String agencyCode, int fiscalYear, ItaPrincipal user) {
		this.access.requireView(agencyCode, user);
		return stats(agencyCode, fiscalYear);
	}

	/** Without an access check: for the public page once published. */
	@Transactional(readOnly = true)
	public Stats stats(String agencyCode, int fiscalYear) {
		List<Stat> rows = this.jdbc
			.sql("select * from integrity_complaint_stat where agency_code = :a and fiscal_year = :y order by channel")
			.param("a", agencyCode)
			.param("y", fiscalYear)
			.query(ComplaintService::row)
			.list();
		Map<ComplaintChannel, Stat> ordered = new LinkedHashMap<>();
		for (ComplaintChannel c : ComplaintChannel.values()) {
			rows.stream().filter(r -> r.channel() == c).findFirst().ifPresent(r -> ordered.put(c, r));
		}
		List<Stat> list = List.copyOf(ordered.values());
		return new Stats(agencyCode, fiscalYear, list, list.stream().mapToInt(Stat::received).sum(),
				list.stream().mapToInt(Stat::completed).sum(), list.stream().mapToInt(Stat::inProgress).sum());
	}

	private Optional<Stat> find(String agencyCode, int fiscalYear, ComplaintChannel channel) {
		return this.jdbc.sql("""
				select * from integrity_complaint_stat where agency_code = :a and fiscal_year = :y and channel = :c""")
			.param("a", agencyCode)
			.param("y", fiscalYear)
			.param("c", channel.name())
			.query(ComplaintService::row)
			.optional();
	}

	private static ComplaintChannel channel(String text) {
		for (ComplaintChannel c : ComplaintChannel.values()) {
			if (c.name().equalsIgnoreCase(text) || c.name().replace('_', '-').equalsIgnoreCase(text)) {
				return c;
			}
		}
		throw new NotFoundException("No channel " + text);
	}

	private static Stat row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Stat(rs.getString("agency_code"), rs.getInt("fiscal_year"),
				ComplaintChannel.valueOf(rs.getString("channel")), rs.getInt("received"), rs.getInt("completed"),
				rs.getInt("in_progress"));
	}

}
