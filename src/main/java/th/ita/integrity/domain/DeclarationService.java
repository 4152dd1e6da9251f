package th.ita.integrity.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import th.ita.agency.AgencySummary;
import th.ita.audit.AuditTrail;
import th.ita.integrity.Announcement;
import th.ita.integrity.IntegrityDocument;
import th.ita.integrity.IntegrityDocuments;
import th.ita.integrity.Signer;
import th.ita.shared.ConflictException;
import th.ita.shared.FieldException;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The three announcements: one per kind per agency and fiscal year (a second is a 409),
 * filled from the templates in the message bundles (Thai and English) with the agency's
 * name, the signer of the executive record, the date and the fiscal year.
 */
@Service
@Transactional
public class DeclarationService implements IntegrityDocuments {

	/** Paragraphs per kind in the templates ({@code integrity.ann.<KIND>.p<n>}). */
	private static final Map<IntegrityDocument, Integer> PARAGRAPHS = Map.of(IntegrityDocument.INTEGRITY_INTENT, 3,
			IntegrityDocument.NO_GIFT_POLICY, 3, IntegrityDocument.INTEGRITY_POLICY, 2);

	/** The integrity policy's commitments: one per ITA indicator. */
	public static final int COMMITMENTS = 10;

	private final JdbcClient jdbc;

	private final IntegrityAccess access;

	private final ExecutiveService executives;

	private final PublicationService publications;

	private final AuditTrail audit;

	private final IntegrityTexts texts;

	DeclarationService(JdbcClient jdbc, IntegrityAccess access, ExecutiveService executives,
			PublicationService publications, AuditTrail audit, IntegrityTexts texts) {
		this.jdbc = jdbc;
		this.access = access;
		this.executives = executives;
		this.publications = publications;
		this.audit = audit;
		this.texts = texts;
	}

	/** {@code signed}: the signer copied on approval (null for a draft). */
	private record Row(String agencyCode, int fiscalYear, IntegrityDocument kind, LocalDate issuedOn,
			boolean thaiNumerals, @Nullable Signer signed) {
	}

	/** An agency editor drafts an announcement; the executive record must exist. */
	public Announcement create(String agencyCode, @Nullable String kindText, @Nullable Integer fiscalYearValue,
			@Nullable LocalDate issuedOnValue, @Nullable Boolean thaiNumerals, ItaPrincipal user) {
		this.access.requireEditor(agencyCode, user);
		IntegrityDocument kind = kind(kindText);
		int fiscalYear = Inputs.fiscalYear("fiscalYear", fiscalYearValue, this.texts);
		LocalDate issuedOn = Inputs.date("issuedOn", issuedOnValue, this.texts);
		if (this.executives.find(agencyCode).isEmpty()) {
			throw new FieldException("signer", this.texts.get("integrity.error.noExecutive"));
		}
		int rows = this.jdbc.sql("""
				insert into integrity_declaration (agency_code, fiscal_year, kind, issued_on, thai_numerals, created_by)
				values (:a, :y, :k, :d, :t, :u) on conflict do nothing""")
			.param("a", agencyCode)
			.param("y", fiscalYear)
			.param("k", kind.name())
			.param("d", issuedOn)
			.param("t", thaiNumerals == null || thaiNumerals)
			.param("u", user.username())
			.update();
		if (rows == 0) {
			throw new ConflictException("kind", this.texts.get("integrity.error.duplicateDeclaration",
					this.texts.get(kind.messageKey()), String.valueOf(fiscalYear)));
		}
		this.audit.record("integrity.declaration-created", "integrity-document", key(agencyCode, fiscalYear, kind),
				null, Map.of("issuedOn", issuedOn.toString(), "thaiNumerals", thaiNumerals == null || thaiNumerals));
		return announcement(agencyCode, fiscalYear, kind).orElseThrow();
	}

	/** Changes the date or the digit style of a draft (approved or published: 409). */
	public Announcement update(String agencyCode, int fiscalYear, IntegrityDocument kind,
			@Nullable LocalDate issuedOnValue, @Nullable Boolean thaiNumerals, ItaPrincipal user) {
		this.access.requireEditor(agencyCode, user);
		Row row = row(agencyCode, fiscalYear, kind).orElseThrow(() -> new NotFoundException("No declaration"));
		this.publications.find(agencyCode, fiscalYear, kind).requireEditable();
		LocalDate issuedOn = Inputs.date("issuedOn", issuedOnValue, this.texts);
		boolean digits = (thaiNumerals != null) ? thaiNumerals : row.thaiNumerals();
		this.jdbc.sql("""
				update integrity_declaration set issued_on = :d, thai_numerals = :t
				where agency_code = :a and fiscal_year = :y and kind = :k""")
			.param("d", issuedOn)
			.param("t", digits)
			.param("a", agencyCode)
			.param("y", fiscalYear)
			.param("k", kind.name())
			.update();
		this.audit.record("integrity.declaration-updated", "integrity-document", key(agencyCode, fiscalYear, kind),
				Map.of("issuedOn", row.issuedOn().toString(), "thaiNumerals", row.thaiNumerals()),
				Map.of("issuedOn", issuedOn.toString(), "thaiNumerals", digits));
		return announcement(agencyCode, fiscalYear, kind).orElseThrow();
	}

	@Transactional(readOnly = true)
	public Announcement read(String agencyCode, int fiscalYear, IntegrityDocument kind, ItaPrincipal user) {
		this.access.requireView(agencyCode, user);
		return announcement(agencyCode, fiscalYear, kind).orElseThrow(() -> new NotFoundException("No declaration"));
	}

	@Transactional(readOnly = true)
	public List<Announcement> list(String agencyCode, int fiscalYear, ItaPrincipal user) {
		this.access.requireView(agencyCode, user);
		return announcements(agencyCode, fiscalYear);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Announcement> announcement(String agencyCode, int fiscalYear, IntegrityDocument kind) {
		if (!kind.isAnnouncement()) {
			return Optional.empty();
		}
		return row(agencyCode, fiscalYear, kind).map(this::build);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Announcement> announcements(String agencyCode, int fiscalYear) {
		List<Announcement> all = new ArrayList<>();
		for (IntegrityDocument kind : IntegrityDocument.values()) {
			announcement(agencyCode, fiscalYear, kind).ifPresent(all::add);
		}
		return all;
	}

	@Override
	public Optional<Signer> signer(String agencyCode) {
		return this.executives.find(agencyCode);
	}

	@Override
	public Optional<th.ita.integrity.Emblem> emblem(String agencyCode) {
		return this.executives.emblem(agencyCode);
	}

	private Optional<Row> row(String agencyCode, int fiscalYear, IntegrityDocument kind) {
		return this.jdbc
			.sql("select * from integrity_declaration where agency_code = :a and fiscal_year = :y and kind = :k")
			.param("a", agencyCode)
			.param("y", fiscalYear)
			.param("k", kind.name())
			.query((rs, n) -> new Row(rs.getString("agency_code"), rs.getInt("fiscal_year"), kind,
					rs.getObject("issued_on", LocalDate.class), rs.getBoolean("thai_numerals"),
					(rs.getString("signed_name_th") != null)
							? new Signer(rs.getString("signed_name_th"), rs.getString("signed_position_th"),
									rs.getString("signed_name_en"), rs.getString("signed_position_en"))
							: null))
			.optional();
	}

	private Announcement build(Row row) {
		AgencySummary agency = this.access.agency(row.agencyCode());
		String th = agency.nameTh();
		String en = (agency.nameEn() != null) ? agency.nameEn() : agency.nameTh();
		Publication p = this.publications.find(row.agencyCode(), row.fiscalYear(), row.kind());
		Signer signed = (p.status() != Publication.Status.DRAFT) ? row.signed() : null;
		Signer signer = (signed != null) ? signed
				: this.executives.find(row.agencyCode()).orElse(new Signer("", "", null, null));
		String prefix = "integrity.ann." + row.kind().name();
		String year = String.valueOf(row.fiscalYear());
		List<String> paragraphsTh = new ArrayList<>();
		List<String> paragraphsEn = new ArrayList<>();
		for (int i = 1; i <= PARAGRAPHS.get(row.kind()); i++) {
			paragraphsTh.add(this.texts.th(prefix + ".p" + i, th, year));
			paragraphsEn.add(this.texts.en(prefix + ".p" + i, en, year));
		}
		List<String> commitmentsTh = new ArrayList<>();
		List<String> commitmentsEn = new ArrayList<>();
		if (row.kind() == IntegrityDocument.INTEGRITY_POLICY) {
			for (int i = 1; i <= COMMITMENTS; i++) {
				commitmentsTh.add(this.texts.th("integrity.ann.commitment." + i, th));
				commitmentsEn.add(this.texts.en("integrity.ann.commitment." + i, en));
			}
		}
		String date = ThaiDigits.announcementDate(row.issuedOn());
		return new Announcement(row.agencyCode(), row.fiscalYear(), row.kind(),
				this.texts.th("integrity.ann.heading", th), this.texts.en("integrity.ann.heading", en),
				this.texts.th(prefix + ".subject", th, year), this.texts.en(prefix + ".subject", en, year),
				paragraphsTh, paragraphsEn, commitmentsTh, commitmentsEn, this.texts.th("integrity.ann.closing"),
				this.texts.en("integrity.ann.closing"), row.issuedOn(), row.thaiNumerals() ? ThaiDigits.of(date) : date,
				row.thaiNumerals(), signer, p.status().name(), p.approvedBy(), p.approvedAt(), p.publishedAt(),
				p.publicPath());
	}

	private IntegrityDocument kind(@Nullable String text) {
		if (text != null) {
			for (IntegrityDocument d : IntegrityDocument.values()) {
				if (d.isAnnouncement() && (d.name().equalsIgnoreCase(text.strip()) || d.slug().equals(text.strip()))) {
					return d;
				}
			}
		}
		throw new FieldException("kind", this.texts.get("integrity.error.kind"));
	}

	static String key(String agencyCode, int fiscalYear, IntegrityDocument kind) {
		return agencyCode + "/" + fiscalYear + "/" + kind.name();
	}

}
