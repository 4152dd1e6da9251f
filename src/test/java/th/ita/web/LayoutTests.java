package th.ita.web;

import java.net.URI;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The page shell: language, language switch, footer policy links, home and policy pages.
 */
class LayoutTests extends WebIntegrationTest {

	static final Map<String, String[]> POLICIES = Map.of("website", new String[] { "นโยบายเว็บไซต์", "Website policy" },
			"privacy", new String[] { "นโยบายคุ้มครองข้อมูลส่วนบุคคล", "Privacy notice" }, "cookies",
			new String[] { "นโยบายคุกกี้", "Cookie policy" }, "security",
			new String[] { "นโยบายการรักษาความมั่นคงปลอดภัยเว็บไซต์", "Website security policy" }, "contact",
			new String[] { "ติดต่อเรา", "Contact us" });

	String page(String path, String lang) throws Exception {
		MvcResult result = this.mvc.perform(get(URI.create(path)).cookie(new Cookie("ITA_LANG", lang)))
			.andExpect(status().isOk())
			.andReturn();
		return result.getResponse().getContentAsString();
	}

	@Test
	void homeIsThaiFirstWithLinksToAgenciesAndSignIn() throws Exception {
		String html = this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("<html lang=\"th\"", "การประเมินคุณธรรมและความโปร่งใส", "href=\"/agencies\"",
				"href=\"/login\"", "ปีงบประมาณ พ.ศ. 25", "href=\"/?lang=en\"");
		assertThat(page("/", "en")).contains("<html lang=\"en\"", "Browse agencies", "Fiscal year 25",
				"href=\"/?lang=th\"");
	}

	@Test
	void switchingLanguageSetsTheCookieAndKeepsPathAndQuery() throws Exception {
		this.mvc.perform(get("/policies/privacy").param("lang", "en").param("section", "rights"))
			.andExpect(status().isOk())
			.andExpect(cookie().value("ITA_LANG", "en"));
		String html = page("/policies/cookies?a=1&b=%E0%B8%81", "en");
		assertThat(html).contains("href=\"/policies/cookies?a=1&amp;b=%E0%B8%81&amp;lang=th\"");
	}

	@Test
	void everyPolicyPageHasAThaiHeadingAndAnEnglishOne() throws Exception {
		for (Map.Entry<String, String[]> policy : POLICIES.entrySet()) {
			String path = "/policies/" + policy.getKey();
			assertThat(page(path, "th")).as(path)
				.contains("<html lang=\"th\"", "<h1>" + policy.getValue()[0] + "</h1>");
			assertThat(page(path, "en")).as(path)
				.contains("<html lang=\"en\"", "<h1>" + policy.getValue()[1] + "</h1>");
		}
	}

	@Test
	void everyPageLinksToThePoliciesInItsFooter() throws Exception {
		for (String path : new String[] { "/", "/login", "/policies/website", "/policies/contact" }) {
			for (String lang : new String[] { "th", "en" }) {
				String html = page(path, lang);
				for (String policy : POLICIES.keySet()) {
					assertThat(html).as(path + " " + lang).contains("href=\"/policies/" + policy + "\"");
				}
			}
		}
	}

	@Test
	void privacyNoticeCoversWhatSection23Requires() throws Exception {
		assertThat(page("/policies/privacy", "th")).contains("วัตถุประสงค์", "ฐานทางกฎหมาย", "24(4)", "ข้อมูลที่เก็บ",
				"ระยะเวลาการเก็บรักษา", "ผู้รับข้อมูล", "สิทธิของเจ้าของข้อมูล", "เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล",
				"บัญชีผู้ใช้งาน", "ไม่ระบุตัวตน", "หลักฐาน");
		assertThat(page("/policies/privacy", "en")).contains("Purposes", "Legal basis", "24(4)", "What data is kept",
				"Retention", "Recipients", "Your rights", "Data protection officer");
		assertThat(page("/policies/cookies", "th")).contains("ITA_SESSION", "ITA_LANG", "CSRF");
		assertThat(page("/policies/security", "en")).contains("NCSA", "HSTS", "Reporting a vulnerability");
	}

	@Test
	void policyDatesAreInTheBuddhistEra() throws Exception {
		assertThat(page("/policies/website", "th")).contains("ปรับปรุงล่าสุด: 23 พฤศจิกายน 2569");
		assertThat(page("/policies/website", "en")).contains("Last updated: 23 November 2569 BE");
	}

	@Test
	void signedInUserIsShown() throws Exception {
		String html = this.mvc.perform(get("/").with(authentication(TestPrincipals.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"current-user\"", "ผู้ใช้: admin", "ออกจากระบบ")
			.doesNotContain("id=\"nav-login\"");
	}

}
