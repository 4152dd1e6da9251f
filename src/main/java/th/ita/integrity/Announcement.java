package th.ita.integrity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything needed to render one announcement (ประกาศ) of an agency as a document: the
 * heading ("ประกาศ" + agency name), the subject ("เรื่อง ..."), the body paragraphs and,
 * for the integrity policy, the numbered commitments, in Thai and English; the closing
 * formula; the date; the signer from the agency's executive record; and who approved it
 * when. Texts carry Arabic digits: when {@link #thaiNumerals()} is true the renderer
 * writes dates, years and ข้อ numbers in Thai digits (U+0E50-U+0E59).
 *
 * @param agencyCode the agency
 * @param fiscalYear the fiscal year (B.E.)
 * @param kind which announcement
 * @param headingTh e.g. ประกาศสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาขอนแก่น
 * @param headingEn e.g. Announcement of the Secondary Educational Service Area Office
 * Khon Kaen
 * @param subjectTh the subject without "เรื่อง"
 * @param subjectEn the subject without "Subject:"
 * @param paragraphsTh the body in Thai, one string per paragraph
 * @param paragraphsEn the body in English
 * @param commitmentsTh numbered commitments (ten for the integrity policy, else empty)
 * @param commitmentsEn the same in English
 * @param closingTh จึงประกาศให้ทราบโดยทั่วกัน
 * @param closingEn the closing sentence in English
 * @param issuedOn the date of the announcement (ISO; render as d MMMM พ.ศ. yyyy)
 * @param issuedOnTh the date as the announcement writes it, e.g. "27 พฤศจิกายน พ.ศ. 2566"
 * (Thai digits when {@code thaiNumerals})
 * @param thaiNumerals whether the document is written with Thai digits
 * @param signer the signer
 * @param status DRAFT, APPROVED or PUBLISHED
 * @param approvedBy the username who approved, or {@code null}
 * @param approvedAt when, or {@code null}
 * @param publishedAt when it was published, or {@code null}
 * @param publicPath its stable public path (served only once published)
 */
public record Announcement(String agencyCode, int fiscalYear, IntegrityDocument kind, String headingTh,
		String headingEn, String subjectTh, String subjectEn, List<String> paragraphsTh, List<String> paragraphsEn,
		List<String> commitmentsTh, List<String> commitmentsEn, String closingTh, String closingEn, LocalDate issuedOn,
		String issuedOnTh, boolean thaiNumerals, Signer signer, String status, @Nullable String approvedBy,
		@Nullable Instant approvedAt, @Nullable Instant publishedAt, String publicPath) {
}
