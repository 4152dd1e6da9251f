package th.ita.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import th.ita.TestPrincipals;
import th.ita.shared.Role;
import th.ita.assessment.Activity;
import th.ita.scoring.snapshot.Reproducibility;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Responses and verdicts posted through the survey and OIT APIs give the results computed
 * by hand; a new response shows within 1 second; the snapshot is reproducible.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScoringApiTests extends ScoringTestSupport {

	/**
	 * The one round of these tests (fiscal years are scarce: 2560-2600 shared by all
	 * tests).
	 */
	static final int YEAR = 2588;

	private static boolean created;

	void round() throws Exception {
		synchronized (ScoringApiTests.class) {
			if (!created) {
				round(YEAR, List.of("S4001", "4001", "1201", "1202", "1301"), Activity.COLLECTION);
				created = true;
			}
		}
	}

	@Autowired
	Reproducibility reproducibility;

	/**
	 * By hand: two IIT and two EIT responses, one answering every question with the first
	 * option and one with the last. On LIKERT4 (0/33.33/66.67/100) and YES_NO (0/100) the
	 * two score 0 and 100, reverse items mirrored or not, so every answered item scores
	 * 50, every survey indicator 50, IIT = EIT = 50. OIT: only O1 reviewed, PASS: 9.1 =
	 * 100, indicator 9 = 100, indicator 10 missing, OIT = 100. ITA = 0.3·50 + 0.3·50 +
	 * 0.4·100 = 70.00, grade C (65-74.99), not passed, incomplete.
	 */
	@Test
	@Order(1)
	void responsesAndVerdictGiveTheHandComputedResult() throws Exception {
		int year = YEAR;
		round();
		respond(year, "IIT", "S4001", "STAFF", true);
		respond(year, "IIT", "S4001", "STAFF", false);
		respond(year, "EIT", "S4001", "SERVICE_RECIPIENT", true);
		respond(year, "EIT", "S4001", "SERVICE_RECIPIENT", false);
		verdict(year, "S4001", "O1", "PASS", Activity.COLLECTION);

		JsonNode r = awaitResult(year, "S4001", n -> n.get("instruments").get("OIT").has("score"));
		assertThat(r.get("ita").decimalValue()).isEqualByComparingTo("70.00");
		assertThat(r.get("grade").asString()).isEqualTo("C");
		assertThat(r.get("passed").asBoolean()).isFalse();
		assertThat(r.get("complete").asBoolean()).isFalse();
		assertThat(r.get("instruments").get("IIT").get("score").decimalValue()).isEqualByComparingTo("50");
		assertThat(r.get("instruments").get("IIT").get("respondents").asInt()).isEqualTo(2);
		assertThat(r.get("instruments").get("EIT").get("score").decimalValue()).isEqualByComparingTo("50");
		assertThat(r.get("instruments").get("OIT").get("score").decimalValue()).isEqualByComparingTo("100");
		for (JsonNode indicator : r.get("indicators")) {
			int number = indicator.get("number").asInt();
			if (number <= 8) {
				assertThat(indicator.get("score").decimalValue()).as("indicator " + number).isEqualByComparingTo("50");
				assertThat(indicator.get("grade").asString()).isEqualTo("E");
			}
		}
		assertThat(r.get("indicators").get(8).get("score").decimalValue()).isEqualByComparingTo("100");
		assertThat(r.get("indicators").get(9).get("missing").asBoolean()).isTrue();
		assertThat(r.get("indicators").get(9).get("score").isNull()).isTrue();
		// weak: the eight survey indicators at 50, with their items
		assertThat(r.get("weakIndicators")).hasSize(8);
		assertThat(r.get("weakIndicators").get(0).get("items").size()).isPositive();
		JsonNode o1 = item(r, "O1");
		assertThat(o1.get("score").decimalValue()).isEqualByComparingTo("100");
		assertThat(item(r, "i1.1").get("validAnswers").asInt()).isEqualTo(2);

		// reproducible: the stored inputs scored again give the same fingerprint and
		// numbers
		Reproducibility.Verification check = this.reproducibility.verify(year, "S4001").orElseThrow();
		assertThat(check.reproducible()).isTrue();
		assertThat(check.sameNumbers()).isTrue();
		assertThat(check.matchesLiveData()).isTrue();
		assertThat(check.recomputedFingerprint()).isEqualTo(r.get("inputsFingerprint").asString()).hasSize(64);
		JsonNode api = read(this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/api/v1/rounds/" + year + "/results/S4001/verification")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.authentication(TestPrincipals.admin()))));
		assertThat(api.get("reproducible").asBoolean()).isTrue();
	}

	/** A new response shows in the agency's results within 1 second. */
	@Test
	@Order(2)
	void aNewResponseShowsWithinOneSecond() throws Exception {
		int year = YEAR;
		round();
		open(year, Activity.COLLECTION);
		respond(year, "IIT", "4001", "STAFF", true);
		awaitResult(year, "4001", n -> n.get("instruments").get("IIT").get("respondents").asInt() == 1);
		String before = result(year, "4001").get("ita").asString();
		respond(year, "IIT", "4001", "STAFF", false);
		long start = System.nanoTime();
		JsonNode after = awaitResult(year, "4001", n -> n.get("instruments").get("IIT").get("respondents").asInt() == 2,
				1000);
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertThat(millis).as("freshness in ms").isLessThanOrEqualTo(1000);
		assertThat(after.get("ita").decimalValue()).isNotEqualByComparingTo(new BigDecimal(before));
		assertThat(after.get("instruments").get("IIT").get("score").decimalValue()).isEqualByComparingTo("50");
	}

	/**
	 * Ranking ties: 1201 and 1202 each have only O1 PASS (ITA 100), S4001 70, 4001 50
	 * (IIT only), 1301 O1 FAIL (0): competition ranks 1, 1, 3, 4, 5.
	 */
	@Test
	@Order(3)
	void rankingGivesCompetitionRanksAndTheSummary() throws Exception {
		round();
		verdict(YEAR, "1201", "O1", "PASS");
		verdict(YEAR, "1202", "O1", "PASS");
		verdict(YEAR, "1301", "O1", "FAIL");
		open(YEAR);
		awaitResult(YEAR, "1301", n -> n.get("instruments").get("OIT").has("score"));
		String single = result(YEAR, "S4001").get("inputsFingerprint").asString();
		this.mvc
			.perform(post("/api/v1/rounds/" + YEAR + "/results/recompute").with(authentication(TestPrincipals.admin())))
			.andExpect(status().isOk());
		// the bulk round recompute (one pass over the round's responses and verdicts)
		// gives the inputs the per-agency recompute gave
		assertThat(result(YEAR, "S4001").get("inputsFingerprint").asString()).isEqualTo(single);
		for (String agency : List.of("S4001", "4001", "1201", "1202", "1301")) {
			assertThat(this.reproducibility.verify(YEAR, agency).orElseThrow().matchesLiveData()).as(agency).isTrue();
		}
		JsonNode ranking = read(this.mvc
			.perform(get("/api/v1/rounds/" + YEAR + "/results?size=10").with(authentication(TestPrincipals.admin()))));
		Map<String, Integer> ranks = new LinkedHashMap<>();
		ranking.get("agencies").forEach(a -> ranks.put(a.get("agencyCode").asString(), a.get("rank").asInt()));
		assertThat(ranks).containsExactly(Map.entry("1201", 1), Map.entry("1202", 1), Map.entry("S4001", 3),
				Map.entry("4001", 4), Map.entry("1301", 5));
		JsonNode summary = ranking.get("summary");
		assertThat(summary.get("enrolled").asInt()).isEqualTo(5);
		assertThat(summary.get("scored").asInt()).isEqualTo(5);
		// mean of 100, 100, 70, 50, 0 = 64; median 70; 2 of 5 pass = 40 %, target 80 %
		// not met
		assertThat(summary.get("mean").decimalValue()).isEqualByComparingTo("64.00");
		assertThat(summary.get("median").decimalValue()).isEqualByComparingTo("70.00");
		assertThat(summary.get("passRate").decimalValue()).isEqualByComparingTo("40.00");
		assertThat(summary.get("targetMet").asBoolean()).isFalse();
		assertThat(summary.get("grades").get("AA").asInt()).isEqualTo(2);
		assertThat(summary.get("grades").get("C").asInt()).isEqualTo(1);
		assertThat(summary.get("grades").get("E").asInt()).isEqualTo(1);
		assertThat(summary.get("grades").get("F").asInt()).isEqualTo(1);
		// filter by region and search in Thai
		JsonNode filtered = read(this.mvc.perform(get("/api/v1/rounds/" + YEAR + "/results").param("q", "ขอนแก่น")
			.with(authentication(TestPrincipals.admin()))));
		assertThat(filtered.get("agencies")).isNotEmpty();
		filtered.get("agencies").forEach(a -> assertThat(a.get("nameTh").asString()).contains("ขอนแก่น"));
		this.mvc
			.perform(get("/api/v1/rounds/" + YEAR + "/results?type=NOPE").with(authentication(TestPrincipals.admin())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("type"));
	}

	/** Before publication: the agency's own users only; others and anonymous get 404. */
	@Test
	@Order(4)
	void beforePublicationAgenciesSeeOnlyTheirOwn() throws Exception {
		round();
		results(YEAR, "S4001", TestPrincipals.agencyAdmin("S4001")).andExpect(status().isOk());
		results(YEAR, "S4001", TestPrincipals.agencyEditor("4001")).andExpect(status().isNotFound());
		// executives as assigned: the agency's executive reads that agency only, the
		// national
		// executive (no agency) reads every agency and the whole round
		results(YEAR, "S4001", TestPrincipals.authentication("s4001.exec", "S4001", Role.EXECUTIVE))
			.andExpect(status().isOk());
		results(YEAR, "4001", TestPrincipals.authentication("s4001.exec", "S4001", Role.EXECUTIVE))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/rounds/" + YEAR + "/results")
				.with(authentication(TestPrincipals.authentication("s4001.exec", "S4001", Role.EXECUTIVE))))
			.andExpect(status().isNotFound());
		results(YEAR, "4001", TestPrincipals.authentication("executive", null, Role.EXECUTIVE))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/api/v1/rounds/" + YEAR + "/results")
				.with(authentication(TestPrincipals.authentication("executive", null, Role.EXECUTIVE))))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/rounds/" + YEAR + "/results/S4001")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/rounds/" + YEAR + "/results")).andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/rounds/" + YEAR + "/results")
				.with(authentication(TestPrincipals.agencyAdmin("S4001"))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/open-data/rounds/" + YEAR + "/results.csv")).andExpect(status().isNotFound());
		this.mvc.perform(get("/open-data/rounds/" + YEAR + "/results.json")).andExpect(status().isNotFound());
		this.mvc.perform(get("/results/" + YEAR + "/agencies/S4001")).andExpect(status().isNotFound());
	}

	/** Publication: only by a system admin in the PUBLICATION window, audited, once. */
	@Test
	@Order(5)
	void publicationOpensResultsToEveryone() throws Exception {
		round();
		open(YEAR);
		this.mvc.perform(post("/api/v1/rounds/" + YEAR + "/publication").with(authentication(TestPrincipals.admin())))
			.andExpect(status().isConflict());
		open(YEAR, Activity.PUBLICATION);
		this.mvc
			.perform(post("/api/v1/rounds/" + YEAR + "/publication")
				.with(authentication(TestPrincipals.agencyAdmin("S4001"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/rounds/" + YEAR + "/publication").with(authentication(TestPrincipals.admin())))
			.andExpect(status().isCreated());
		assertThat(audits("scoring.round-published", String.valueOf(YEAR))).isEqualTo(1);
		this.mvc.perform(post("/api/v1/rounds/" + YEAR + "/publication").with(authentication(TestPrincipals.admin())))
			.andExpect(status().isConflict());
		this.mvc.perform(get("/api/v1/rounds/" + YEAR + "/results/S4001"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ita").value(70.0))
			.andExpect(jsonPath("$.published").value(true));
		this.mvc.perform(get("/api/v1/rounds/" + YEAR + "/results")).andExpect(status().isOk());
		String csv = this.mvc.perform(get("/open-data/rounds/" + YEAR + "/results.csv"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv.lines().count()).isEqualTo(6);
		assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith(YEAR + ",1201,");
		this.mvc.perform(get("/open-data/rounds/" + YEAR + "/results.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agencies.length()").value(5))
			.andExpect(jsonPath("$.agencies[2].agencyCode").value("S4001"))
			.andExpect(jsonPath("$.agencies[2].rank").value(3));
	}

	private JsonNode awaitResult(int year, String agency, java.util.function.Predicate<JsonNode> done)
			throws Exception {
		return awaitResult(year, agency, done, 5000);
	}

	/** Polls every 20 ms until done, for at most the given time. */
	private JsonNode awaitResult(int year, String agency, java.util.function.Predicate<JsonNode> done, long millis)
			throws Exception {
		long deadline = System.nanoTime() + millis * 1_000_000L;
		JsonNode last = result(year, agency);
		while (!done.test(last) && System.nanoTime() < deadline) {
			Thread.sleep(20);
			last = result(year, agency);
		}
		assertThat(done.test(last)).as("fresh within " + millis + " ms").isTrue();
		return last;
	}

	private static JsonNode item(JsonNode result, String code) {
		for (JsonNode item : result.get("items")) {
			if (item.get("code").asString().equals(code)) {
				return item;
			}
		}
		throw new AssertionError("no item " + code);
	}

}
