package th.ita.oit;

import java.time.LocalDate;

import th.ita.TestPrincipals;
import th.ita.assessment.Activity;
import th.ita.assessment.AssessmentTestSupport;
import th.ita.shared.Role;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OIT tests share the one application context of the web integration tests. Each test
 * uses its own fiscal year (2591 and later); the calendar is moved so that only the phase
 * under test is open today.
 */
abstract class OitTestSupport extends AssessmentTestSupport {

	static final String AGENCY = "S4001";

	static final String OTHER = "4001";

	static final String ITEM = "O1";

	static Authentication assessor(String username) {
		return TestPrincipals.authentication(username, null, Role.ASSESSOR);
	}

	/** A round with S4001 and 4001 enrolled, in the OIT submission phase. */
	void openRound(int fiscalYear) throws Exception {
		createRound(round(fiscalYear, "")).andExpect(status().isCreated());
		enrol(fiscalYear, "{\"agencies\": [\"" + AGENCY + "\", \"" + OTHER + "\"]}").andExpect(status().isOk());
		phase(fiscalYear, Activity.OIT_SUBMISSION);
	}

	/**
	 * The round of a test class shared by several classes: created (as
	 * {@link #openRound}) when missing, otherwise moved back into the submission phase.
	 */
	void ensureRound(int fiscalYear) throws Exception {
		if (this.jdbc.sql("select count(*) from assessment_round where fiscal_year = :y")
			.param("y", fiscalYear)
			.query(Long.class)
			.single() == 0) {
			openRound(fiscalYear);
		}
		else {
			phase(fiscalYear, Activity.OIT_SUBMISSION);
		}
	}

	/** Only this activity's window is open today; the earlier ones are over. */
	void phase(int fiscalYear, Activity activity) throws Exception {
		StringBuilder windows = new StringBuilder();
		LocalDate today = today();
		int offset = activity.ordinal();
		for (Activity a : Activity.values()) {
			if (a.ordinal() < Activity.OIT_SUBMISSION.ordinal() || a == Activity.PUBLICATION) {
				continue;
			}
			LocalDate from = today.plusDays((a.ordinal() - offset) * 10L);
			LocalDate to = (a == activity) ? today : from.plusDays(5);
			if (a.ordinal() < offset) {
				from = today.minusDays((offset - a.ordinal()) * 10L);
				to = from.plusDays(5);
			}
			if (a == activity) {
				from = today;
				to = today;
			}
			windows.append(windows.isEmpty() ? "" : ",").append('"').append(a).append("\":").append(window(from, to));
		}
		this.mvc
			.perform(put("/api/v1/rounds/" + fiscalYear + "/calendar").contentType(MediaType.APPLICATION_JSON)
				.content("{\"windows\":{" + windows + "}}")
				.with(authentication(TestPrincipals.admin())))
			.andExpect(status().isOk());
	}

	String path(int fiscalYear, String agency) {
		return "/api/v1/rounds/" + fiscalYear + "/oit/" + agency;
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	String urls(String... paths) {
		StringBuilder json = new StringBuilder("[");
		for (int i = 0; i < paths.length; i++) {
			json.append(i == 0 ? "" : ",")
				.append("{\"url\":\"")
				.append(url(paths[i]))
				.append("\",\"title\":\"หน้า ")
				.append(i)
				.append("\"}");
		}
		return json.append("]").toString();
	}

	ResultActions save(int fiscalYear, String agency, String item, String body, Authentication user) throws Exception {
		return this.mvc.perform(put(path(fiscalYear, agency) + "/items/" + item).contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(authentication(user)));
	}

	ResultActions command(int fiscalYear, String agency, String item, String command, String body, Authentication user)
			throws Exception {
		return this.mvc.perform(post(path(fiscalYear, agency) + "/items/" + item + "/" + command)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(authentication(user)));
	}

	ResultActions read(int fiscalYear, String agency, Authentication user) throws Exception {
		return this.mvc.perform(get(path(fiscalYear, agency)).with(authentication(user)));
	}

	ResultActions assign(int fiscalYear, String body) throws Exception {
		return this.mvc
			.perform(post("/api/v1/rounds/" + fiscalYear + "/assessors").contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(authentication(TestPrincipals.admin())));
	}

}
