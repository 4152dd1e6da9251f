package th.ita.integrity;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The signed-in pages: forms validate and redirect or re-render with the error, the
 * workflow buttons publish, the named gift page is audited, other agencies get a 404.
 */
class IntegrityPageTests extends IntegrityTestSupport {

	static final String PAGE = "/agencies/S4001/integrity";

	ResultActions page(String path, Authentication user) throws Exception {
		return this.mvc.perform(get(path).with(authentication(user)));
	}

	ResultActions form(String path, Authentication user, String... fields) throws Exception {
		MockHttpServletRequestBuilder request = post(path).with(csrf()).with(authentication(user));
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return this.mvc.perform(request);
	}

	@Test
	void overviewFormsAndWorkflow() throws Exception {
		int year = 2660;
		page(PAGE + "?fiscalYear=" + year, editor()).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"executive-form\"")))
			.andExpect(content().string(containsString("id=\"declaration-form\"")))
			.andExpect(content().string(not(containsString("/approve"))))
			.andExpect(content().string(not(containsString("<script>"))))
			.andExpect(content().string(containsString("id=\"nav-integrity\"")))
			.andExpect(content().string(containsString("href=\"/agencies/S4001/integrity\"")));
		form(PAGE + "/executive", editor(), "nameTh", "", "positionTh", "ผู้อำนวยการ").andExpect(status().is(422))
			.andExpect(content().string(containsString("data-field=\"nameTh\"")));
		form(PAGE + "/executive", editor(), "nameTh", "นายศักดิ์ดา ชัยภักดิ์", "positionTh", "ผู้อำนวยการ")
			.andExpect(status().isFound());
		form(PAGE + "/declarations", editor(), "fiscalYear", String.valueOf(year), "kind", "INTEGRITY_INTENT",
				"issuedOn", "2116-10-20", "thaiNumerals", "on")
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(PAGE + "?fiscalYear=" + year));
		form(PAGE + "/declarations", editor(), "fiscalYear", String.valueOf(year), "kind", "INTEGRITY_INTENT",
				"issuedOn", "2116-10-21")
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"integrity-error\"")));
		form(PAGE + "/declarations", editor(), "fiscalYear", String.valueOf(year), "kind", "INTEGRITY_POLICY",
				"issuedOn", "20/10/2659")
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("data-field=\"issuedOn\"")));
		// the admin sees the workflow buttons and publishes
		page(PAGE + "?fiscalYear=" + year, agencyAdmin()).andExpect(status().isOk())
			.andExpect(content().string(containsString("/publications/" + year + "/INTEGRITY_INTENT/approve")));
		form(PAGE + "/publications/" + year + "/INTEGRITY_INTENT/publish", agencyAdmin())
			.andExpect(status().isConflict());
		form(PAGE + "/publications/" + year + "/INTEGRITY_INTENT/approve", agencyAdmin()).andExpect(status().isFound());
		form(PAGE + "/publications/" + year + "/INTEGRITY_INTENT/publish", editor()).andExpect(status().isForbidden());
		form(PAGE + "/publications/" + year + "/INTEGRITY_INTENT/publish", agencyAdmin()).andExpect(status().isFound());
		assertThat(publicStatus("/public/agencies/S4001/integrity/" + year + "/integrity-intent")).isEqualTo(200);
		// other agencies
		page(PAGE + "?fiscalYear=" + year, otherEditor()).andExpect(status().isNotFound());
		form(PAGE + "/executive", otherEditor(), "nameTh", "x", "positionTh", "y").andExpect(status().isNotFound());
	}

	@Test
	void registerPages() throws Exception {
		int year = 2568;
		long before = audits("integrity.gifts-read", "S4001/" + year);
		form(PAGE + "/gifts", editor(), "fiscalYear", String.valueOf(year), "receivedOn", "2025-02-03", "giver",
				"ผู้ให้หน้าเว็บ", "relation", "ผู้รับบริการ", "item", "ปากกา", "value", "-5", "action", "REFUSED",
				"recordedBy", "เจ้าหน้าที่")
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("data-field=\"value\"")));
		form(PAGE + "/gifts", editor(), "fiscalYear", String.valueOf(year), "receivedOn", "2025-02-03", "giver",
				"ผู้ให้หน้าเว็บ", "relation", "ผู้รับบริการ", "item", "ปากกา", "value", "150", "action", "REFUSED",
				"recordedBy", "เจ้าหน้าที่")
			.andExpect(status().isFound());
		page(PAGE + "/gifts?fiscalYear=" + year, editor()).andExpect(status().isOk())
			.andExpect(content().string(containsString("ผู้ให้หน้าเว็บ")));
		assertThat(audits("integrity.gifts-read", "S4001/" + year)).isGreaterThan(before);
		page(PAGE + "/gifts?fiscalYear=" + year, otherEditor()).andExpect(status().isNotFound());

		form(PAGE + "/risks", editor(), "fiscalYear", "2661", "process", "การจัดซื้อ", "description", "สินบน", "owner",
				"กลุ่มพัสดุ", "likelihood", "9", "impact", "2")
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("data-field=\"likelihood\"")));
		form(PAGE + "/risks", editor(), "fiscalYear", "2661", "process", "การจัดซื้อ", "description", "สินบน", "owner",
				"กลุ่มพัสดุ", "likelihood", "5", "impact", "5", "followUp", "NOT_STARTED")
			.andExpect(status().isFound());
		page(PAGE + "/risks?fiscalYear=2661", executive()).andExpect(status().isOk())
			.andExpect(content().string(containsString("data-likelihood=\"5\" data-impact=\"5\" data-count=\"1\"")))
			.andExpect(content().string(not(containsString("id=\"risk-form\""))));

		form(PAGE + "/complaints", editor(), "fiscalYear", "2662", "channel", "EMAIL", "received", "1", "completed",
				"1", "inProgress", "1")
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("data-field=\"completed\"")));
		form(PAGE + "/complaints", editor(), "fiscalYear", "2662", "channel", "EMAIL", "received", "x", "completed",
				"1", "inProgress", "1")
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("data-field=\"received\"")));
		form(PAGE + "/complaints", editor(), "fiscalYear", "2662", "channel", "EMAIL", "received", "3", "completed",
				"1", "inProgress", "1")
			.andExpect(status().isFound());
		page(PAGE + "/complaints?fiscalYear=2662", central()).andExpect(status().isOk())
			.andExpect(content().string(containsString("data-channel=\"EMAIL\"")));
	}

}
