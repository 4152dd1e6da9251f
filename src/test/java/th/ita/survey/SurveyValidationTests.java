package th.ita.survey;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.ita.survey.responses.Questionnaire;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every rejected submission names what is wrong and stores nothing. */
class SurveyValidationTests extends SurveyRoundSupport {

	static final int OPEN = 2591;

	static final int CLOSED = 2592;

	Questionnaire iit;

	Questionnaire eit;

	@BeforeEach
	void rounds() throws Exception {
		openRound(OPEN);
		closedRound(CLOSED);
		this.iit = questionnaire(OPEN, "IIT", "S4001");
		this.eit = questionnaire(OPEN, "EIT", "S4001");
	}

	/** Submits and checks that nothing was stored for S4001 in either round. */
	ResultActions rejected(int year, String instrument, String agency, String body) throws Exception {
		long before = stored(OPEN, "S4001", "IIT") + stored(OPEN, "S4001", "EIT") + stored(CLOSED, "S4001", "IIT");
		ResultActions result = submit(year, instrument, agency, body, newClient())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(stored(OPEN, "S4001", "IIT") + stored(OPEN, "S4001", "EIT") + stored(CLOSED, "S4001", "IIT"))
			.isEqualTo(before);
		return result;
	}

	String code() {
		return generate(OPEN, "S4001", SurveyInstrument.IIT, 1).codes().get(0);
	}

	@Test
	void everyRequiredItemMustBeAnsweredAndEachMissingOneIsNamed() throws Exception {
		Map<String, Integer> answers = firstAnswers(this.iit, "STAFF");
		answers.remove("i1.2");
		answers.remove("i7");
		String code = code();
		rejected(OPEN, "IIT", "S4001", body(code, null, answers)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[*].field", hasItem("i1.2")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("i7")));
		// The code was not used by the rejected submission.
		submit(OPEN, "IIT", "S4001", body(code, null, firstAnswers(this.iit, "STAFF")), newClient())
			.andExpect(status().isCreated());
	}

	@Test
	void valuesMustBeOptionsOfTheScale() throws Exception {
		Map<String, Integer> answers = firstAnswers(this.iit, "STAFF");
		answers.put("i1.1", 5);
		answers.put("i4.1", 2);
		rejected(OPEN, "IIT", "S4001", body(code(), null, answers)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("i1.1")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("i4.1")))
			.andExpect(jsonPath("$.errors.length()").value(2));
	}

	@Test
	void unknownItemsAndParentItemsAreRejected() throws Exception {
		Map<String, Integer> answers = firstAnswers(this.iit, "STAFF");
		answers.put("x99", 1);
		answers.put("i1", 1);
		rejected(OPEN, "IIT", "S4001", body(code(), null, answers)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("x99")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("i1")));
	}

	@Test
	void itemsOfAnotherInstrumentAndUnknownGroupsAreRejected() throws Exception {
		Map<String, Integer> recipient = firstAnswers(this.eit, "SERVICE_RECIPIENT");
		Map<String, Integer> mixed = new LinkedHashMap<>(recipient);
		mixed.put("i1.1", 1);
		rejected(OPEN, "EIT", "S4001", body(null, "SERVICE_RECIPIENT", mixed))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("i1.1"));
		rejected(OPEN, "EIT", "S4001", body(null, "ALIENS", recipient)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("respondentGroup"));
		rejected(OPEN, "EIT", "S4001", body(null, null, recipient)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("respondentGroup"));
	}

	@Test
	void iitNeedsAValidAccessCode() throws Exception {
		Map<String, Integer> answers = firstAnswers(this.iit, "STAFF");
		rejected(OPEN, "IIT", "S4001", body(null, null, answers)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("accessCode"));
		String elsewhere = generate(OPEN, "4001", SurveyInstrument.IIT, 1).codes().get(0);
		rejected(OPEN, "IIT", "S4001", body(elsewhere, null, answers)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("accessCode"));
	}

	@Test
	void unknownRoundAgencyInstrumentOrNotEnrolledIs404() throws Exception {
		Map<String, Integer> answers = firstAnswers(this.iit, "STAFF");
		rejected(2599, "IIT", "S4001", body(code(), null, answers)).andExpect(status().isNotFound());
		rejected(OPEN, "IIT", "NO-SUCH", body(code(), null, answers)).andExpect(status().isNotFound());
		rejected(OPEN, "OIT", "S4001", body(code(), null, answers)).andExpect(status().isNotFound());
		rejected(OPEN, "IIT", "S1001", body(code(), null, answers)).andExpect(status().isNotFound());
	}

	@Test
	void outsideCollectionIs409NamingTheWindow() throws Exception {
		rejected(CLOSED, "IIT", "S4001", body("2345-6789-ABCD", null, firstAnswers(this.iit, "STAFF")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("windows.COLLECTION"))
			.andExpect(jsonPath("$.detail").isNotEmpty());
	}

	@Test
	void bodyOver64KbIs413() throws Exception {
		String padding = "x".repeat(70 * 1024);
		String body = "{\"respondentGroup\":\"SERVICE_RECIPIENT\",\"pad\":\"" + padding + "\",\"answers\":"
				+ json(firstAnswers(this.eit, "SERVICE_RECIPIENT")) + "}";
		rejected(OPEN, "EIT", "S4001", body).andExpect(status().isPayloadTooLarge());
	}

	@Test
	void notJsonOrWrongTypesIs400() throws Exception {
		rejected(OPEN, "EIT", "S4001", "not json").andExpect(status().isBadRequest());
		rejected(OPEN, "EIT", "S4001", "[1, 2]").andExpect(status().isBadRequest());
		String answers = json(firstAnswers(this.eit, "SERVICE_RECIPIENT"));
		rejected(OPEN, "EIT", "S4001", "{\"respondentGroup\": 7, \"answers\": " + answers + "}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("respondentGroup"));
		rejected(OPEN, "EIT", "S4001",
				"{\"respondentGroup\": \"SERVICE_RECIPIENT\", \"answers\": " + answers.replace(":1", ":\"one\"") + "}")
			.andExpect(status().isBadRequest());
		rejected(OPEN, "EIT", "S4001", "{\"respondentGroup\": \"SERVICE_RECIPIENT\", \"answers\": [1]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("answers"));
		rejected(OPEN, "EIT", "S4001",
				"{\"respondentGroup\": \"SERVICE_RECIPIENT\", \"answers\": " + answers.replace(":1", ":1.5") + "}")
			.andExpect(status().isBadRequest());
	}

	@Test
	void theSameSubmissionWhenValidIsStored() throws Exception {
		long before = stored(OPEN, "S4001", "EIT");
		submit(OPEN, "EIT", "S4001", body(null, "SCHOOL", firstAnswers(this.eit, "SCHOOL")), newClient())
			.andExpect(status().isCreated());
		assertThat(stored(OPEN, "S4001", "EIT")).isEqualTo(before + 1);
	}

	@Test
	void unusedPathsStay404() throws Exception {
		this.mvc.perform(post("/api/v1/rounds/" + OPEN + "/surveys/IIT/S4001/other").with(newClient()))
			.andExpect(r -> assertThat(r.getResponse().getStatus()).isIn(401, 404, 405));
	}

}
