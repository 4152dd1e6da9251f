package th.ita.integrity.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import th.ita.audit.AuditTrail;
import th.ita.integrity.IntegrityDocument;
import th.ita.shared.ConflictException;
import th.ita.shared.EvidenceOffered;
import th.ita.shared.ItaPrincipal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approval and publication of the yearly documents. Each command checks the role, loads
 * the state, calls one transition, saves it (a stale version is a 409), writes the audit
 * entry and, on publication and withdrawal, offers the public URL to the OIT checklist.
 */
@Service
@Transactional
public class PublicationService {

	private final JdbcClient jdbc;

	private final IntegrityAccess access;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final IntegrityTexts texts;

	private final IntegrityOitItems oitItems;

	PublicationService(JdbcClient jdbc, IntegrityAccess access, AuditTrail audit, ApplicationEventPublisher events,
			IntegrityTexts texts, IntegrityOitItems oitItems) {
		this.jdbc = jdbc;
		this.access = access;
		this.audit = audit;
		this.events = events;
		this.texts = texts;
		this.oitItems = oitItems;
	}

	@Transactional(readOnly = true)
	public Publication find(String agencyCode, int fiscalYear, IntegrityDocument document) {
		return this.jdbc
			.sql("select * from integrity_publication where agency_code = :a and fiscal_year = :y and document = :d")
			.param("a", agencyCode)
			.param("y", fiscalYear)
			.param("d", document.name())
			.query(PublicationService::row)
			.optional()
			.orElseGet(() -> Publication.draft(agencyCode, fiscalYear, document))
			.withOitItems(this.oitItems.of(document, fiscalYear));
	}

	/** Every document of the agency and year, drafts included, in the enum's order. */
	@Transactional(readOnly = true)
	public List<Publication> all(String agencyCode, int fiscalYear) {
		Map<IntegrityDocument, Publication> all = new LinkedHashMap<>();
		for (IntegrityDocument d : IntegrityDocument.values()) {
			all.put(d, Publication.draft(agencyCode, fiscalYear, d));
		}
		this.jdbc.sql("select * from integrity_publication where agency_code = :a and fiscal_year = :y")
			.param("a", agencyCode)
			.param("y", fiscalYear)
			.query(PublicationService::row)
			.list()
			.forEach(p -> all.put(p.document(), p));
		all.values().forEach(p -> p.withOitItems(this.oitItems.of(p.document(), fiscalYear)));
		return List.copyOf(all.values());
	}

	@Transactional(readOnly = true)
	public boolean isPublished(String agencyCode, int fiscalYear, IntegrityDocument document) {
		return find(agencyCode, fiscalYear, document).published();
	}

	public Publication approve(String agencyCode, int fiscalYear, IntegrityDocument document, ItaPrincipal user) {
		this.access.requireApprover(agencyCode, user);
		requireContent(agencyCode, fiscalYear, document);
		Publication p = find(agencyCode, fiscalYear, document);
		Publication.Status before = p.status();
		p.approve(user.username(), Instant.now());
		store(p);
		if (document.isAnnouncement()) {
			sign(agencyCode, fiscalYear, document);
		}
		auditChange("integrity.document-approved", p, before);
		return p;
	}

	public Publication publish(String agencyCode, int fiscalYear, IntegrityDocument document, ItaPrincipal user) {
		this.access.requireApprover(agencyCode, user);
		Publication p = find(agencyCode, fiscalYear, document);
		Publication.Status before = p.status();
		p.publish(user.username(), Instant.now());
		store(p);
		auditChange("integrity.document-published", p, before);
		offer(p, p.publicPath());
		return p;
	}

	public Publication withdraw(String agencyCode, int fiscalYear, IntegrityDocument document, ItaPrincipal user) {
		this.access.requireApprover(agencyCode, user);
		Publication p = find(agencyCode, fiscalYear, document);
		Publication.Status before = p.status();
		boolean wasPublished = p.published();
		p.withdraw();
		store(p);
		auditChange("integrity.document-withdrawn", p, before);
		if (wasPublished) {
			offer(p, null);
		}
		return p;
	}

	/** Announcements must exist before approval; registers may be approved empty. */
	private void requireContent(String agencyCode, int fiscalYear, IntegrityDocument document) {
		if (!document.isAnnouncement()) {
			return;
		}
		long count = this.jdbc
			.sql("select count(*) from integrity_declaration where agency_code = :a and fiscal_year = :y and kind = :k")
			.param("a", agencyCode)
			.param("y", fiscalYear)
			.param("k", document.name())
			.query(Long.class)
			.single();
		if (count == 0) {
			throw new th.ita.shared.NotFoundException("No " + document + " for " + fiscalYear);
		}
	}

	/**
	 * Copies the executive record into the approved announcement (it reads so from now).
	 */
	private void sign(String agencyCode, int fiscalYear, IntegrityDocument document) {
		this.jdbc.sql("""
				update integrity_declaration d set signed_name_th = e.name_th, signed_position_th = e.position_th,
				    signed_name_en = e.name_en, signed_position_en = e.position_en
				from integrity_executive e
				where e.agency_code = d.agency_code and d.agency_code = :a and d.fiscal_year = :y and d.kind = :k""")
			.param("a", agencyCode)
			.param("y", fiscalYear)
			.param("k", document.name())
			.update();
	}

	private void offer(Publication p, @Nullable String url) {
		for (String item : this.oitItems.of(p.document(), p.fiscalYear())) {
			this.events.publishEvent(new EvidenceOffered(p.fiscalYear(), p.agencyCode(), item, url,
					this.texts.th(p.document().messageKey()) + " "
							+ this.texts.th("integrity.fiscalYear", String.valueOf(p.fiscalYear())),
					this.texts.en(p.document().messageKey()) + " "
							+ this.texts.en("integrity.fiscalYear", String.valueOf(p.fiscalYear()))));
		}
	}

	private void auditChange(String action, Publication p, Publication.Status before) {
		this.audit.record(action, "integrity-document", key(p), Map.of("status", before.name()),
				Map.of("status", p.status().name(), "url", p.publicPath()));
	}

	static String key(Publication p) {
		return p.agencyCode() + "/" + p.fiscalYear() + "/" + p.document().name();
	}

	private void store(Publication p) {
		int rows;
		if (p.version() == 0) {
			rows = this.jdbc.sql("""
					insert into integrity_publication (agency_code, fiscal_year, document, status, approved_by,
					    approved_at, published_by, published_at, version)
					values (:a, :y, :d, :s, :ab, :aa, :pb, :pa, 1) on conflict do nothing""")
				.params(params(p))
				.update();
		}
		else {
			rows = this.jdbc.sql("""
					update integrity_publication set status = :s, approved_by = :ab, approved_at = :aa,
					    published_by = :pb, published_at = :pa, version = version + 1
					where agency_code = :a and fiscal_year = :y and document = :d and version = :v""")
				.params(params(p))
				.param("v", p.version())
				.update();
		}
		if (rows == 0) {
			throw new ConflictException("version", this.texts.get("integrity.error.stale"));
		}
	}

	private static Map<String, Object> params(Publication p) {
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("a", p.agencyCode());
		params.put("y", p.fiscalYear());
		params.put("d", p.document().name());
		params.put("s", p.status().name());
		params.put("ab", p.approvedBy());
		params.put("aa", timestamp(p.approvedAt()));
		params.put("pb", p.publishedBy());
		params.put("pa", timestamp(p.publishedAt()));
		return params;
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static Publication row(ResultSet rs, int n) throws SQLException {
		return new Publication(rs.getString("agency_code"), rs.getInt("fiscal_year"),
				IntegrityDocument.valueOf(rs.getString("document")), Publication.Status.valueOf(rs.getString("status")),
				rs.getString("approved_by"), instant(rs.getTimestamp("approved_at")), rs.getString("published_by"),
				instant(rs.getTimestamp("published_at")), rs.getLong("version"));
	}

	private static @Nullable Instant instant(@Nullable Timestamp ts) {
		return (ts != null) ? ts.toInstant() : null;
	}

}
