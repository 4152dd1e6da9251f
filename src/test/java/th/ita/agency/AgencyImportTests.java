package th.ita.agency;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * CSV import (all or nothing, row-by-row errors) and export, through the API and the
 * page.
 */
class AgencyImportTests extends AgencyTestSupport {

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void goodImportCreatesUpdatesAndRoundTripsThroughExport() throws Exception {
		String parent = uniqueCode();
		String child = uniqueCode();
		// the child comes before its parent in the file
		String file = csv(
				child + ",โรงเรียนทดสอบ \"ไทย\",รร.ทดสอบ,Test School," + "SCHOOL,เชียงใหม่,NORTH," + parent + ",42",
				parent + ",สำนักงานทดสอบ,สนง.ทดสอบ,Test Office,PRIMARY,เชียงใหม่,NORTH,,");
		importAsAdmin(file).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.updated").value(0));
		assertThat(this.directory.find(parent).orElseThrow().type()).isEqualTo(AgencyType.PRIMARY_ESA);
		AgencySummary created = this.directory.find(child).orElseThrow();
		assertThat(created.parentCode()).isEqualTo(parent);
		assertThat(created.staffCount()).isEqualTo(42);

		MvcResult export = this.mvc.perform(get("/api/v1/agencies/export").param("q", child))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn();
		byte[] bytes = export.getResponse().getContentAsByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text).contains(HEADER).contains(child).contains("SCHOOL").contains("โรงเรียนทดสอบ");

		// the exported file imports again unchanged, and an edited copy updates
		importAsAdmin(bytes).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.unchanged").value(1));
		importAsAdmin(text.replace(",42", ",43")).andExpect(jsonPath("$.updated").value(1));
		assertThat(this.directory.find(child).orElseThrow().staffCount()).isEqualTo(43);

		this.mvc.perform(get("/api/v1/agencies").param("format", "csv").param("q", parent))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(content().string(containsString(parent)));
	}

	@Test
	void everyCreatedOrUpdatedAgencyIsAuditedWithWhoBeforeAndAfter() throws Exception {
		String code = uniqueCode();
		importAsAdmin(csv(row(code, "หน่วยงานตรวจสอบ"))).andExpect(status().isOk());
		importAsAdmin(csv(row(code, "หน่วยงานตรวจสอบใหม่"))).andExpect(jsonPath("$.updated").value(1));
		var entries = this.jdbc.sql("""
				select action, actor, before_state->>'nameTh' as before_name, after_state->>'nameTh' as after_name
				from audit_entry where entity_type = 'agency' and entity_id = :code order by id""")
			.param("code", code)
			.query()
			.listOfRows();
		assertThat(entries).hasSize(2);
		assertThat(entries.get(0)).containsEntry("action", "agency.created")
			.containsEntry("actor", "admin")
			.containsEntry("before_name", null)
			.containsEntry("after_name", "หน่วยงานตรวจสอบ");
		assertThat(entries.get(1)).containsEntry("action", "agency.updated")
			.containsEntry("before_name", "หน่วยงานตรวจสอบ")
			.containsEntry("after_name", "หน่วยงานตรวจสอบใหม่");

		String rejected = uniqueCode();
		importAsAdmin(csv(row(rejected, "ดี"), row(rejected, "ซ้ำ"))).andExpect(status().isUnprocessableContent());
		assertThat(this.jdbc.sql("select count(*) from audit_entry where entity_id = :code")
			.param("code", rejected)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void rawCsvBodyAndTheShippedSevenColumnHeaderAreAccepted() throws Exception {
		String code = uniqueCode();
		String body = "code,name_th,short_th,name_en,type,province_th,region\n" + code
				+ ",สพม.ทดสอบ,สพม.ทดสอบ,Test Secondary,SECONDARY,ตาก,WEST\n";
		this.mvc
			.perform(post("/api/v1/agencies/import").contentType("text/csv")
				.content(body.getBytes(StandardCharsets.UTF_8))
				.with(authentication(TestPrincipals.admin())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1));
		assertThat(this.directory.find(code).orElseThrow().type()).isEqualTo(AgencyType.SECONDARY_ESA);
	}

	@Test
	void duplicateCodesImportNothing() throws Exception {
		String code = uniqueCode();
		rejected(csv(row(code, "หนึ่ง"), row(code, "สอง")), 3, "code", "duplicate-code");
		assertThat(this.directory.exists(code)).isFalse();
	}

	@Test
	void unknownTypeImportsNothing() throws Exception {
		String good = uniqueCode();
		String bad = uniqueCode();
		rejected(csv(row(good, "ดี"), bad + ",ผิด,,,UNIVERSITY,ตาก,WEST,,"), 3, "type", "unknown-type");
		assertThat(this.directory.exists(good)).isFalse();
		assertThat(this.directory.exists(bad)).isFalse();
	}

	@Test
	void unknownRegionImportsNothing() throws Exception {
		String good = uniqueCode();
		rejected(csv(row(good, "ดี"), uniqueCode() + ",ผิด,,,OTHER,ตาก,MIDWEST,,"), 3, "region", "unknown-region");
		assertThat(this.directory.exists(good)).isFalse();
	}

	@Test
	void missingThaiNameImportsNothing() throws Exception {
		String good = uniqueCode();
		rejected(csv(row(good, "ดี"), uniqueCode() + ",,,English only,OTHER,ตาก,WEST,,"), 3, "name_th", "required");
		assertThat(this.directory.exists(good)).isFalse();
	}

	@Test
	void unknownParentAndBadStaffCountImportNothing() throws Exception {
		String good = uniqueCode();
		String file = csv(row(good, "ดี"), uniqueCode() + ",ลูก,,,OTHER,ตาก,WEST,NO-SUCH-PARENT,",
				uniqueCode() + ",บุคลากร,,,OTHER,ตาก,WEST,,สิบ");
		importAsAdmin(file).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].line").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("parent_code"))
			.andExpect(jsonPath("$.errors[0].code").value("unknown-parent"))
			.andExpect(jsonPath("$.errors[1].line").value(4))
			.andExpect(jsonPath("$.errors[1].column").value("staff_count"))
			.andExpect(jsonPath("$.errors[1].code").value("invalid-staff-count"));
		assertThat(this.directory.exists(good)).isFalse();
	}

	@Test
	void windows874FileIsRejectedAsWrongEncoding() throws Exception {
		String code = uniqueCode();
		byte[] tis620 = csv(row(code, "สำนักงานทดสอบ")).getBytes(Charset.forName("x-windows-874"));
		importAsAdmin(tis620).andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].line").value(2))
			.andExpect(jsonPath("$.errors[0].code").value("invalid-encoding"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("UTF-8")));
		assertThat(this.directory.exists(code)).isFalse();
	}

	@Test
	void wrongHeaderNamesTheExpectedHeader() throws Exception {
		String code = uniqueCode();
		importAsAdmin("code,name,type\n" + code + ",ชื่อ,OTHER\n").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].line").value(1))
			.andExpect(jsonPath("$.errors[0].code").value("wrong-header"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString(HEADER)));
		assertThat(this.directory.exists(code)).isFalse();
	}

	@Test
	void fileOver5MbIs413AndImportsNothing() throws Exception {
		String code = uniqueCode();
		byte[] big = bigFile(code);
		importAsAdmin(big).andExpect(status().isPayloadTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(413));
		this.mvc
			.perform(post("/api/v1/agencies/import").contentType("text/csv")
				.content(big)
				.with(authentication(TestPrincipals.admin())))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.status").value(413));
		assertThat(this.directory.exists(code)).isFalse();
	}

	@Test
	void importPageShowsTheErrorsRowByRow() throws Exception {
		String code = uniqueCode();
		this.mvc
			.perform(multipart("/admin/agencies/import")
				.file(new MockMultipartFile("file", "bad.csv", "text/csv",
						csv(row(code, "หนึ่ง"), row(code, "สอง")).getBytes(StandardCharsets.UTF_8)))
				.with(authentication(TestPrincipals.admin()))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"import-errors\"")))
			.andExpect(content().string(containsString("data-error=\"duplicate-code\"")))
			.andExpect(content().string(containsString("ไม่ได้นำเข้าข้อมูลใด")));
		assertThat(this.directory.exists(code)).isFalse();
		this.mvc
			.perform(multipart("/admin/agencies/import")
				.file(new MockMultipartFile("file", "good.csv", "text/csv",
						csv(row(code, "หนึ่ง")).getBytes(StandardCharsets.UTF_8)))
				.with(authentication(TestPrincipals.admin()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"import-success\"")));
		assertThat(this.directory.exists(code)).isTrue();
	}

	@Test
	void agencyScopedUsersCannotImport() throws Exception {
		String code = uniqueCode();
		byte[] file = csv(row(code, "หนึ่ง")).getBytes(StandardCharsets.UTF_8);
		for (var user : java.util.List.of(TestPrincipals.agencyAdmin("1001"), TestPrincipals.agencyEditor("1001"))) {
			this.mvc
				.perform(multipart("/api/v1/agencies/import")
					.file(new MockMultipartFile("file", "a.csv", "text/csv", file))
					.with(authentication(user)))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/admin/agencies/import").with(authentication(user)))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(multipart("/admin/agencies/import")
					.file(new MockMultipartFile("file", "a.csv", "text/csv", file))
					.with(authentication(user))
					.with(csrf()))
				.andExpect(status().isForbidden());
		}
		this.mvc
			.perform(
					multipart("/api/v1/agencies/import").file(new MockMultipartFile("file", "a.csv", "text/csv", file)))
			.andExpect(status().isUnauthorized());
		assertThat(this.directory.exists(code)).isFalse();
	}

	private void rejected(String file, int line, String column, String code) throws Exception {
		importAsAdmin(file).andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(422))
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].line").value(line))
			.andExpect(jsonPath("$.errors[0].column").value(column))
			.andExpect(jsonPath("$.errors[0].code").value(code))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty());
	}

	/** A valid CSV just over 5 MB whose first row is {@code code}. */
	static byte[] bigFile(String code) {
		StringBuilder sb = new StringBuilder(HEADER).append('\n').append(row(code, "ใหญ่")).append('\n');
		long size = 0;
		for (int i = 0; size < 5L * 1024 * 1024 + 300_000; i++) {
			String line = row(code.substring(0, 8) + "X" + i, "สำนักงานทดสอบขนาดไฟล์ใหญ่มาก") + "\n";
			sb.append(line);
			size += line.getBytes(StandardCharsets.UTF_8).length;
		}
		byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
		assertThat(bytes.length).isGreaterThan(5 * 1024 * 1024);
		return bytes;
	}

}
