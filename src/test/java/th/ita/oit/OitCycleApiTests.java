package th.ita.oit;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;
import th.ita.assessment.Activity;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole cycle through the API, with the audit entries and the results for scoring.
 */
class OitCycleApiTests extends OitTestSupport {

	@Autowired
	OitResults results;

	private void awaitLinkCheck(String url) throws InterruptedException {
		for (int i = 0; i < 150; i++) {
			Long checks = this.jdbc.sql("select count(*) from oit_link_check where url = :u")
				.param("u", url)
				.query(Long.class)
				.single();
			if (checks > 0) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no link check of " + url);
	}

	@Test
	void saveSubmitFailClarifyConfirmLockAndScore() throws Exception {
		int year = 2591;
		String key = year + "/" + AGENCY + "/" + ITEM;
		openRound(year);

		save(year, AGENCY, ITEM, "{\"urls\":" + urls("/policies/privacy") + ",\"note\":\"ฉบับแรก\",\"version\":0}",
				TestPrincipals.agencyEditor(AGENCY))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.urls[0].title").value("หน้า 0"));
		// a second save is a new revision; the first one stays in the history
		save(year, AGENCY, ITEM,
				"{\"urls\":" + urls("/policies/privacy", "/policies/website") + ",\"note\":\"ฉบับสอง\",\"version\":1}",
				TestPrincipals.agencyEditor(AGENCY))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.revisions.length()").value(2))
			.andExpect(jsonPath("$.revisions[1].note").value("ฉบับแรก"));
		// optimistic locking: a stale version is a 409
		save(year, AGENCY, ITEM, "{\"urls\":[],\"version\":1}", TestPrincipals.agencyEditor(AGENCY))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("version"));

		// only the agency admin submits
		command(year, AGENCY, ITEM, "submit", "{}", TestPrincipals.agencyEditor(AGENCY))
			.andExpect(status().isForbidden());
		command(year, AGENCY, ITEM, "submit", "{}", TestPrincipals.agencyAdmin(AGENCY)).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		// submitting requested background link checks of its URLs; their facts are shown
		awaitLinkCheck(url("/policies/privacy"));
		read(year, AGENCY, TestPrincipals.agencyEditor(AGENCY)).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].urls[0].check.outcome").value("OK"))
			.andExpect(jsonPath("$.items[0].urls[0].check.httpStatus").value(200))
			.andExpect(jsonPath("$.items[0].urls[0].check.broken").value(false))
			.andExpect(jsonPath("$.items[0].urls[0].check.sha256").isNotEmpty());

		assign(year, "{\"username\":\"assessor-2591\",\"agencies\":[\"" + AGENCY + "\"]}").andExpect(status().isOk())
			.andExpect(jsonPath("$.agencies[0]").value(AGENCY));

		// first review: FAIL needs a reason; an unassigned assessor is refused
		phase(year, Activity.OIT_REVIEW);
		command(year, AGENCY, ITEM, "reviews", "{\"verdict\":\"FAIL\",\"reason\":\"x\"}", assessor("stranger"))
			.andExpect(status().isForbidden());
		command(year, AGENCY, ITEM, "reviews", "{\"verdict\":\"FAIL\"}", assessor("assessor-2591"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("reason"));
		command(year, AGENCY, ITEM, "reviews",
				"{\"verdict\":\"FAIL\",\"reason\":\"ไม่พบแผนผัง\",\"comment\":\"โปรดเพิ่มแผนผัง\"}",
				assessor("assessor-2591"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FAILED"))
			.andExpect(jsonPath("$.reviews[0].stage").value("FIRST_REVIEW"))
			.andExpect(jsonPath("$.reviews[0].reason").value("ไม่พบแผนผัง"));
		assertThat(this.results.results(year, AGENCY)).filteredOn(r -> r.itemCode().equals(ITEM))
			.singleElement()
			.satisfies(r -> {
				assertThat(r.score()).isEqualByComparingTo(BigDecimal.ZERO);
				assertThat(r.finalVerdict()).isFalse();
			});

		// clarification: new URLs and an explanation
		phase(year, Activity.OIT_CLARIFICATION);
		command(year, AGENCY, ITEM, "clarifications", "{\"urls\":" + urls("/policies/security") + "}",
				TestPrincipals.agencyEditor(AGENCY))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("explanation"));
		command(year, AGENCY, ITEM, "clarifications",
				"{\"urls\":" + urls("/policies/security") + ",\"explanation\":\"เพิ่มแผนผังแล้ว\"}",
				TestPrincipals.agencyEditor(AGENCY))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLARIFIED"))
			.andExpect(jsonPath("$.urls.length()").value(1))
			.andExpect(jsonPath("$.clarifications[0].explanation").value("เพิ่มแผนผังแล้ว"));

		// confirmation locks the item
		phase(year, Activity.OIT_CONFIRMATION);
		command(year, AGENCY, ITEM, "reviews", "{\"verdict\":\"PASS\"}", assessor("assessor-2591"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FINAL"))
			.andExpect(jsonPath("$.reviews[0].stage").value("CONFIRMATION"));
		command(year, AGENCY, ITEM, "reviews", "{\"verdict\":\"FAIL\",\"reason\":\"x\"}", assessor("assessor-2591"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("status"));
		assertThat(this.results.results(year, AGENCY)).filteredOn(r -> r.itemCode().equals(ITEM))
			.singleElement()
			.satisfies(r -> {
				assertThat(r.score()).isEqualByComparingTo("100");
				assertThat(r.finalVerdict()).isTrue();
			});
		assertThat(this.results.results(year, AGENCY)).filteredOn(r -> !r.itemCode().equals(ITEM))
			.allSatisfy(r -> assertThat(r.score()).isNull());

		// who may read: the agency, its assessor, the central team; nobody else
		read(year, AGENCY, TestPrincipals.agencyEditor(AGENCY)).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].itemCode").value(ITEM))
			.andExpect(jsonPath("$.items[0].reviews.length()").value(2));
		read(year, AGENCY, assessor("assessor-2591")).andExpect(status().isOk());
		read(year, AGENCY, TestPrincipals.admin()).andExpect(status().isOk());
		read(year, AGENCY, assessor("stranger")).andExpect(status().isForbidden());
		read(year, AGENCY, TestPrincipals.agencyEditor(OTHER)).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.items").doesNotExist());

		// an admin reopens the locked item with a reason
		command(year, AGENCY, ITEM, "reopen", "{}", TestPrincipals.admin()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("reason"));
		command(year, AGENCY, ITEM, "reopen", "{\"reason\":\"ผู้ตรวจขอทบทวน\"}", TestPrincipals.agencyAdmin(AGENCY))
			.andExpect(status().isForbidden());
		command(year, AGENCY, ITEM, "reopen", "{\"reason\":\"ผู้ตรวจขอทบทวน\"}", TestPrincipals.admin())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PASSED"))
			.andExpect(jsonPath("$.reopenings[0].reason").value("ผู้ตรวจขอทบทวน"));

		assertThat(audits("oit.evidence-saved", key)).isEqualTo(2);
		assertThat(audits("oit.evidence-submitted", key)).isEqualTo(1);
		assertThat(audits("oit.evidence-reviewed", key)).isEqualTo(1);
		assertThat(audits("oit.evidence-clarified", key)).isEqualTo(1);
		assertThat(audits("oit.evidence-confirmed", key)).isEqualTo(1);
		assertThat(audits("oit.evidence-reopened", key)).isEqualTo(1);
		assertThat(audits("oit.assessors-assigned", year + "/assessor-2591")).isEqualTo(1);
		Long revisions = this.jdbc
			.sql("select count(*) from oit_evidence_revision where fiscal_year = :y and item_code = :i")
			.param("y", year)
			.param("i", ITEM)
			.query(Long.class)
			.single();
		assertThat(revisions).isEqualTo(3);
	}

}
