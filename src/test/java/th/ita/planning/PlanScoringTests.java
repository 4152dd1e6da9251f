package th.ita.planning;

import java.util.Map;

import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;
import th.ita.assessment.AssessmentTestSupport;
import th.ita.scoring.AgencyResult;
import th.ita.scoring.ScoreResults;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The plan's analysis reads the real scoring module ({@link ScoreResults}) for the round
 * before the plan's year: the same indicators, scores and grades, nothing typed.
 */
class PlanScoringTests extends AssessmentTestSupport {

	@Autowired
	ScoreResults scores;

	@Test
	void theAnalysisShowsScoringsIndicatorsOfThePreviousRound() throws Exception {
		// Round 2560 (the first allowed) is used by no other test; the plan is the
		// anti-corruption one of 2561 (the integrity plan of 2561 is another test's).
		int round = 2560;
		createRound(round(round, "")).andExpect(status().isCreated());
		enrol(round, "{\"agencies\": [\"S4001\"]}").andExpect(status().isOk());
		this.mvc
			.perform(post("/api/v1/agencies/S4001/plans").contentType(MediaType.APPLICATION_JSON)
				.content("{\"fiscalYear\": " + (round + 1) + ", \"kind\": \"anti-corruption\"}")
				.with(authentication(TestPrincipals.agencyEditor("S4001"))))
			.andExpect(status().isCreated());

		JsonNode plan = JsonMapper.builder()
			.build()
			.readTree(this.mvc
				.perform(get("/api/v1/agencies/S4001/plans/" + (round + 1) + "/anti-corruption")
					.with(authentication(TestPrincipals.agencyEditor("S4001"))))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));

		AgencyResult result = this.scores.agency(round, "S4001").orElseThrow();
		assertThat(plan.get("sourceRound").asInt()).isEqualTo(round);
		assertThat(plan.get("indicators")).hasSize(result.indicators().size());
		for (int i = 0; i < result.indicators().size(); i++) {
			AgencyResult.IndicatorResult expected = result.indicators().get(i);
			JsonNode actual = plan.get("indicators").get(i);
			assertThat(actual.get("number").asInt()).isEqualTo(expected.number());
			assertThat(actual.get("nameTh").asString()).isEqualTo(expected.nameTh());
			assertThat(actual.get("score").isNull()).isEqualTo(expected.rounded() == null);
			assertThat(actual.get("weak").asBoolean())
				.isEqualTo(result.weakIndicators(AgencyResult.DEFAULT_WEAK_THRESHOLD)
					.stream()
					.anyMatch(w -> w.indicator().number() == expected.number()));
		}
		assertThat(Map.of("indicators", result.indicators().size())).containsEntry("indicators", 10);
	}

}
