package th.ita.oit;

import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;
import th.ita.shared.EvidenceOffered;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One-click evidence: another module publishes {@link EvidenceOffered} (in its
 * transaction); the OIT checklist offers the document for that item, and one click makes
 * it a draft URL of the item, audited as a save; a withdrawal removes the offer.
 */
class OitEvidenceOfferTests extends OitTestSupport {

	static final int YEAR = 2588;

	static final String PATH = "/public/agencies/S4001/plans/" + YEAR;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	private void publish(EvidenceOffered event) {
		new TransactionTemplate(this.transactions).executeWithoutResult(s -> this.events.publishEvent(event));
	}

	private void awaitOffers(String item, long expected) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			if (offers(item) == expected) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("offers of " + item + " never became " + expected);
	}

	private long offers(String item) {
		return this.jdbc.sql(
				"select count(*) from oit_evidence_offer where fiscal_year = :y and agency_code = :a and item_code = :i")
			.param("y", YEAR)
			.param("a", AGENCY)
			.param("i", item)
			.query(Long.class)
			.single();
	}

	@Test
	void aPublishedDocumentIsOfferedAndUsedInOneClick() throws Exception {
		openRound(YEAR);
		// unknown item, agency not enrolled, no round: ignored
		publish(new EvidenceOffered(YEAR, AGENCY, "O999", PATH, "แผน", "Plan"));
		publish(new EvidenceOffered(YEAR, "1001", "O32", PATH, "แผน", "Plan"));
		publish(new EvidenceOffered(2600, AGENCY, "O32", PATH, "แผน", "Plan"));
		publish(new EvidenceOffered(YEAR, AGENCY, "O32", PATH, "แผนปฏิบัติการป้องกันการทุจริต ประจำปี " + YEAR,
				"Anti-corruption action plan " + YEAR));
		awaitOffers("O32", 1);
		assertThat(offers("O999")).isZero();

		// the checklist (API and page) shows the offer
		read(YEAR, AGENCY, TestPrincipals.agencyEditor(AGENCY)).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.itemCode == 'O32')].offer.url").value(PATH))
			.andExpect(jsonPath("$.items[?(@.itemCode == 'O32')].offer.used").value(false))
			.andExpect(jsonPath("$.items[?(@.itemCode == 'O31')].offer")
				.value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue())));
		this.mvc.perform(get("/rounds/" + YEAR + "/oit").with(authentication(TestPrincipals.agencyEditor(AGENCY))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("แผนปฏิบัติการป้องกันการทุจริต ประจำปี " + YEAR)))
			.andExpect(content().string(containsString("/rounds/" + YEAR + "/oit/items/O32/use-offer")));

		// another agency cannot use it; the page's one click makes it a draft URL
		this.mvc
			.perform(post(path(YEAR, AGENCY) + "/items/O32/use-offer")
				.with(authentication(TestPrincipals.agencyEditor(OTHER))))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/rounds/" + YEAR + "/oit/items/O32/use-offer")
				.with(authentication(TestPrincipals.agencyEditor(AGENCY)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		read(YEAR, AGENCY, TestPrincipals.agencyEditor(AGENCY))
			.andExpect(jsonPath("$.items[?(@.itemCode == 'O32')].status").value("DRAFT"))
			.andExpect(jsonPath("$.items[?(@.itemCode == 'O32')].urls[0].url").value("http://localhost" + PATH))
			.andExpect(jsonPath("$.items[?(@.itemCode == 'O32')].urls[0].title")
				.value("แผนปฏิบัติการป้องกันการทุจริต ประจำปี " + YEAR))
			.andExpect(jsonPath("$.items[?(@.itemCode == 'O32')].offer.used").value(true));
		assertThat(audits("oit.evidence-saved", YEAR + "/" + AGENCY + "/O32")).isEqualTo(1);
		// a second click changes nothing; the admin still submits
		this.mvc
			.perform(post(path(YEAR, AGENCY) + "/items/O32/use-offer")
				.with(authentication(TestPrincipals.agencyEditor(AGENCY))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.urls.length()").value(1))
			.andExpect(jsonPath("$.version").value(1));
		command(YEAR, AGENCY, "O32", "submit", "{}", TestPrincipals.agencyAdmin(AGENCY)).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));

		// through the API, on another item already holding a URL: it is added
		save(YEAR, AGENCY, "O33", "{\"urls\":" + urls("/own") + ",\"version\":0}", TestPrincipals.agencyEditor(AGENCY))
			.andExpect(status().isOk());
		publish(new EvidenceOffered(YEAR, AGENCY, "O33", "/public/agencies/S4001/report/" + YEAR, "รายงานผล",
				"Report"));
		awaitOffers("O33", 1);
		this.mvc
			.perform(post(path(YEAR, AGENCY) + "/items/O33/use-offer")
				.with(authentication(TestPrincipals.agencyEditor(AGENCY))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.urls.length()").value(2))
			.andExpect(jsonPath("$.urls[1].url").value("http://localhost/public/agencies/S4001/report/" + YEAR));

		// withdrawn: the offer disappears, the evidence stays
		publish(new EvidenceOffered(YEAR, AGENCY, "O32", null, "แผน", "Plan"));
		awaitOffers("O32", 0);
		this.mvc.perform(get("/rounds/" + YEAR + "/oit").with(authentication(TestPrincipals.agencyEditor(AGENCY))))
			.andExpect(content().string(not(containsString("/rounds/" + YEAR + "/oit/items/O32/use-offer"))));
		this.mvc
			.perform(post(path(YEAR, AGENCY) + "/items/O32/use-offer")
				.with(authentication(TestPrincipals.agencyEditor(AGENCY))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("itemCode"));
		read(YEAR, AGENCY, TestPrincipals.agencyEditor(AGENCY))
			.andExpect(jsonPath("$.items[?(@.itemCode == 'O32')].urls.length()").value(1));
	}

}
