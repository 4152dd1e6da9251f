package th.ita.survey;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.ita.survey.responses.Questionnaire;
import th.ita.survey.responses.ResponseWriterAccess;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The group-commit writer: many simultaneous submissions land in shared batches; every
 * code and form token still stores exactly one response, a rejected submission leaves its
 * token unused, {@code ResponsesRecorded} counts every stored response, and a full or
 * stopped writer answers 503 with Retry-After.
 */
class SurveyBatchWriterTests extends SurveyRoundSupport {

	static final int OPEN = 2613;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void round() throws Exception {
		openRound(OPEN);
	}

	@Test
	void simultaneousSubmissionsWithRepeatedCodesAndTokensStoreOneResponseEach() throws Exception {
		Questionnaire iit = questionnaire(OPEN, "IIT", "4001");
		Questionnaire eit = questionnaire(OPEN, "EIT", "4001");
		List<String> codes = generate(OPEN, "4001", SurveyInstrument.IIT, 8).codes();
		List<String[]> requests = new ArrayList<>();
		for (String code : codes) {
			String body = body(code, null, firstAnswers(iit, "STAFF"));
			for (int i = 0; i < 3; i++) {
				requests.add(new String[] { "IIT", code, body });
			}
		}
		Map<String, Integer> eitAnswers = firstAnswers(eit, "SERVICE_RECIPIENT");
		for (int t = 0; t < 6; t++) {
			String token = token("EIT", "4001");
			String body = "{\"respondentGroup\":\"SERVICE_RECIPIENT\",\"formToken\":\"" + token + "\",\"answers\":"
					+ json(eitAnswers) + "}";
			for (int i = 0; i < 2; i++) {
				requests.add(new String[] { "EIT", token, body });
			}
		}
		long iitBefore = stored(OPEN, "4001", "IIT");
		long eitBefore = stored(OPEN, "4001", "EIT");
		Map<SurveyInstrument, AtomicInteger> recorded = new ConcurrentHashMap<>();
		ApplicationListener<ApplicationEvent> listener = event -> {
			if (event instanceof PayloadApplicationEvent<?> payload
					&& payload.getPayload() instanceof ResponsesRecorded r && r.fiscalYear() == OPEN
					&& r.agencyCode().equals("4001")) {
				recorded.computeIfAbsent(r.instrument(), k -> new AtomicInteger()).addAndGet(r.responses());
			}
		};
		ApplicationEventMulticaster events = this.context.getBean(
				AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME, ApplicationEventMulticaster.class);
		events.addApplicationListener(listener);
		List<Integer> statuses;
		try {
			statuses = sendAtOnce(requests);
		}
		finally {
			events.removeApplicationListener(listener);
		}
		// Published per batch with a count, before the batch's requests are answered.
		assertThat(recorded.get(SurveyInstrument.IIT)).hasValue(8);
		assertThat(recorded.get(SurveyInstrument.EIT)).hasValue(6);
		Map<String, List<Integer>> byKey = new java.util.HashMap<>();
		for (int i = 0; i < requests.size(); i++) {
			byKey.computeIfAbsent(requests.get(i)[1], k -> new ArrayList<>()).add(statuses.get(i));
		}
		for (String code : codes) {
			assertThat(byKey.get(code)).as("one code").containsExactlyInAnyOrder(201, 409, 409);
		}
		byKey.forEach((key, list) -> {
			if (!codes.contains(key)) {
				assertThat(list).as("one form token").containsExactlyInAnyOrder(201, 409);
			}
		});
		assertThat(stored(OPEN, "4001", "IIT")).isEqualTo(iitBefore + 8);
		assertThat(stored(OPEN, "4001", "EIT")).isEqualTo(eitBefore + 6);
	}

	@Test
	void aSubmissionRefusedForItsCodeLeavesItsFormTokenUnused() throws Exception {
		Questionnaire iit = questionnaire(OPEN, "IIT", "S4001");
		Map<String, Integer> answers = firstAnswers(iit, "STAFF");
		List<String> codes = generate(OPEN, "S4001", SurveyInstrument.IIT, 2).codes();
		submit(OPEN, "IIT", "S4001", body(codes.get(0), null, answers), newClient()).andExpect(status().isCreated());
		long before = stored(OPEN, "S4001", "IIT");
		String token = token("IIT", "S4001");
		String used = "{\"accessCode\":\"" + codes.get(0) + "\",\"formToken\":\"" + token + "\",\"answers\":"
				+ json(answers) + "}";
		submit(OPEN, "IIT", "S4001", used, newClient()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("accessCode"));
		assertThat(stored(OPEN, "S4001", "IIT")).isEqualTo(before);
		String fresh = "{\"accessCode\":\"" + codes.get(1) + "\",\"formToken\":\"" + token + "\",\"answers\":"
				+ json(answers) + "}";
		submit(OPEN, "IIT", "S4001", fresh, newClient()).andExpect(status().isCreated());
		assertThat(stored(OPEN, "S4001", "IIT")).isEqualTo(before + 1);
	}

	@Test
	void aStoppedWriterAnswers503WithRetryAfterAndStoresNothing() throws Exception {
		Questionnaire eit = questionnaire(OPEN, "EIT", "1001");
		String body = body(null, "SERVICE_RECIPIENT", firstAnswers(eit, "SERVICE_RECIPIENT"));
		long before = stored(OPEN, "1001", "EIT");
		ResponseWriterAccess.stop(this.context);
		try {
			submit(OPEN, "EIT", "1001", body, newClient()).andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "2"))
				.andExpect(jsonPath("$.status").value(503))
				.andExpect(jsonPath("$.detail").isNotEmpty());
		}
		finally {
			ResponseWriterAccess.start(this.context);
		}
		assertThat(stored(OPEN, "1001", "EIT")).isEqualTo(before);
		submit(OPEN, "EIT", "1001", body, newClient()).andExpect(status().isCreated());
		assertThat(stored(OPEN, "1001", "EIT")).isEqualTo(before + 1);
	}

	private String token(String instrument, String agency) throws Exception {
		return com.jayway.jsonpath.JsonPath
			.read(this.mvc.perform(get("/api/v1/rounds/" + OPEN + "/surveys/" + instrument + "/" + agency))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.formToken");
	}

	/** Sends every request at the same moment over real HTTP; the statuses in order. */
	private List<Integer> sendAtOnce(List<String[]> requests) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		ExecutorService pool = Executors.newFixedThreadPool(requests.size());
		try {
			CyclicBarrier start = new CyclicBarrier(requests.size());
			List<Future<Integer>> results = new ArrayList<>();
			for (int i = 0; i < requests.size(); i++) {
				String[] r = requests.get(i);
				// A client address per request (trusted forwarded header), so that the
				// guessing limit of one address does not interfere.
				String client = "10.213." + (i / 250) + "." + (i % 250 + 1);
				results.add(pool.submit(() -> {
					HttpRequest request = HttpRequest
						.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/rounds/" + OPEN + "/surveys/"
								+ r[0] + "/4001/responses"))
						.header("Content-Type", "application/json")
						.header("X-Forwarded-For", client)
						.POST(HttpRequest.BodyPublishers.ofString(r[2]))
						.build();
					start.await(20, TimeUnit.SECONDS);
					return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
				}));
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : results) {
				statuses.add(result.get(60, TimeUnit.SECONDS));
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
