package th.ita.agency;

import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The JSON API and the pages: shape, paging, 404, edits and agency-scoped 403s. */
class AgencyApiTests extends AgencyTestSupport {

	@Test
	void listHasItemsPageSizeAndTotal() throws Exception {
		this.mvc.perform(get("/api/v1/agencies").param("type", "SECONDARY_ESA").param("page", "2").param("size", "10"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.size").value(10))
			.andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThanOrEqualTo(62)))
			.andExpect(jsonPath("$.items.length()").value(10))
			.andExpect(jsonPath("$.items[0].code").isString())
			.andExpect(jsonPath("$.items[0].nameTh").isString())
			.andExpect(jsonPath("$.items[0].nameEn").isString())
			.andExpect(jsonPath("$.items[0].shortNameTh").isString())
			.andExpect(jsonPath("$.items[0].type").value("SECONDARY_ESA"))
			.andExpect(jsonPath("$.items[0].province").isString())
			.andExpect(jsonPath("$.items[0].region").isString());
		this.mvc.perform(get("/api/v1/agencies").param("region", "SOUTH").param("province", "สงขลา"))
			.andExpect(jsonPath("$.items[*].province")
				.value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("สงขลา"))))
			.andExpect(jsonPath("$.total").value(4));
	}

	@Test
	void oneAgencyAndUnknownCodeIs404Problem() throws Exception {
		this.mvc.perform(get("/api/v1/agencies/S4001"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("S4001"))
			.andExpect(jsonPath("$.shortNameTh").value("สพม.ขอนแก่น"))
			.andExpect(jsonPath("$.nameEn").value("Khon Kaen Secondary Educational Service Area Office"))
			.andExpect(jsonPath("$.type").value("SECONDARY_ESA"))
			.andExpect(jsonPath("$.region").value("NORTHEAST"))
			.andExpect(jsonPath("$.createdAt").isString());
		this.mvc.perform(get("/api/v1/agencies/NO-SUCH"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404));
		this.mvc.perform(get("/agencies/NO-SUCH")).andExpect(status().isNotFound());
	}

	@Test
	void adminPatchesAnAgency() throws Exception {
		String code = uniqueCode();
		importAsAdmin(csv(row(code, "ก่อนแก้ไข"))).andExpect(status().isOk());
		this.mvc
			.perform(patch("/api/v1/agencies/" + code).contentType(MediaType.APPLICATION_JSON)
				.content("{\"nameTh\":\"หลังแก้ไข\",\"staffCount\":12,\"parentCode\":\"1001\"}")
				.with(authentication(TestPrincipals.admin())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nameTh").value("หลังแก้ไข"))
			.andExpect(jsonPath("$.staffCount").value(12))
			.andExpect(jsonPath("$.parentCode").value("1001"))
			.andExpect(jsonPath("$.province").value("ขอนแก่น"));
		this.mvc
			.perform(patch("/api/v1/agencies/" + code).contentType(MediaType.APPLICATION_JSON)
				.content("{\"region\":\"ATLANTIS\"}")
				.with(authentication(TestPrincipals.admin())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].column").value("region"));
		assertThat(this.directory.find(code).orElseThrow().region()).isEqualTo(Region.NORTHEAST);
	}

	@Test
	void agencyScopedUsersCannotEdit() throws Exception {
		String code = uniqueCode();
		importAsAdmin(csv(row(code, "เดิม"))).andExpect(status().isOk());
		for (var user : java.util.List.of(TestPrincipals.agencyAdmin(code), TestPrincipals.agencyEditor(code))) {
			this.mvc
				.perform(patch("/api/v1/agencies/" + code).contentType(MediaType.APPLICATION_JSON)
					.content("{\"nameTh\":\"แก้\"}")
					.with(authentication(user)))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/admin/agencies/" + code + "/edit").with(authentication(user)))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/admin/agencies/" + code + "/edit").param("nameTh", "แก้")
					.with(authentication(user))
					.with(csrf()))
				.andExpect(status().isForbidden());
		}
		assertThat(this.directory.find(code).orElseThrow().nameTh()).isEqualTo("เดิม");
	}

	@Test
	void adminEditsAnAgencyOnThePage() throws Exception {
		String code = uniqueCode();
		importAsAdmin(csv(row(code, "ชื่อเดิม"))).andExpect(status().isOk());
		this.mvc.perform(get("/admin/agencies/" + code + "/edit").with(authentication(TestPrincipals.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ชื่อเดิม")));
		this.mvc
			.perform(post("/admin/agencies/" + code + "/edit").param("nameTh", "ชื่อใหม่")
				.param("type", "SCHOOL")
				.param("provinceTh", "ตาก")
				.param("region", "WEST")
				.param("staffCount", "ไม่ใช่ตัวเลข")
				.with(authentication(TestPrincipals.admin()))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("is-invalid")));
		this.mvc
			.perform(post("/admin/agencies/" + code + "/edit").param("nameTh", "ชื่อใหม่")
				.param("type", "SCHOOL")
				.param("provinceTh", "ตาก")
				.param("region", "WEST")
				.param("staffCount", "7")
				.with(authentication(TestPrincipals.admin()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/agencies/" + code));
		AgencySummary edited = this.directory.find(code).orElseThrow();
		assertThat(edited.nameTh()).isEqualTo("ชื่อใหม่");
		assertThat(edited.type()).isEqualTo(AgencyType.SCHOOL);
		assertThat(edited.staffCount()).isEqualTo(7);
	}

}
