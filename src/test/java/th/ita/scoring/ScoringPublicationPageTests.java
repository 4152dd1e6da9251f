package th.ita.scoring;

import java.util.List;

import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;
import th.ita.assessment.Activity;
import th.ita.shared.Role;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The round's ranking lists every enrolled agency, scored or not, new enrolments at once.
 * The central team publishes a round from its results page (linked from the round's
 * overview, as an agency's own results are for its users): the form shows to system
 * admins only and only before publication; without the confirmation (422) or outside the
 * publication window (409) the page comes back with the message by the form and nothing
 * is published; others may not post (403); in the window the round is published once (a
 * second post is a 409) and the public reads it.
 */
class ScoringPublicationPageTests extends ScoringTestSupport {

	static final int YEAR = 2698;

	private static final String PAGE = "/rounds/" + YEAR + "/results";

	@Test
	void theCentralTeamPublishesTheRoundFromItsResultsPage() throws Exception {
		round(YEAR, List.of("1201", "4001"), Activity.COLLECTION);
		verdict(YEAR, "1201", "O1", "PASS");
		// the round's overview leads the central team to the results page, an agency to
		// its own
		assertThat(overview(TestPrincipals.admin())).contains("href=\"" + PAGE + "\"")
			.doesNotContain("round-own-results");
		assertThat(overview(TestPrincipals.agencyAdmin("1201"))).contains("href=\"" + PAGE + "/1201\"")
			.doesNotContain("id=\"round-results\"");
		// every enrolled agency is listed, with a snapshot or not (4001 has no data), and
		// an agency enrolled later shows at once
		assertThat(ranked()).containsExactlyInAnyOrder("1201", "4001");
		enrol(YEAR, "{\"agencies\": [\"1202\"]}").andExpect(status().isOk());
		assertThat(ranked()).containsExactlyInAnyOrder("1201", "4001", "1202");
		assertThat(page(TestPrincipals.admin())).contains("id=\"publication-form\"");
		assertThat(page(TestPrincipals.authentication("executive", null, Role.EXECUTIVE)))
			.doesNotContain("publication-form");

		MvcResult unconfirmed = this.mvc
			.perform(post(PAGE + "/publication").with(csrf()).with(authentication(TestPrincipals.admin())))
			.andExpect(status().isUnprocessableContent())
			.andReturn();
		assertThat(body(unconfirmed)).contains("id=\"publication-error\"", "aria-invalid=\"true\"");
		assertUnpublished();

		// malformed, oversized, unknown round, no CSRF token: clear statuses, nothing
		// published
		for (String value : List.of("no", "YES", "x".repeat(100_000))) {
			this.mvc
				.perform(post(PAGE + "/publication").param("confirm", value)
					.with(csrf())
					.with(authentication(TestPrincipals.admin())))
				.andExpect(status().isUnprocessableContent());
		}
		this.mvc
			.perform(post("/rounds/2697/results/publication").param("confirm", "yes")
				.with(csrf())
				.with(authentication(TestPrincipals.admin())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/rounds/abc/results/publication").param("confirm", "yes")
				.with(csrf())
				.with(authentication(TestPrincipals.admin())))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post(PAGE + "/publication").param("confirm", "yes").with(authentication(TestPrincipals.admin())))
			.andExpect(status().isForbidden());
		assertUnpublished();

		MvcResult closed = this.mvc
			.perform(post(PAGE + "/publication").param("confirm", "yes")
				.with(csrf())
				.with(authentication(TestPrincipals.admin())))
			.andExpect(status().isConflict())
			.andReturn();
		assertThat(body(closed)).contains("id=\"publication-error\"");
		assertUnpublished();

		this.mvc
			.perform(post(PAGE + "/publication").param("confirm", "yes")
				.with(csrf())
				.with(authentication(TestPrincipals.agencyAdmin("1201"))))
			.andExpect(status().isForbidden());

		open(YEAR, Activity.PUBLICATION);
		this.mvc
			.perform(post(PAGE + "/publication").param("confirm", "yes")
				.with(csrf())
				.with(authentication(TestPrincipals.admin())))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(PAGE))
			.andExpect(flash().attribute("publishedNow", true));
		this.mvc.perform(get("/api/v1/rounds/" + YEAR + "/results/1201")).andExpect(status().isOk());
		assertThat(page(TestPrincipals.admin())).doesNotContain("publication-form");
		this.mvc
			.perform(post(PAGE + "/publication").param("confirm", "yes")
				.with(csrf())
				.with(authentication(TestPrincipals.admin())))
			.andExpect(status().isConflict());
	}

	/** The agencies of the round's ranking as the central team reads it. */
	private List<String> ranked() throws Exception {
		tools.jackson.databind.JsonNode ranking = read(this.mvc
			.perform(get("/api/v1/rounds/" + YEAR + "/results").with(authentication(TestPrincipals.admin()))));
		assertThat(ranking.get("summary").get("enrolled").asInt()).isEqualTo(ranking.get("agencies").size());
		return ranking.get("agencies").findValuesAsString("agencyCode");
	}

	private void assertUnpublished() throws Exception {
		this.mvc.perform(get("/api/v1/rounds/" + YEAR + "/results/1201")).andExpect(status().isNotFound());
	}

	private String page(org.springframework.security.core.Authentication user) throws Exception {
		return body(this.mvc.perform(get(PAGE).with(authentication(user))).andExpect(status().isOk()).andReturn());
	}

	private String overview(org.springframework.security.core.Authentication user) throws Exception {
		return body(this.mvc.perform(get("/rounds/" + YEAR).with(authentication(user)))
			.andExpect(status().isOk())
			.andReturn());
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

}
