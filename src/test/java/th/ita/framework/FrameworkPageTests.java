package th.ita.framework;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;

import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The browse pages in Thai and English, and the admin upload page. */
class FrameworkPageTests extends FrameworkTestSupport {

	@Test
	void browsePageShowsTheTreeInThaiFirst() throws Exception {
		this.mvc.perform(get("/frameworks/ITA-ESA-2567").with(authentication(TestPrincipals.agencyEditor("S4001"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"th\"")))
			.andExpect(content().string(containsString("ตัวชี้วัดที่ 1")))
			.andExpect(content().string(containsString("การปฏิบัติหน้าที่")))
			.andExpect(content().string(containsString("Performance of duty")))
			.andExpect(content().string(containsString("ข้อคำถามเชิงลบ")))
			.andExpect(content().string(containsString("data-item=\"O33\"")))
			.andExpect(content().string(containsString("หลักฐานที่ต้องแสดง")))
			.andExpect(content().string(containsString("33.33")))
			.andExpect(content().string(containsString("id=\"fail-reasons\"")))
			.andExpect(content().string(containsString("หลักฐานไม่ครอบคลุมช่วงเวลาที่กำหนด")))
			.andExpect(content().string(containsString("เกณฑ์ผ่าน")));
	}

	@Test
	void browsePageInEnglish() throws Exception {
		this.mvc
			.perform(get("/frameworks/ITA-ESA-2567").param("lang", "en")
				.with(authentication(TestPrincipals.agencyEditor("S4001"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"en\"")))
			.andExpect(content().string(containsString("Indicator 10")))
			.andExpect(content().string(containsString("Evidence required")))
			.andExpect(content().string(containsString("Pass mark")))
			.andExpect(content().string(not(containsString("ตัวชี้วัดที่ 1<"))));
		this.mvc.perform(get("/frameworks").param("lang", "en").with(authentication(TestPrincipals.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-framework=\"ITA-ESA-2567 v1\"")));
	}

	@Test
	void browsingNeedsSignInAndAdminPageNeedsAdmin() throws Exception {
		this.mvc.perform(get("/frameworks/ITA-ESA-2567")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/admin/frameworks").with(authentication(TestPrincipals.agencyAdmin("S4001"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/frameworks/NO-SUCH").with(authentication(TestPrincipals.admin())))
			.andExpect(status().isNotFound());
	}

	@Test
	void adminUploadShowsErrorsAsATableAndStoresGoodFiles() throws Exception {
		String bad = uniqueCode();
		this.mvc
			.perform(multipart("/admin/frameworks")
				.file(new MockMultipartFile("file", "bad.yaml", "application/yaml",
						mini(bad).replace("scale: LIKERT4", "scale: LIKERT9").getBytes(StandardCharsets.UTF_8)))
				.with(csrf())
				.with(authentication(TestPrincipals.admin())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"import-errors\"")))
			.andExpect(content().string(containsString("indicators[0].items[0].scale")))
			.andExpect(content().string(containsString("LIKERT9")));
		assertThat(this.catalog.latest(bad)).isEmpty();
		String good = uniqueCode();
		this.mvc
			.perform(multipart("/admin/frameworks")
				.file(new MockMultipartFile("file", "good.yaml", "application/yaml",
						mini(good).getBytes(StandardCharsets.UTF_8)))
				.with(csrf())
				.with(authentication(TestPrincipals.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"import-success\"")))
			.andExpect(content().string(containsString(good)));
		assertThat(this.catalog.latest(good)).isPresent();
	}

}
