package th.ita.survey;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;
import th.ita.framework.AnswerScale;
import th.ita.framework.Instrument;
import th.ita.survey.responses.Questionnaire;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Aggregates for scoring, min-group suppression, and the progress API. */
class SurveyResultsTests extends SurveyRoundSupport {

	static final int OPEN = 2593;

	@Autowired
	SurveyResults results;

	@Autowired
	th.ita.framework.FrameworkCatalog frameworks;

	static boolean answered;

	@BeforeEach
	void responses() throws Exception {
		openRound(OPEN);
		synchronized (SurveyResultsTests.class) {
			if (answered) {
				return;
			}
			Questionnaire eit = questionnaire(OPEN, "EIT", "4001");
			for (int i = 0; i < 5; i++) {
				submit(OPEN, "EIT", "4001",
						body(null, "SERVICE_RECIPIENT", answers(eit, "SERVICE_RECIPIENT", o -> o.get(o.size() - 1))),
						newClient())
					.andExpect(status().isCreated());
			}
			for (int i = 0; i < 3; i++) {
				submit(OPEN, "EIT", "4001", body(null, "SCHOOL", firstAnswers(eit, "SCHOOL")), newClient())
					.andExpect(status().isCreated());
			}
			answered = true;
		}
	}

	@Test
	void aggregatesCountAndScoreEveryItemAndSuppressAGroupOfThree() {
		ItemAggregates aggregates = this.results.aggregates(OPEN, "4001", Instrument.EIT);
		assertThat(aggregates.respondents()).isEqualTo(8);
		assertThat(this.results.respondents(OPEN, "4001", Instrument.EIT)).isEqualTo(8);
		assertThat(aggregates.minimumGroupSize()).isEqualTo(5);
		ItemAggregates.GroupAggregates school = aggregates.groups().get("SCHOOL");
		assertThat(school.suppressed()).isTrue();
		assertThat(school.respondents()).isNull();
		assertThat(school.items()).isEmpty();
		ItemAggregates.GroupAggregates recipients = aggregates.groups().get("SERVICE_RECIPIENT");
		assertThat(recipients.suppressed()).isFalse();
		assertThat(recipients.respondents()).isEqualTo(5);
		Questionnaire eit = questionnaire(OPEN, "EIT", "4001");
		Map<String, Integer> last = answers(eit, "SERVICE_RECIPIENT", o -> o.get(o.size() - 1));
		Map<String, Integer> first = firstAnswers(eit, "SCHOOL");
		th.ita.framework.FrameworkDefinition framework = this.frameworks
			.definition(this.rounds.find(OPEN).orElseThrow().framework())
			.orElseThrow();
		for (Questionnaire.Question question : eit.sections().stream().flatMap(s -> s.items().stream()).toList()) {
			AnswerScale scale = AnswerScale.builtIn(question.scale()).orElseThrow();
			boolean reverse = framework.item(question.code()).orElseThrow().reverse();
			long count = 0;
			BigDecimal sum = BigDecimal.ZERO;
			if (question.askedOf("SERVICE_RECIPIENT")) {
				count += 5;
				sum = sum.add(scale.score(last.get(question.code()), reverse).multiply(BigDecimal.valueOf(5)));
				assertThat(recipients.items().get(question.code()).count()).isEqualTo(5);
			}
			if (question.askedOf("SCHOOL")) {
				count += 3;
				sum = sum.add(scale.score(first.get(question.code()), reverse).multiply(BigDecimal.valueOf(3)));
			}
			ItemAggregates.ItemAggregate item = aggregates.items().get(question.code());
			assertThat(item.count()).as(question.code()).isEqualTo(count);
			assertThat(item.scoreSum()).as(question.code()).isEqualByComparingTo(sum);
		}
		ItemAggregates none = this.results.aggregates(OPEN, "S4001", Instrument.IIT);
		assertThat(none.items()).isEmpty();
		assertThat(none.groups().get("STAFF").suppressed()).isFalse();
	}

	@Test
	void progressIsForSignedInUsersAndAgencyUsersSeeTheirOwnAgencyOnly() throws Exception {
		String path = "/api/v1/rounds/" + OPEN + "/surveys/progress";
		this.mvc.perform(get(path).param("agency", "4001")).andExpect(status().isUnauthorized());
		this.mvc.perform(get(path).param("agency", "4001").with(authentication(TestPrincipals.agencyAdmin("4001"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].agencyCode").value("4001"))
			.andExpect(jsonPath("$[0].instruments[1].instrument").value("EIT"))
			.andExpect(jsonPath("$[0].instruments[1].responses").value(8))
			.andExpect(jsonPath("$[0].instruments[1].minimum").isNumber())
			.andExpect(jsonPath("$[0].instruments[1].population").isNumber())
			.andExpect(jsonPath("$[0].instruments[1].percent").isNumber());
		this.mvc.perform(get(path).with(authentication(TestPrincipals.agencyEditor("4001"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].agencyCode").value("4001"));
		this.mvc.perform(get(path).param("agency", "S4001").with(authentication(TestPrincipals.agencyAdmin("4001"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(path).with(authentication(TestPrincipals.admin())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3));
		this.mvc.perform(get("/api/v1/rounds/2599/surveys/progress").with(authentication(TestPrincipals.admin())))
			.andExpect(status().isNotFound());
	}

}
