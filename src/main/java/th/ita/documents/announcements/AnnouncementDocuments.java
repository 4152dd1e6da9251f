package th.ita.documents.announcements;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import th.ita.audit.AuditTrail;
import th.ita.documents.render.DocumentFile;
import th.ita.documents.render.Numerals;
import th.ita.integrity.Announcement;
import th.ita.integrity.IntegrityDocument;
import th.ita.integrity.IntegrityDocuments;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.NotFoundException;
import th.ita.shared.ThaiDates;
import th.ita.shared.pdf.PdfOptions;
import th.ita.shared.pdf.PdfRenderer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The three announcements (declaration of integrity intent, No Gift Policy, integrity
 * policy) as PDFs in the Thai official layout (issue 8, 1f; thai-standards §6): emblem
 * centred at the top, "ประกาศ…", "เรื่อง …", body, "ประกาศ ณ วันที่ d เดือนเต็ม พ.ศ.
 * yyyy" (no "เดือน"), signature space, "(name)" and position centred; left margin 3 cm,
 * right 2 cm; Sarabun 16 pt, line height 1.6; real Thai digits when the announcement is
 * set to Thai numerals; Thai or English ({@code lang=en}).
 * <p>
 * A draft renders on the fly, marked as a draft. An approved announcement is issued once
 * per approval: the first download stores the PDF with its SHA-256, the approver and the
 * approval time ({@code documents_issued}, audited as {@code document.issued}); later
 * downloads serve the same bytes.
 */
@Service
public class AnnouncementDocuments {

	private final IntegrityDocuments integrity;

	private final PdfRenderer pdf;

	private final IssuedDocumentRows issued;

	private final AuditTrail audit;

	AnnouncementDocuments(IntegrityDocuments integrity, PdfRenderer pdf, IssuedDocumentRows issued, AuditTrail audit) {
		this.integrity = integrity;
		this.pdf = pdf;
		this.issued = issued;
		this.audit = audit;
	}

	/** What the audit trail records of an issue. */
	record Issued(String documentType, String agencyCode, int fiscalYear, String language, String approvedBy,
			String approvedAt, String sha256, int sizeBytes) {
	}

	@Transactional
	public DocumentFile announcement(String agencyCode, int fiscalYear, String kindText, boolean english,
			Optional<ItaPrincipal> user) {
		IntegrityDocument kind = kind(kindText);
		Announcement a = this.integrity.announcement(agencyCode, fiscalYear, kind)
			.orElseThrow(() -> new NotFoundException("No such announcement"));
		boolean own = user.map(u -> u.canSeeAgency(agencyCode)).orElse(false);
		if (!own && !"PUBLISHED".equals(a.status())) {
			throw new NotFoundException("No such announcement");
		}
		String language = english ? "en" : "th";
		String fileName = kind.slug() + "-" + fiscalYear + "-" + agencyCode + (english ? "-en" : "") + ".pdf";
		boolean approved = a.approvedAt() != null && a.approvedBy() != null && !"DRAFT".equals(a.status());
		if (!approved) {
			return new DocumentFile(fileName, DocumentFile.PDF, render(a, english, true));
		}
		Optional<byte[]> stored = this.issued.pdf(kind.name(), agencyCode, fiscalYear, language, a.approvedAt());
		if (stored.isPresent()) {
			return new DocumentFile(fileName, DocumentFile.PDF, stored.get());
		}
		byte[] bytes = render(a, english, false);
		String sha = sha256(bytes);
		String issuer = user.map(ItaPrincipal::username).orElse("system");
		if (this.issued.insert(kind.name(), agencyCode, fiscalYear, language, a.approvedBy(), a.approvedAt(), sha,
				bytes, issuer)) {
			this.audit.record("document.issued", "document", kind.name() + "/" + agencyCode + "/" + fiscalYear, null,
					new Issued(kind.name(), agencyCode, fiscalYear, language, a.approvedBy(), a.approvedAt().toString(),
							sha, bytes.length));
			return new DocumentFile(fileName, DocumentFile.PDF, bytes);
		}
		// another request issued it first: serve that one
		return new DocumentFile(fileName, DocumentFile.PDF,
				this.issued.pdf(kind.name(), agencyCode, fiscalYear, language, a.approvedAt()).orElse(bytes));
	}

	/**
	 * The issued documents of an agency's year (for its own users and the central team).
	 */
	public List<IssuedDocument> issued(String agencyCode, int fiscalYear, Optional<ItaPrincipal> user) {
		if (!user.map(u -> u.canSeeAgency(agencyCode)).orElse(false)) {
			throw new NotFoundException("No such agency");
		}
		return this.issued.list(agencyCode, fiscalYear);
	}

	byte[] render(Announcement a, boolean english, boolean draft) {
		Numerals fmt = new Numerals(a.thaiNumerals() && !english);
		Map<String, Object> model = new HashMap<>();
		model.put("a", a);
		model.put("en", english);
		model.put("draft", draft);
		model.put("fmt", fmt);
		model.put("date", english ? englishDate(a.issuedOn()) : fmt.digits(thaiDate(a.issuedOn())));
		model.put("emblem",
				this.integrity.emblem(a.agencyCode())
					.map(e -> "data:" + e.contentType() + ";base64," + Base64.getEncoder().encodeToString(e.bytes()))
					.orElse(null));
		Locale locale = english ? Locale.ENGLISH : Locale.forLanguageTag("th");
		return this.pdf.renderTemplate("documents/announcement", model, locale, PdfOptions.thaiOfficial());
	}

	/** "27 พฤศจิกายน พ.ศ. 2566": day, full month name, B.E. year; never "เดือน". */
	static String thaiDate(LocalDate date) {
		String[] parts = ThaiDates.formatLong(date, Locale.forLanguageTag("th")).split(" ");
		return parts[0] + " " + parts[1] + " พ.ศ. " + parts[2];
	}

	static String englishDate(LocalDate date) {
		return date.getDayOfMonth() + " "
				+ date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " "
				+ date.getYear();
	}

	static IntegrityDocument kind(String text) {
		for (IntegrityDocument d : IntegrityDocument.values()) {
			if (d.isAnnouncement() && (d.name().equalsIgnoreCase(text) || d.slug().equals(text))) {
				return d;
			}
		}
		throw new NotFoundException("No such announcement");
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
