package th.ita.documents;

import java.io.IOException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;
import th.ita.integrity.IntegrityDocument;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Announcements in the Thai official layout: lines in order, no "เดือน", real Thai digits
 * (no ASCII digit outside URLs), text inside the 3 cm / 2 cm margins, the English
 * version; an approved announcement is issued once with its SHA-256, approver and time
 * (and audited); drafts are not recorded; access as for the announcement.
 */
class AnnouncementDocumentsTests extends DocumentsTestSupport {

	static final int YEAR = 2567;

	@Test
	void thaiNumeralsOfficialLayoutIssuedOnceWithItsHash() throws Exception {
		String agency = "A2001";
		Instant approved = Instant.now().truncatedTo(ChronoUnit.MICROS);
		this.integrity.put(agency, YEAR, IntegrityDocument.NO_GIFT_POLICY, true, "APPROVED", approved);
		String path = "/api/v1/agencies/" + agency + "/declarations/" + YEAR + "/no-gift-policy.pdf";
		MvcResult first = download(path, TestPrincipals.agencyEditor(agency));
		assertThat(first.getResponse().getStatus()).isEqualTo(200);
		byte[] pdf = first.getResponse().getContentAsByteArray();
		checkPdf(pdf);
		List<String> lines = lines(pdf);
		assertThat(lines.get(0)).isEqualTo("ประกาศสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาขอนแก่น");
		assertThat(String.join("\n", lines)).contains("ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", "มาตรา ๓",
				"https://www.example.go.th/p/2567", "๑. ด้านการปฏิบัติหน้าที่", "๒. ด้านการใช้งบประมาณ");
		assertThat(lines).containsSubsequence("จึงประกาศให้ทราบโดยทั่วกัน และถือปฏิบัติอย่างเคร่งครัด",
				"ประกาศ ณ วันที่ ๒๗ พฤศจิกายน พ.ศ. ๒๕๖๖", "(นายศักดิ์ดา ชัยภักดิ์)",
				"ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาขอนแก่น");
		assertThat(lines.get(1)).startsWith("เรื่อง นโยบายงดรับและให้ของขวัญ");
		String all = String.join("\n", lines);
		assertThat(all).doesNotContain("เดือน").doesNotContain("ร่าง");
		assertThat(all.replace("https://www.example.go.th/p/2567", "")).doesNotContainPattern("[0-9]");
		assertMargins(pdf);

		// issued once: the same bytes again, the hash of those bytes recorded with the
		// approval
		byte[] again = download(path, TestPrincipals.admin()).getResponse().getContentAsByteArray();
		assertThat(again).isEqualTo(pdf);
		var row = this.jdbc
			.sql("select sha256, approved_by, approved_at, issued_by, size_bytes from documents_issued "
					+ "where agency_code = :a and document_type = 'NO_GIFT_POLICY' and language = 'th'")
			.param("a", agency)
			.query()
			.singleRow();
		assertThat(row.get("sha256"))
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
		assertThat(row.get("approved_by")).isEqualTo("agency-admin-a2001");
		assertThat(((java.sql.Timestamp) row.get("approved_at")).toInstant()).isEqualTo(approved);
		assertThat(row.get("issued_by")).isEqualTo("agency-editor-a2001");
		assertThat(
				this.jdbc.sql("select count(*) from audit_entry where action = 'document.issued' and entity_id = :id")
					.param("id", "NO_GIFT_POLICY/" + agency + "/" + YEAR)
					.query(Long.class)
					.single())
			.isEqualTo(1);
		var listed = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/api/v1/agencies/" + agency + "/documents/" + YEAR)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.authentication(TestPrincipals.agencyAdmin(agency))))
			.andReturn();
		assertThat(listed.getResponse().getContentAsString()).contains(String.valueOf(row.get("sha256")));
	}

	@Test
	void draftsAreMarkedNotIssuedAndHiddenFromOthers() throws Exception {
		String agency = "A2002";
		this.integrity.put(agency, YEAR, IntegrityDocument.INTEGRITY_INTENT, false, "DRAFT", null);
		String path = "/api/v1/agencies/" + agency + "/declarations/" + YEAR + "/integrity-intent.pdf";
		assertThat(download(path, TestPrincipals.agencyEditor("A9999")).getResponse().getStatus()).isEqualTo(404);
		assertThat(
				http().get("/public/agencies/" + agency + "/integrity/" + YEAR + "/integrity-intent.pdf").statusCode())
			.isEqualTo(404);
		byte[] pdf = download(path, TestPrincipals.agencyEditor(agency)).getResponse().getContentAsByteArray();
		List<String> lines = lines(pdf);
		assertThat(lines).contains("ร่าง", "ประกาศ ณ วันที่ 27 พฤศจิกายน พ.ศ. 2566");
		assertThat(String.join("\n", lines)).contains("ประจำปีงบประมาณ พ.ศ. 2567", "1. ด้านการปฏิบัติหน้าที่");
		assertThat(this.jdbc.sql("select count(*) from documents_issued where agency_code = :a")
			.param("a", agency)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aPublishedAnnouncementIsPublicInThaiAndEnglish() throws Exception {
		String agency = "A2003";
		this.integrity.put(agency, YEAR, IntegrityDocument.INTEGRITY_POLICY, true, "PUBLISHED",
				Instant.now().truncatedTo(ChronoUnit.MICROS));
		var thai = http().get("/public/agencies/" + agency + "/integrity/" + YEAR + "/integrity-policy.pdf");
		assertThat(thai.statusCode()).isEqualTo(200);
		MvcResult en = download("/public/agencies/" + agency + "/integrity/" + YEAR + "/integrity-policy.pdf?lang=en",
				null);
		assertThat(en.getResponse().getStatus()).isEqualTo(200);
		List<String> lines = lines(en.getResponse().getContentAsByteArray());
		assertThat(String.join(" ", lines.subList(0, 2)))
			.isEqualTo("Announcement of the Secondary Educational Service Area Office Khon Kaen");
		assertThat(lines).containsSubsequence("Subject: Implementation of the No Gift Policy for fiscal year 2024",
				"1. Performance of duties", "Announced on 27 November 2023", "(Mr. Sakda Chaiphak)");
		assertThat(String.join(" ", lines))
			.endsWith("(Mr. Sakda Chaiphak) Director of the Secondary Educational Service Area Office Khon Kaen");
		assertThat(this.jdbc.sql("select count(*) from documents_issued where agency_code = :a")
			.param("a", agency)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	/** Every glyph lies between 3 cm from the left edge and 2 cm from the right edge. */
	static void assertMargins(byte[] pdf) throws IOException {
		List<Float> xs = new ArrayList<>();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<TextPosition> positions) {
					for (TextPosition p : positions) {
						xs.add(p.getXDirAdj());
						xs.add(p.getXDirAdj() + p.getWidthDirAdj());
					}
				}
			};
			stripper.getText(doc);
		}
		assertThat(xs).isNotEmpty();
		float cm = 72f / 2.54f;
		assertThat(xs.stream().min(Float::compare).orElseThrow()).isGreaterThanOrEqualTo(3 * cm - 0.5f);
		assertThat(xs.stream().max(Float::compare).orElseThrow()).isLessThanOrEqualTo(595.3f - 2 * cm + 0.5f);
	}

}
