package th.ita.oit;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;
import th.ita.oit.evidence.OitDemoData;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.oneOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo loader, called directly (tests run with {@code ita.demo=false}) on two rounds
 * of its own: a past one with every ESA enrolled gets final verdicts for every item from
 * the fixed seed, which {@link OitResults} returns; an open one gets a few drafts and
 * submissions; a second load adds nothing, and a reload of another copy is identical.
 */
class OitDemoDataTests extends OitTestSupport {

	static final int PAST = 2681;

	static final int OPEN = 2587;

	@Autowired
	OitDemoData demo;

	@Autowired
	OitResults results;

	@Test
	void finalVerdictsForEveryEnrolledAgencyFromAFixedSeedLoadedOnce() throws Exception {
		createRound(round(PAST,
				"\"OIT_SUBMISSION\":" + window(today().minusDays(120), today().minusDays(90)) + ",\"OIT_REVIEW\":"
						+ window(today().minusDays(89), today().minusDays(60)) + ",\"OIT_CLARIFICATION\":"
						+ window(today().minusDays(59), today().minusDays(45)) + ",\"OIT_CONFIRMATION\":"
						+ window(today().minusDays(44), today().minusDays(30))))
			.andExpect(status().isCreated());
		enrol(PAST, "{\"types\":[\"PRIMARY_ESA\",\"SECONDARY_ESA\"]}").andExpect(status().isOk());
		openRound(OPEN);

		long start = System.nanoTime();
		OitDemoData.Loaded loaded = this.demo.load(PAST, OPEN);
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.println("OIT demo data: " + loaded + " in " + millis + " ms");
		int agencies = (int) count("select count(*) from assessment_enrolment where fiscal_year = " + PAST);
		assertThat(agencies).isGreaterThanOrEqualTo(245);
		List<OitItemResult> s4001 = this.results.results(PAST, AGENCY);
		assertThat(s4001).hasSizeGreaterThan(30);
		assertThat(loaded.complete()).isEqualTo(agencies * s4001.size());
		assertThat(loaded.open()).isPositive();

		// every item of every agency has a final verdict: 100 or 0
		for (String agency : List.of(AGENCY, OTHER, "1001", "S4401")) {
			assertThat(this.results.results(PAST, agency)).allSatisfy(r -> {
				assertThat(r.finalVerdict()).isTrue();
				assertThat(r.score()).isIn(new BigDecimal("100"), BigDecimal.ZERO);
			});
		}
		// mostly passed, some failed with a reason
		long failed = count("select count(*) from oit_review where fiscal_year = " + PAST
				+ " and stage = 'CONFIRMATION' and verdict = 'FAIL' and reason is not null");
		long passed = count("select count(*) from oit_review where fiscal_year = " + PAST
				+ " and stage = 'CONFIRMATION' and verdict = 'PASS'");
		assertThat(failed).isPositive().isLessThan(passed / 4);
		assertThat(count("select count(*) from oit_review where fiscal_year = " + PAST
				+ " and verdict = 'FAIL' and reason is null"))
			.isZero();
		assertThat(count("select count(*) from oit_clarification where fiscal_year = " + PAST)).isPositive();
		// the API shows them, labelled synthetic
		read(PAST, AGENCY, TestPrincipals.agencyEditor(AGENCY)).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].status").value("FINAL"))
			.andExpect(jsonPath("$.items[0].urls[0].title").value(containsString("ข้อมูลสมมติ")));
		// the open round: a few drafts and submissions of S4001
		read(OPEN, AGENCY, TestPrincipals.agencyEditor(AGENCY))
			.andExpect(jsonPath("$.items[0].status").value("SUBMITTED"))
			.andExpect(jsonPath("$.items[7].status").value("DRAFT"))
			.andExpect(jsonPath("$.items[8].status").value("EMPTY"));

		// a system admin reopens a locked item from its review page, with a reason
		this.mvc.perform(get("/review/" + PAST + "/" + AGENCY + "/O1").with(authentication(TestPrincipals.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"oit-reopen-form\"")));
		this.mvc
			.perform(post("/review/" + PAST + "/" + AGENCY + "/O1/reopen").param("reason", "ทบทวนตามคำร้อง")
				.with(authentication(TestPrincipals.admin()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		read(PAST, AGENCY, TestPrincipals.admin())
			.andExpect(jsonPath("$.items[0].status").value(oneOf("PASSED", "FAILED")))
			.andExpect(jsonPath("$.items[0].reopenings[0].reason").value("ทบทวนตามคำร้อง"));
		assertThat(audits("oit.evidence-reopened", PAST + "/" + AGENCY + "/O1")).isEqualTo(1);

		// idempotent
		assertThat(this.demo.load(PAST, OPEN)).isEqualTo(new OitDemoData.Loaded(0, 0));
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
