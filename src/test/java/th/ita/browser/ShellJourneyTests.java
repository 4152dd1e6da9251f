package th.ita.browser;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Journeys through the page shell: sign-in, language, phone layout, policies. */
class ShellJourneyTests extends BrowserTest {

	static final Map<String, List<String>> POLICIES = Map.of("website", List.of("นโยบายเว็บไซต์", "Website policy"),
			"privacy", List.of("นโยบายคุ้มครองข้อมูลส่วนบุคคล", "Privacy notice"), "cookies",
			List.of("นโยบายคุกกี้", "Cookie policy"), "security",
			List.of("นโยบายการรักษาความมั่นคงปลอดภัยเว็บไซต์", "Website security policy"), "contact",
			List.of("ติดต่อเรา", "Contact us"));

	@Test
	void adminSignsInAndSeesTheSignedInState() {
		this.page.navigate("/login");
		screenshot(this.page, "login");
		login(this.page, "admin", "admin-test-password");
		assertThat(this.page.locator("#current-user").textContent()).contains("admin");
		assertThat(this.page.locator("#nav-logout").isVisible()).isTrue();
		assertThat(this.page.locator("#nav-login").count()).isZero();
	}

	@Test
	void searchesAgenciesInThai() {
		Assumptions.assumeTrue(pageExists("/agencies"), "the agency list page is not on this branch yet");
		this.page.navigate("/agencies");
		this.page.fill("#q", "ขอนแก่น");
		this.page.locator("#q").press("Enter");
		Locator results = this.page.locator("#agency-results");
		for (String code : List.of("S4001", "4001", "4002", "4003", "4004", "4005")) {
			results.locator("[data-code='" + code + "']").waitFor();
		}
		assertThat(results.textContent()).contains("สพม.ขอนแก่น", "สพป.ขอนแก่น เขต 1", "สพป.ขอนแก่น เขต 5");
	}

	@Test
	void switchesToEnglishAndBackToThai() {
		this.page.navigate("/policies/privacy");
		assertThat(this.page.locator("html").getAttribute("lang")).isEqualTo("th");
		assertThat(this.page.locator("nav.navbar").textContent()).contains("หน่วยงาน", "เข้าสู่ระบบ");

		this.page.waitForNavigation(() -> this.page.click("#lang-switch"));
		assertThat(this.page.url()).contains("/policies/privacy");
		assertThat(this.page.locator("html").getAttribute("lang")).isEqualTo("en");
		assertThat(this.page.locator("nav.navbar").textContent()).contains("Agencies", "Sign in");
		assertThat(this.page.locator("h1").textContent()).isEqualTo("Privacy notice");

		// the choice is remembered on the next page
		this.page.navigate("/");
		assertThat(this.page.locator("html").getAttribute("lang")).isEqualTo("en");

		this.page.waitForNavigation(() -> this.page.click("#lang-switch"));
		assertThat(this.page.locator("html").getAttribute("lang")).isEqualTo("th");
		assertThat(this.page.locator("nav.navbar").textContent()).contains("หน่วยงาน");
	}

	@Test
	void phoneLayoutCollapsesTheMenuAndNeverScrollsSideways() {
		Page phone = phonePage();
		for (String path : List.of("/", "/login", "/policies/privacy", "/policies/cookies")) {
			phone.navigate(path);
			assertThat(((Number) phone.evaluate("document.documentElement.scrollWidth")).intValue()).as(path)
				.isLessThanOrEqualTo(PHONE_WIDTH);
		}
		phone.navigate("/");
		screenshot(phone, "phone-home");
		assertThat(phone.locator(".navbar-toggler").isVisible()).isTrue();
		assertThat(phone.locator("#nav").isVisible()).isFalse();
		phone.click(".navbar-toggler");
		// Bootstrap animates the collapse: wait until it has finished opening
		phone.locator("#nav.show").waitFor();
		phone.locator("#lang-switch").waitFor();
		assertThat(phone.locator("#nav").isVisible()).isTrue();

		Locator privacy = phone.locator("#footer-policies a[href='/policies/privacy']");
		privacy.scrollIntoViewIfNeeded();
		assertThat(privacy.isVisible()).isTrue();
		phone.waitForNavigation(privacy::click);
		assertThat(phone.locator("h1").textContent()).isEqualTo("นโยบายคุ้มครองข้อมูลส่วนบุคคล");
	}

	@Test
	void thaiTextIsInSarabunAtReadableSize() {
		this.page.navigate("/");
		this.page.evaluate("document.fonts.ready");
		String family = (String) this.page.evaluate("getComputedStyle(document.body).fontFamily");
		assertThat(family).startsWith("Sarabun");
		Object loaded = this.page.evaluate("document.fonts.check('16px Sarabun', 'การประเมิน')");
		assertThat(loaded).isEqualTo(true);
		double size = ((Number) this.page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)"))
			.doubleValue();
		assertThat(size).isGreaterThanOrEqualTo(16.0);
	}

	@Test
	void policyPagesHaveThaiAndEnglishHeadings() {
		for (Map.Entry<String, List<String>> policy : POLICIES.entrySet()) {
			Response thai = this.page.navigate("/policies/" + policy.getKey() + "?lang=th");
			assertThat(thai.status()).isEqualTo(200);
			assertThat(this.page.locator("h1").textContent()).isEqualTo(policy.getValue().get(0));
			Response english = this.page.navigate("/policies/" + policy.getKey() + "?lang=en");
			assertThat(english.status()).isEqualTo(200);
			assertThat(this.page.locator("h1").textContent()).isEqualTo(policy.getValue().get(1));
			assertThat(this.page.locator("html").getAttribute("lang")).isEqualTo("en");
		}
	}

}
