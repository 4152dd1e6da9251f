package th.ita.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import th.ita.TestPrincipals;
import th.ita.assessment.Activity;
import th.ita.assessment.AssessmentTestSupport;
import th.ita.shared.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The scoring tests share the web integration context. Each test uses its own fiscal year
 * (2620-2639); responses and verdicts go through the survey and OIT APIs.
 */
abstract class ScoringTestSupport extends AssessmentTestSupport {

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	@Autowired
	JsonMapper json;

	/** Creates a round with these agencies enrolled and the windows open today. */
	void round(int fiscalYear, List<String> agencies, Activity... open) throws Exception {
		createRound(round(fiscalYear, windows(open)));
		StringBuilder codes = new StringBuilder();
		agencies.forEach(a -> codes.append(codes.isEmpty() ? "" : ",").append('"').append(a).append('"'));
		enrol(fiscalYear, "{\"agencies\": [" + codes + "]}");
	}

	/** Only these windows open today; the others closed in the past. */
	void open(int fiscalYear, Activity... open) throws Exception {
		this.mvc
			.perform(put("/api/v1/rounds/" + fiscalYear + "/calendar").contentType(MediaType.APPLICATION_JSON)
				.content("{\"windows\":{" + windows(open) + "}}")
				.with(authentication(TestPrincipals.admin())))
			.andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(200));
	}

	private static String windows(Activity... open) {
		Map<Activity, String> windows = new EnumMap<>(Activity.class);
		for (Activity a : Activity.values()) {
			windows.put(a, window(today().minusDays(40), today().minusDays(30)));
		}
		for (Activity a : open) {
			windows.put(a, window(today().minusDays(1), today().plusDays(5)));
		}
		StringBuilder out = new StringBuilder();
		windows.forEach((a, w) -> out.append(out.isEmpty() ? "" : ",").append('"').append(a).append("\":").append(w));
		return out.toString();
	}

	/**
	 * Posts one response answering every question of the group with its first
	 * ({@code top} false) or last option; IIT with a fresh access code.
	 */
	void respond(int fiscalYear, String instrument, String agency, String group, boolean top) throws Exception {
		JsonNode questionnaire = read(this.mvc
			.perform(get("/api/v1/rounds/" + fiscalYear + "/surveys/" + instrument + "/" + agency).with(client())));
		StringBuilder answers = new StringBuilder();
		for (JsonNode section : questionnaire.get("sections")) {
			for (JsonNode q : section.get("items")) {
				if (!containsText(q.get("groups"), group)) {
					continue;
				}
				JsonNode options = q.get("options");
				int value = options.get(top ? options.size() - 1 : 0).get("value").asInt();
				answers.append(answers.isEmpty() ? "" : ",")
					.append('"')
					.append(q.get("code").asString())
					.append("\":")
					.append(value);
			}
		}
		String code = "";
		if (questionnaire.get("accessCodeRequired").asBoolean()) {
			JsonNode codes = read(
					this.mvc.perform(post("/api/v1/rounds/" + fiscalYear + "/agencies/" + agency + "/access-codes")
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"instrument\":\"" + instrument + "\",\"count\":1}")
						.with(authentication(TestPrincipals.admin()))));
			code = "\"accessCode\":\"" + codes.get("codes").get(0).asString() + "\",";
		}
		String body = "{" + code + "\"respondentGroup\":\"" + group + "\",\"answers\":{" + answers + "}}";
		this.mvc
			.perform(post("/api/v1/rounds/" + fiscalYear + "/surveys/" + instrument + "/" + agency + "/responses")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(client()))
			.andExpect(r -> assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString())
				.isEqualTo(201));
	}

	private static boolean containsText(JsonNode array, String value) {
		for (JsonNode node : array) {
			if (node.asString().equals(value)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Saves and submits evidence, assigns an assessor and gives a verdict (moves
	 * windows).
	 */
	void verdict(int fiscalYear, String agency, String item, String verdict, Activity... keepOpen) throws Exception {
		List<Activity> submission = new ArrayList<>(List.of(keepOpen));
		submission.add(Activity.OIT_SUBMISSION);
		open(fiscalYear, submission.toArray(Activity[]::new));
		String path = "/api/v1/rounds/" + fiscalYear + "/oit/" + agency + "/items/" + item;
		Authentication editor = TestPrincipals.agencyAdmin(agency);
		send(put(path), "{\"urls\":[{\"url\":\"http://127.0.0.1:" + this.port
				+ "/policies/privacy\",\"title\":\"หน้า\"}],\"note\":\"x\",\"version\":0}", editor);
		send(post(path + "/submit"), "{}", editor);
		String assessor = "assessor-" + fiscalYear;
		send(post("/api/v1/rounds/" + fiscalYear + "/assessors"),
				"{\"username\":\"" + assessor + "\",\"agencies\":[\"" + agency + "\"]}", TestPrincipals.admin());
		List<Activity> review = new ArrayList<>(List.of(keepOpen));
		review.add(Activity.OIT_REVIEW);
		open(fiscalYear, review.toArray(Activity[]::new));
		send(post(path + "/reviews"), "{\"verdict\":\"" + verdict + "\",\"reason\":\"ไม่พบข้อมูล\"}",
				TestPrincipals.authentication(assessor, null, Role.ASSESSOR));
	}

	private void send(MockHttpServletRequestBuilder request, String body, Authentication user) throws Exception {
		this.mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body).with(authentication(user)))
			.andExpect(r -> assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString())
				.isBetween(200, 201));
	}

	ResultActions results(int fiscalYear, String agency, Authentication user) throws Exception {
		return this.mvc.perform(get("/api/v1/rounds/" + fiscalYear + "/results/" + agency + "?detail=items")
			.with(authentication(user)));
	}

	JsonNode result(int fiscalYear, String agency) throws Exception {
		return read(results(fiscalYear, agency, TestPrincipals.admin()));
	}

	JsonNode read(ResultActions actions) throws Exception {
		MvcResult result = actions.andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isBetween(200, 201);
		return this.json.readTree(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor client() {
		int n = CLIENTS.incrementAndGet();
		String address = "10.88." + (n / 250) + "." + (n % 250 + 1);
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static LocalDate day() {
		return today();
	}

}
