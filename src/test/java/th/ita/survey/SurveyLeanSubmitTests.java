package th.ita.survey;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.ita.survey.responses.Questionnaire;
import th.ita.survey.responses.ResponseWriterAccess;
import th.ita.web.StableHeaders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lean submit path (a servlet filter in front of Spring Security and MVC) answers
 * exactly like the controller behind it, over real HTTP: the same status, headers
 * (security headers included) and problem documents, in Thai and English. A request with
 * a query string is left to the normal chain (MVC), so each case is sent both ways and
 * compared; the lean path's timer shows which way each request went.
 */
class SurveyLeanSubmitTests extends SurveyRoundSupport {

	static final int OPEN = 2605;

	static final int CLOSED = 2606;

	/** Headers that differ per response or per framing, not per path. */

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void rounds() throws Exception {
		openRound(OPEN);
		closedRound(CLOSED);
	}

	@Test
	void storedIitAndEitResponsesLookTheSameBothWays() throws Exception {
		List<String> codes = generate(OPEN, "S4001", SurveyInstrument.IIT, 2).codes();
		Map<String, Integer> iit = firstAnswers(questionnaire(OPEN, "IIT", "S4001"), "STAFF");
		Pair stored = both(OPEN, "IIT", "S4001", i -> body(codes.get(i), null, iit), null);
		assertThat(stored.lean().statusCode()).isEqualTo(201);
		assertThat(stored.lean().body()).matches("\\{\"receipt\":\"[A-Z2-9]{5}-[A-Z2-9]{5}\"}");
		assertThat(stored.old().body()).matches("\\{\"receipt\":\"[A-Z2-9]{5}-[A-Z2-9]{5}\"}");
		assertThat(stored.lean().headers().firstValue("Cache-Control")).contains("no-store");
		assertThat(stored.lean().headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(stored.lean().headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(stored.lean().headers().firstValue("X-Frame-Options")).contains("DENY");
		assertThat(StableHeaders.of(stored.lean())).isEqualTo(StableHeaders.of(stored.old()));

		Questionnaire eitForm = questionnaire(OPEN, "EIT", "1001");
		String group = eitForm.respondentGroups().get(0).code();
		Map<String, Integer> eit = firstAnswers(eitForm, group);
		Pair eitStored = both(OPEN, "EIT", "1001", i -> body(null, group, eit), null);
		assertThat(eitStored.lean().statusCode()).isEqualTo(201);
		assertThat(StableHeaders.of(eitStored.lean())).isEqualTo(StableHeaders.of(eitStored.old()));
	}

	@Test
	void everyRejectionIsTheSameProblemBothWaysInThaiAndEnglish() throws Exception {
		String used = generate(OPEN, "S4001", SurveyInstrument.IIT, 1).codes().get(0);
		Map<String, Integer> answers = firstAnswers(questionnaire(OPEN, "IIT", "S4001"), "STAFF");
		assertThat(send(OPEN, "IIT", "S4001", body(used, null, answers), false, null).statusCode()).isEqualTo(201);
		for (String language : new String[] { null, "en" }) {
			String fresh = generate(OPEN, "S4001", SurveyInstrument.IIT, 1).codes().get(0);
			same(both(OPEN, "IIT", "S4001", i -> body(fresh, null, Map.of()), language), 422, null);
			same(both(OPEN, "IIT", "S4001", i -> body(fresh, null, Map.of("nope", 1)), language), 422, "nope");
			same(both(OPEN, "IIT", "S4001", i -> body("2345-6789-ABCD", null, answers), language), 422, "accessCode");
			same(both(OPEN, "IIT", "S4001", i -> body(used, null, answers), language), 409, "accessCode");
			same(both(OPEN, "EIT", "1001", i -> body(null, "NOBODY", Map.of()), language), 422, "respondentGroup");
			same(both(OPEN, "IIT", "X9999", i -> body(fresh, null, answers), language), 404, null);
			same(both(OPEN, "XIT", "S4001", i -> body(fresh, null, answers), language), 404, null);
			same(both(2607, "IIT", "S4001", i -> body(fresh, null, answers), language), 404, null);
			same(both(CLOSED, "IIT", "S4001", i -> body(fresh, null, answers), language), 409, null);
			same(both(OPEN, "IIT", "S4001", i -> "not json", language), 400, null);
			same(both(OPEN, "IIT", "S4001", i -> "{\"answers\":{\"i1.1\":\"four\"}}", language), 400, "i1.1");
			same(both(OPEN, "IIT", "S4001", i -> "{\"accessCode\":" + "1".repeat(70 * 1024) + "}", language), 413,
					null);
		}
	}

	@Test
	void aStoppedWriterIsTheSame503BothWays() throws Exception {
		Questionnaire eit = questionnaire(OPEN, "EIT", "1001");
		String body = body(null, "SERVICE_RECIPIENT", firstAnswers(eit, "SERVICE_RECIPIENT"));
		ResponseWriterAccess.stop(this.context);
		try {
			Pair busy = both(OPEN, "EIT", "1001", i -> body, null);
			same(busy, 503, null);
			assertThat(busy.lean().headers().firstValue("Retry-After")).contains("2");
		}
		finally {
			ResponseWriterAccess.start(this.context);
		}
	}

	private void same(Pair pair, int status, String field) {
		assertThat(pair.lean().statusCode()).isEqualTo(status);
		assertThat(pair.old().statusCode()).isEqualTo(status);
		assertThat(StableHeaders.of(pair.lean())).isEqualTo(StableHeaders.of(pair.old()));
		JsonNode lean = this.json.readTree(pair.lean().body());
		assertThat(lean).isEqualTo(this.json.readTree(pair.old().body()));
		assertThat(lean.path("status").asInt()).isEqualTo(status);
		if (field != null) {
			assertThat(lean.path("field").asString()).isEqualTo(field);
		}
	}

	/**
	 * The request once on the lean path and once (with a query string) on the MVC path;
	 * checks which path answered through the lean path's timer.
	 */
	private Pair both(int year, String instrument, String agency, java.util.function.IntFunction<String> body,
			String language) throws Exception {
		long before = leanCount();
		HttpResponse<String> lean = send(year, instrument, agency, body.apply(0), false, language);
		// The timer is updated just after the answer is written: wait for it, not for the
		// client.
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(leanCount()).as("answered by the lean path").isEqualTo(before + 1));
		HttpResponse<String> old = send(year, instrument, agency, body.apply(1), true, language);
		Thread.sleep(100);
		assertThat(leanCount()).as("answered by MVC").isEqualTo(before + 1);
		return new Pair(lean, old);
	}

	private HttpResponse<String> send(int year, String instrument, String agency, String body, boolean viaMvc,
			String language) throws Exception {
		int n = CLIENTS.incrementAndGet();
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/rounds/" + year + "/surveys/" + instrument
					+ "/" + agency + "/responses" + (viaMvc ? "?via=mvc" : "")))
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", "10.66." + (n / 250) + "." + (n % 250 + 1))
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (language != null) {
			request.header("Cookie", "ITA_LANG=" + language).header("Accept-Language", language);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private long leanCount() {
		return this.meters.find("ita.survey.submit").timers().stream().mapToLong(Timer::count).sum();
	}

	record Pair(HttpResponse<String> lean, HttpResponse<String> old) {
	}

}
