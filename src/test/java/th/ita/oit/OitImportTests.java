package th.ita.oit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;
import th.ita.assessment.Activity;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bulk import of evidence URLs from CSV and XLSX: Thai text intact, every kind of bad row
 * reported with its line and column, all or nothing, audited, 413 over 1 MB.
 */
class OitImportTests extends OitTestSupport {

	static final int YEAR = 2584;

	static final Authentication EDITOR = TestPrincipals.agencyEditor(AGENCY);

	static final String HEADER = "item_code,url,title\r\n";

	@BeforeEach
	void round() throws Exception {
		if (this.jdbc.sql("select count(*) from assessment_round where fiscal_year = " + YEAR)
			.query(Long.class)
			.single() == 0) {
			openRound(YEAR);
		}
		else {
			phase(YEAR, Activity.OIT_SUBMISSION);
		}
	}

	private ResultActions upload(String name, byte[] bytes, Authentication user) throws Exception {
		return this.mvc.perform(multipart(path(YEAR, AGENCY) + "/import")
			.file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
			.with(authentication(user)));
	}

	private ResultActions csv(String text) throws Exception {
		return upload("urls.csv", text.getBytes(StandardCharsets.UTF_8), EDITOR);
	}

	private long revisions() {
		return this.jdbc.sql("select count(*) from oit_evidence_revision where fiscal_year = :y")
			.param("y", YEAR)
			.query(Long.class)
			.single();
	}

	@Test
	void importsACsvWithThaiTextAllItemsInOneGoAndAuditsIt() throws Exception {
		String file = "\uFEFF" + HEADER + "O6," + url("/a") + ",แผนปฏิบัติการประจำปี\r\n" + "O6," + url("/b")
				+ ",\"รายงาน, ฉบับเต็ม\"\r\n" + "\r\n" + "O7," + url("/c") + ",ข่าวประชาสัมพันธ์\r\n";
		csv(file).andExpect(status().isOk())
			.andExpect(jsonPath("$.items").value(2))
			.andExpect(jsonPath("$.urls").value(3))
			.andExpect(jsonPath("$.itemCodes[0]").value("O6"));
		read(YEAR, AGENCY, EDITOR).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.itemCode == 'O6')].status").value("DRAFT"))
			.andExpect(jsonPath("$.items[?(@.itemCode == 'O6')].urls[1].title").value("รายงาน, ฉบับเต็ม"))
			.andExpect(jsonPath("$.items[?(@.itemCode == 'O7')].urls[0].title").value("ข่าวประชาสัมพันธ์"));
		assertThat(audits("oit.evidence-saved", YEAR + "/" + AGENCY + "/O6")).isEqualTo(1);
		assertThat(audits("oit.evidence-saved", YEAR + "/" + AGENCY + "/O7")).isEqualTo(1);
		assertThat(audits("oit.evidence-imported", YEAR + "/" + AGENCY)).isGreaterThanOrEqualTo(1);
		// importing again replaces the URLs of O7 with a new revision; O6 is untouched
		csv(HEADER + "O7," + url("/d") + ",ฉบับแก้ไข\r\n").andExpect(status().isOk());
		read(YEAR, AGENCY, EDITOR).andExpect(jsonPath("$.items[?(@.itemCode == 'O7')].urls.length()").value(1))
			.andExpect(jsonPath("$.items[?(@.itemCode == 'O7')].revisions.length()").value(2))
			.andExpect(jsonPath("$.items[?(@.itemCode == 'O6')].revisions.length()").value(1));
	}

	@Test
	void importsAnXlsxWithThaiText() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(out, "ITA", "1.0")) {
			Worksheet sheet = workbook.newWorksheet("หลักฐาน");
			sheet.value(0, 0, "item_code");
			sheet.value(0, 1, "url");
			sheet.value(0, 2, "title");
			sheet.value(1, 0, "O8");
			sheet.value(1, 1, url("/x"));
			sheet.value(1, 2, "คู่มือการปฏิบัติงานด้านการจัดซื้อจัดจ้าง");
			sheet.value(2, 0, "O8");
			sheet.value(2, 1, url("/y"));
			sheet.value(2, 2, "ประกาศ ฯ เรื่อง มาตรฐานการให้บริการ");
		}
		upload("หลักฐาน.xlsx", out.toByteArray(), EDITOR).andExpect(status().isOk())
			.andExpect(jsonPath("$.urls").value(2));
		read(YEAR, AGENCY, EDITOR)
			.andExpect(jsonPath("$.items[?(@.itemCode == 'O8')].urls[0].title")
				.value("คู่มือการปฏิบัติงานด้านการจัดซื้อจัดจ้าง"))
			.andExpect(jsonPath("$.items[?(@.itemCode == 'O8')].urls[1].title")
				.value("ประกาศ ฯ เรื่อง มาตรฐานการให้บริการ"));
		// a ZIP that is not a workbook
		upload("bad.xlsx", new byte[] { 'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3 }, EDITOR)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("unreadable-xlsx"));
	}

	@Test
	void reportsEveryBadRowWithLineAndColumnAndStoresNothing() throws Exception {
		long before = revisions();
		String file = HEADER + "O9," + url("/ok") + ",ถูกต้อง\r\n" // line 2: fine
				+ "O999," + url("/u") + ",ไม่มีข้อนี้\r\n" // 3: unknown item
				+ "O9,javascript:alert(1),สคริปต์\r\n" // 4: bad URL
				+ "O9,/relative,ลิงก์ไม่เต็ม\r\n" // 5: bad URL
				+ "O9," + url("/ok") + ",ซ้ำ\r\n" // 6: duplicate of line 2
				+ "O9," + url("/t") + ",\r\n" // 7: missing title
				+ "," + url("/v") + ",ไม่มีรหัส\r\n" // 8: missing item code
				+ "O9,http://" + "a".repeat(2050) + ".th/,ยาว\r\n" // 9: too long
				+ "O9,a,b,c\r\n"; // 10: column count
		csv(file).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("file"))
			.andExpect(jsonPath("$.errors.length()").value(8))
			.andExpect(jsonPath("$.errors[0].line").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("item_code"))
			.andExpect(jsonPath("$.errors[0].code").value("unknown-item"))
			.andExpect(jsonPath("$.errors[1].line").value(4))
			.andExpect(jsonPath("$.errors[1].column").value("url"))
			.andExpect(jsonPath("$.errors[1].code").value("bad-url"))
			.andExpect(jsonPath("$.errors[2].line").value(5))
			.andExpect(jsonPath("$.errors[2].code").value("bad-url"))
			.andExpect(jsonPath("$.errors[3].line").value(6))
			.andExpect(jsonPath("$.errors[3].code").value("duplicate"))
			.andExpect(jsonPath("$.errors[3].message").value(containsString("2")))
			.andExpect(jsonPath("$.errors[4].line").value(7))
			.andExpect(jsonPath("$.errors[4].column").value("title"))
			.andExpect(jsonPath("$.errors[4].code").value("missing"))
			.andExpect(jsonPath("$.errors[5].line").value(8))
			.andExpect(jsonPath("$.errors[5].column").value("item_code"))
			.andExpect(jsonPath("$.errors[5].code").value("missing"))
			.andExpect(jsonPath("$.errors[6].code").value("url-too-long"))
			.andExpect(jsonPath("$.errors[7].line").value(10))
			.andExpect(jsonPath("$.errors[7].code").value("column-count"));
		// all or nothing: the good row 2 was not stored either
		assertThat(revisions()).isEqualTo(before);
		read(YEAR, AGENCY, EDITOR).andExpect(jsonPath("$.items[?(@.itemCode == 'O9')].status").value("EMPTY"));
	}

	@Test
	void refusesMoreThanTenUrlsForAnItem() throws Exception {
		StringBuilder file = new StringBuilder(HEADER);
		for (int i = 0; i < 11; i++) {
			file.append("O10,").append(url("/p" + i)).append(",หน้า ").append(i).append("\r\n");
		}
		csv(file.toString()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].line").value(12))
			.andExpect(jsonPath("$.errors[0].code").value("too-many-urls"));
	}

	@Test
	void refusesAWrongHeaderAWrongEncodingAndEmptyFiles() throws Exception {
		csv("code,link,name\r\nO1," + url("/a") + ",x\r\n").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].line").value(1))
			.andExpect(jsonPath("$.errors[0].code").value("wrong-header"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("item_code,url,title")));
		// Thai saved as TIS-620 (Windows-874) instead of UTF-8
		byte[] tis = (HEADER + "O1," + url("/a") + ",แผนผัง\r\n").getBytes(Charset.forName("x-windows-874"));
		upload("tis.csv", tis, EDITOR).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].line").value(2))
			.andExpect(jsonPath("$.errors[0].code").value("invalid-encoding"));
		csv("").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("empty-file"));
		csv(HEADER).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("no-rows"));
	}

	@Test
	void refusesAFileOverOneMegabyteWith413() throws Exception {
		byte[] big = new byte[1024 * 1024 + 1];
		java.util.Arrays.fill(big, (byte) 'a');
		upload("big.csv", big, EDITOR).andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.maxBytes").value(1024 * 1024));
		this.mvc.perform(
				post(path(YEAR, AGENCY) + "/import").contentType("text/csv").content(big).with(authentication(EDITOR)))
			.andExpect(status().isContentTooLarge());
	}

	@Test
	void takesARawCsvBodyToo() throws Exception {
		this.mvc
			.perform(post(path(YEAR, AGENCY) + "/import").contentType("text/csv")
				.content((HEADER + "O11," + url("/raw") + ",ข้อมูลดิบ\r\n").getBytes(StandardCharsets.UTF_8))
				.with(authentication(EDITOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.itemCodes[0]").value("O11"));
	}

	@Test
	void onlyTheAgencysEditorsInTheSubmissionWindow() throws Exception {
		byte[] file = (HEADER + "O12," + url("/a") + ",ก\r\n").getBytes(StandardCharsets.UTF_8);
		upload("a.csv", file, TestPrincipals.agencyEditor(OTHER)).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.errors").doesNotExist());
		upload("a.csv", file, assessor("nobody")).andExpect(status().isForbidden());
		phase(YEAR, Activity.OIT_REVIEW);
		upload("a.csv", file, EDITOR).andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("windows.OIT_SUBMISSION"));
	}

	@Test
	void thePageShowsRowErrorsAndRedirectsWhenAccepted() throws Exception {
		this.mvc.perform(get("/rounds/" + YEAR + "/oit/import").with(authentication(EDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"oit-import-form\"")));
		byte[] bad = (HEADER + "O13,ftp://x.th/a,<b>ชื่อ</b>\r\n").getBytes(StandardCharsets.UTF_8);
		this.mvc
			.perform(multipart("/rounds/" + YEAR + "/oit/import")
				.file(new MockMultipartFile("file", "a.csv", "text/csv", bad))
				.with(authentication(EDITOR))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("data-line=\"2\"")))
			.andExpect(content().string(containsString("ftp://x.th/a")));
		byte[] good = (HEADER + "O13," + url("/page") + ",หน้าเว็บ\r\n").getBytes(StandardCharsets.UTF_8);
		this.mvc
			.perform(multipart("/rounds/" + YEAR + "/oit/import")
				.file(new MockMultipartFile("file", "a.csv", "text/csv", good))
				.with(authentication(EDITOR))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/rounds/" + YEAR + "/oit"));
	}

	static byte[] bytes(String text) throws IOException {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
