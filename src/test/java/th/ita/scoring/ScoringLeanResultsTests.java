package th.ita.scoring;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.jspecify.annotations.Nullable;
import th.ita.TestPrincipals;
import th.ita.assessment.Activity;
import th.ita.web.StableHeaders;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The lean path of a published round's results ({@code LeanResults}, before Spring
 * Security), over real HTTP: the answer, its status and headers (security headers
 * included) are those of the request that goes through the security chain with
 * credentials; everything it may not answer (an unpublished round, an unknown agency,
 * parameters, credentials) goes the normal way.
 */
class ScoringLeanResultsTests extends ScoringTestSupport {

	static final int PUBLISHED = 2678;

	static final int UNPUBLISHED = 2679;

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static boolean created;

	@Autowired
	MeterRegistry meters;

	/** 1201: O1 PASS (ITA 100) in both rounds; the first is published. */
	void rounds() throws Exception {
		synchronized (ScoringLeanResultsTests.class) {
			if (created) {
				return;
			}
			for (int year : List.of(PUBLISHED, UNPUBLISHED)) {
				round(year, List.of("1201", "4001"), Activity.COLLECTION);
				verdict(year, "1201", "O1", "PASS");
				open(year);
				this.mvc
					.perform(post("/api/v1/rounds/" + year + "/results/recompute")
						.with(authentication(TestPrincipals.admin())))
					.andExpect(status().isOk());
			}
			open(PUBLISHED, Activity.PUBLICATION);
			this.mvc
				.perform(post("/api/v1/rounds/" + PUBLISHED + "/publication")
					.with(authentication(TestPrincipals.admin())))
				.andExpect(status().isCreated());
			created = true;
		}
	}

	@Test
	void aPublishedAnswerIsTheSameAsThroughTheSecurityChain() throws Exception {
		rounds();
		String path = "/api/v1/rounds/" + PUBLISHED + "/results/1201";
		String admin = token();
		JsonNode controller = read(this.mvc.perform(get(path).with(authentication(TestPrincipals.admin()))));
		for (int i = 0; i < 2; i++) {
			long before = leanCount();
			HttpResponse<String> lean = send(path, null, null);
			assertThat(leanCount()).isEqualTo(before + 1);
			HttpResponse<String> chain = send(path, admin, null);
			assertThat(leanCount()).as("a request with credentials goes through the chain").isEqualTo(before + 1);
			assertThat(lean.statusCode()).isEqualTo(200);
			assertThat(chain.statusCode()).isEqualTo(200);
			assertThat(this.json.readTree(lean.body())).isEqualTo(controller);
			assertThat(this.json.readTree(chain.body())).isEqualTo(controller);
			assertThat(controller.get("published").asBoolean()).isTrue();
			assertThat(lean.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
			assertThat(lean.headers().firstValue("Cache-Control")).isPresent();
			assertThat(StableHeaders.of(lean)).isEqualTo(StableHeaders.of(chain));
		}
		long before = leanCount();
		HttpResponse<byte[]> zipped = HTTP.send(
				HttpRequest.newBuilder(uri(path)).header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(leanCount()).isEqualTo(before + 1);
		assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
		assertThat(zipped.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept-Encoding"));
		assertThat(this.json.readTree(
				new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body())).readAllBytes()))
			.isEqualTo(controller);
	}

	@Test
	void whatTheLeanPathMayNotAnswerGoesTheNormalWay() throws Exception {
		rounds();
		long before = leanCount();
		HttpResponse<String> unknown = send("/api/v1/rounds/" + PUBLISHED + "/results/9999", null, null);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
		HttpResponse<String> unpublished = send("/api/v1/rounds/" + UNPUBLISHED + "/results/1201", null, null);
		assertThat(unpublished.statusCode()).isEqualTo(404);
		assertThat(send("/api/v1/rounds/" + UNPUBLISHED + "/results/1201", token(), null).statusCode()).isEqualTo(200);
		assertThat(send("/api/v1/rounds/" + PUBLISHED + "/results/1201", "not-a-token", null).statusCode())
			.as("bad credentials are refused as before")
			.isEqualTo(401);
		HttpResponse<String> detail = send("/api/v1/rounds/" + PUBLISHED + "/results/1201?detail=items", null, null);
		assertThat(detail.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(detail.body()).has("items")).isTrue();
		// another media type: whatever the controller answers, not the lean path
		send("/api/v1/rounds/" + PUBLISHED + "/results/1201", null, "text/csv");
		assertThat(leanCount()).as("none of these was answered by the lean path").isEqualTo(before);
	}

	@Test
	void defaultAnswersThatGoOnAreTimedByStatusInsteadOfTheServerObservation() throws Exception {
		rounds();
		String path = "/api/v1/rounds/" + UNPUBLISHED + "/results/1201";
		String admin = token();
		long ok = requestCount("200");
		long refused = requestCount("401");
		long observed = serverRequests();
		assertThat(send(path, admin, null).statusCode()).isEqualTo(200);
		assertThat(send(path, "not-a-token", null).statusCode()).isEqualTo(401);
		assertThat(send(path, null, null).statusCode()).isEqualTo(404);
		assertThat(requestCount("200")).isEqualTo(ok + 1);
		assertThat(requestCount("401")).isEqualTo(refused + 1);
		assertThat(serverRequests()).as("not in http.server.requests").isEqualTo(observed);
		// a request with parameters is not a default answer: observed as any other
		assertThat(send(path + "?detail=items", admin, null).statusCode()).isEqualTo(200);
		assertThat(serverRequests()).isEqualTo(observed + 1);
	}

	private long requestCount(String status) {
		return this.meters.find("ita.scoring.results.requests")
			.tag("status", status)
			.timers()
			.stream()
			.mapToLong(Timer::count)
			.sum();
	}

	private long serverRequests() {
		return this.meters.find("http.server.requests")
			.tag("uri", "/api/v1/rounds/{fiscalYear}/results/{agencyCode}")
			.timers()
			.stream()
			.mapToLong(Timer::count)
			.sum();
	}

	private long leanCount() {
		return this.meters.find("ita.scoring.results.lean").timers().stream().mapToLong(Timer::count).sum();
	}

	private String token() throws Exception {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body()).get("token").asString();
	}

	private HttpResponse<String> send(String path, @Nullable String token, @Nullable String accept) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Accept", (accept != null) ? accept : "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
