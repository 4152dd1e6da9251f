package th.ita.assessment;

import java.time.LocalDate;

import th.ita.TestPrincipals;
import th.ita.shared.ThaiDates;
import th.ita.web.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The assessment tests share the application context of every web integration test (one
 * embedded PostgreSQL). Data persists within the test JVM, so each test uses its own
 * fiscal year (2570 and later) and dates relative to today (Bangkok).
 */
public abstract class AssessmentTestSupport extends WebIntegrationTest {

	@Autowired
	protected JdbcClient jdbc;

	protected static LocalDate today() {
		return LocalDate.now(ThaiDates.BANGKOK);
	}

	protected static String window(LocalDate from, LocalDate to) {
		return "{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}";
	}

	/** A round body with the given windows JSON, e.g. {@code "COLLECTION": {...}}. */
	protected static String round(int fiscalYear, String windows) {
		return "{\"fiscalYear\":" + fiscalYear + ",\"programme\":\"OBEC-ESA\",\"framework\":\"ITA-ESA-2567\","
				+ "\"calendar\":{\"windows\":{" + windows + "}}}";
	}

	protected ResultActions createRound(String body) throws Exception {
		return this.mvc.perform(post("/api/v1/rounds").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(authentication(TestPrincipals.admin())));
	}

	/** A round whose collection starts in 30 days (populations still editable). */
	protected void createFutureRound(int fiscalYear) throws Exception {
		createRound(round(fiscalYear, "\"COLLECTION\":" + window(today().plusDays(30), today().plusDays(90))));
	}

	protected ResultActions enrol(int fiscalYear, String body) throws Exception {
		return this.mvc
			.perform(post("/api/v1/rounds/" + fiscalYear + "/enrolments").contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(authentication(TestPrincipals.admin())));
	}

	protected ResultActions putPopulation(int fiscalYear, String code, String body,
			org.springframework.security.core.Authentication user) throws Exception {
		return this.mvc.perform(put("/api/v1/rounds/" + fiscalYear + "/enrolments/" + code + "/population")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(authentication(user)));
	}

	protected long audits(String action, String entityId) {
		return this.jdbc.sql("select count(*) from audit_entry where action = :a and entity_id = :id")
			.param("a", action)
			.param("id", entityId)
			.query(Long.class)
			.single();
	}

}
