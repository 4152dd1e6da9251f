package th.ita.scoring;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.jspecify.annotations.Nullable;
import th.ita.TestPrincipals;
import th.ita.assessment.Activity;
import th.ita.shared.Role;
import tools.jackson.databind.JsonNode;

import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The read caches (the round's ranking in memory, the cached JSON of the results API's
 * default answer): the dashboard's region, type and trend figures computed by hand; the
 * access rules are checked on every request, whoever filled the cache; a write shows at
 * once; a publication shows in the cached answer.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScoringReadCacheTests extends ScoringTestSupport {

	static final int YEAR = 2623;

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static boolean created;

	/**
	 * 1201 (PRIMARY_ESA, CENTRAL) and 4001 (PRIMARY_ESA, NORTHEAST): only O1 PASS, ITA
	 * 100, grade AA, passed; S4001 (SECONDARY_ESA, NORTHEAST): only O1 FAIL, ITA 0, grade
	 * F; 1202 (PRIMARY_ESA, CENTRAL): no data, no ITA.
	 */
	void round() throws Exception {
		synchronized (ScoringReadCacheTests.class) {
			if (!created) {
				round(YEAR, List.of("1201", "1202", "4001", "S4001"), Activity.COLLECTION);
				verdict(YEAR, "1201", "O1", "PASS");
				verdict(YEAR, "4001", "O1", "PASS");
				verdict(YEAR, "S4001", "O1", "FAIL");
				open(YEAR);
				this.mvc
					.perform(post("/api/v1/rounds/" + YEAR + "/results/recompute")
						.with(authentication(TestPrincipals.admin())))
					.andExpect(status().isOk());
				created = true;
			}
		}
	}

	/**
	 * By hand. Regions: CENTRAL 2 agencies (1201, 1202), one scored: mean 100.00, pass
	 * rate 1/1 = 100.00; NORTHEAST 2 (4001, S4001): mean (100 + 0) / 2 = 50.00, pass rate
	 * 1/2 = 50.00. Types: PRIMARY_ESA 3 (1201, 1202, 4001), two scored: mean 100.00, pass
	 * rate 100.00; SECONDARY_ESA 1 (S4001): mean 0.00, pass rate 0.00. Trend row of the
	 * round: 3 scored agencies, mean (100 + 100 + 0) / 3 = 66.67, pass rate 2/3 = 66.67.
	 * Summary: 3 / 4 scored, mean 66.67, median 100.00.
	 */
	@Test
	@Order(1)
	void dashboardGivesTheHandComputedRegionTypeAndTrendFigures() throws Exception {
		round();
		String page = body(
				this.mvc.perform(get("/rounds/" + YEAR + "/results").with(authentication(TestPrincipals.admin())))
					.andReturn());
		assertThat(row(page, "data-group=\"CENTRAL\"")).containsExactly("CENTRAL", "2", "100.00", "100.00");
		assertThat(row(page, "data-group=\"NORTHEAST\"")).containsExactly("NORTHEAST", "2", "50.00", "50.00");
		assertThat(row(page, "data-group=\"PRIMARY_ESA\"")).containsExactly("PRIMARY_ESA", "3", "100.00", "100.00");
		assertThat(row(page, "data-group=\"SECONDARY_ESA\"")).containsExactly("SECONDARY_ESA", "1", "0.00", "0.00");
		List<String> trend = row(page, "data-year=\"" + YEAR + "\"");
		assertThat(trend.get(0)).isEqualTo(String.valueOf(YEAR));
		assertThat(trend.subList(2, 5)).containsExactly("3", "66.67", "66.67");
		JsonNode summary = read(this.mvc.perform(
				get("/api/v1/rounds/" + YEAR + "/results?region=CENTRAL").with(authentication(TestPrincipals.admin()))))
			.get("summary");
		assertThat(summary.get("enrolled").asInt()).isEqualTo(2);
		assertThat(summary.get("scored").asInt()).isEqualTo(1);
		JsonNode all = read(this.mvc
			.perform(get("/api/v1/rounds/" + YEAR + "/results").with(authentication(TestPrincipals.admin()))));
		assertThat(all.get("summary").get("mean").decimalValue()).isEqualByComparingTo("66.67");
		assertThat(all.get("summary").get("median").decimalValue()).isEqualByComparingTo("100.00");
		assertThat(all.get("agencies").findValuesAsString("agencyCode")).containsExactly("1201", "4001", "S4001",
				"1202");
	}

	/**
	 * Before publication the cached answer is served only to those who may read it: the
	 * agency's users fill the cache, anonymous callers and other agencies still get 404.
	 */
	@Test
	@Order(2)
	void theCacheNeverServesAcrossTheAccessRules() throws Exception {
		round();
		for (int i = 0; i < 2; i++) {
			assertThat(statusOf(TestPrincipals.agencyAdmin("1201"))).isEqualTo(200);
			assertThat(this.mvc.perform(get("/api/v1/rounds/" + YEAR + "/results/1201"))
				.andReturn()
				.getResponse()
				.getStatus()).isEqualTo(404);
			assertThat(statusOf(TestPrincipals.agencyEditor("1202"))).isEqualTo(404);
			assertThat(statusOf(TestPrincipals.authentication("s4001.exec", "S4001", Role.EXECUTIVE))).isEqualTo(404);
			assertThat(statusOf(TestPrincipals.authentication("executive", null, Role.EXECUTIVE))).isEqualTo(200);
			assertThat(statusOf(TestPrincipals.admin())).isEqualTo(200);
		}
		this.mvc.perform(get("/api/v1/rounds/" + YEAR + "/results")).andExpect(status().isNotFound());
		this.mvc.perform(get("/results/" + YEAR)).andExpect(status().isNotFound());
		JsonNode cached = defaultAnswer(TestPrincipals.agencyAdmin("1201"));
		assertThat(cached.get("published").asBoolean()).isFalse();
		assertThat(cached.has("items")).isFalse();
		assertThat(cached.get("ita").decimalValue()).isEqualByComparingTo("100.00");
	}

	/**
	 * Over real HTTP (through {@code ResultFastPath}, which MockMvc does not run): the
	 * answer cached for the central team or the agency's own user is not served to an
	 * anonymous caller or another agency's user; the answer equals the controller's and
	 * carries the security headers.
	 */
	@Test
	@Order(3)
	void theFastPathKeepsTheAccessRulesOverRealHttp() throws Exception {
		round();
		String admin = token("admin", ADMIN_PASSWORD);
		String own = user("1201");
		String other = user("1202");
		String path = "/api/v1/rounds/" + YEAR + "/results/1201";
		JsonNode controller = defaultAnswer(TestPrincipals.admin());
		for (int i = 0; i < 2; i++) {
			HttpResponse<String> central = http(path, admin);
			assertThat(central.statusCode()).isEqualTo(200);
			assertThat(this.json.readTree(central.body())).isEqualTo(controller);
			assertThat(central.headers().firstValue("Content-Type"))
				.hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
			assertThat(central.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(http(path, own).statusCode()).isEqualTo(200);
			assertThat(http(path, null).statusCode()).isEqualTo(404);
			assertThat(http(path, other).statusCode()).isEqualTo(404);
			assertThat(http(path, "not-a-token").statusCode()).isEqualTo(401);
		}
		HttpResponse<byte[]> zipped = HTTP
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Authorization", "Bearer " + admin)
				.header("Accept-Encoding", "gzip")
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(this.json.readTree(
				new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body())).readAllBytes()))
			.isEqualTo(controller);
		HttpResponse<String> missing = http("/api/v1/rounds/" + YEAR + "/results/9999", admin);
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
	}

	private String user(String agency) throws Exception {
		String username = "cache-" + agency + "-" + System.nanoTime() % 100_000;
		String password = "cache-test-password-" + agency;
		HttpResponse<String> created = send("POST", "/api/v1/users", token("admin", ADMIN_PASSWORD),
				"{\"username\":\"" + username + "\",\"password\":\"" + password
						+ "\",\"displayName\":\"ทดสอบ\",\"roles\":[\"AGENCY_ADMIN\"],\"agency\":\"" + agency + "\"}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return token(username, password);
	}

	private String token(String username, String password) throws Exception {
		HttpResponse<String> response = send("POST", "/api/v1/auth/token", null,
				"{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body()).get("token").asString();
	}

	private HttpResponse<String> http(String path, @Nullable String token) throws Exception {
		return send("GET", path, token, null);
	}

	private HttpResponse<String> send(String method, String path, @Nullable String token, @Nullable String body)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "application/json")
			.method(method,
					(body == null) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A new verdict shows in the cached answer, the ranking and the dashboard at once:
	 * 1202 gets O1 PASS (ITA 100, rank 1 with 1201 and 4001); the round's trend row
	 * becomes 4 scored, mean (100 + 100 + 100 + 0) / 4 = 75.00, pass rate 75.00.
	 */
	@Test
	@Order(4)
	void aWriteShowsInTheCachedAnswerAndTheRanking() throws Exception {
		round();
		assertThat(defaultAnswer(TestPrincipals.admin(), "1202").has("ita")).isFalse();
		assertThat(rank(TestPrincipals.admin(), "1202")).isNull();
		verdict(YEAR, "1202", "O1", "PASS");
		open(YEAR);
		long deadline = System.nanoTime() + 5_000_000_000L;
		JsonNode fresh = defaultAnswer(TestPrincipals.admin(), "1202");
		while (!fresh.has("ita") && System.nanoTime() < deadline) {
			Thread.sleep(20);
			fresh = defaultAnswer(TestPrincipals.admin(), "1202");
		}
		JsonNode detailed = result(YEAR, "1202");
		assertThat(fresh.get("ita").decimalValue()).isEqualByComparingTo("100.00")
			.isEqualByComparingTo(detailed.get("ita").decimalValue());
		assertThat(fresh.get("inputsFingerprint").asString()).isEqualTo(detailed.get("inputsFingerprint").asString());
		assertThat(rank(TestPrincipals.admin(), "1202")).isEqualTo(1);
		String page = body(
				this.mvc.perform(get("/rounds/" + YEAR + "/results").with(authentication(TestPrincipals.admin())))
					.andReturn());
		assertThat(row(page, "data-year=\"" + YEAR + "\"").subList(2, 5)).containsExactly("4", "75.00", "75.00");
		assertThat(row(page, "data-group=\"CENTRAL\"")).containsExactly("CENTRAL", "2", "100.00", "100.00");
	}

	@org.springframework.beans.factory.annotation.Autowired
	private io.micrometer.core.instrument.MeterRegistry meters;

	/**
	 * After publication everyone reads the answer, and it says it is published; the
	 * publication built every agency's answer before it committed (4 snapshots, kept).
	 */
	@Test
	@Order(5)
	void publicationShowsInTheCachedAnswer() throws Exception {
		round();
		defaultAnswer(TestPrincipals.admin());
		open(YEAR, Activity.PUBLICATION);
		this.mvc.perform(post("/api/v1/rounds/" + YEAR + "/publication").with(authentication(TestPrincipals.admin())))
			.andExpect(status().isCreated());
		assertThat(this.meters.get("ita.scoring.results.cached").gauge().value()).isEqualTo(4.0);
		JsonNode anonymous = read(this.mvc.perform(get("/api/v1/rounds/" + YEAR + "/results/1201")));
		assertThat(anonymous.get("published").asBoolean()).isTrue();
		HttpResponse<String> fast = http("/api/v1/rounds/" + YEAR + "/results/1201", null);
		assertThat(fast.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(fast.body())).isEqualTo(anonymous);
		assertThat(defaultAnswer(TestPrincipals.agencyEditor("1202")).get("published").asBoolean()).isTrue();
		this.mvc.perform(get("/results/" + YEAR + "?q=" + "นนทบุรี")).andExpect(status().isOk());
		JsonNode ranking = read(this.mvc.perform(get("/api/v1/rounds/" + YEAR + "/results?q=นนทบุรี")));
		assertThat(ranking.get("agencies").findValuesAsString("agencyCode")).containsExactly("1201", "1202");
	}

	/**
	 * A round recompute that changes nothing keeps every answer (only the agencies it
	 * writes are dropped).
	 */
	@Test
	@Order(6)
	void aRecomputeThatChangesNothingKeepsTheAnswers() throws Exception {
		round();
		assertThat(this.meters.get("ita.scoring.results.cached").gauge().value()).isEqualTo(4.0);
		this.mvc
			.perform(post("/api/v1/rounds/" + YEAR + "/results/recompute").with(authentication(TestPrincipals.admin())))
			.andExpect(status().isOk());
		assertThat(this.meters.get("ita.scoring.results.cached").gauge().value()).isEqualTo(4.0);
	}

	private int statusOf(Authentication user) throws Exception {
		return this.mvc.perform(get("/api/v1/rounds/" + YEAR + "/results/1201").with(authentication(user)))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	private JsonNode defaultAnswer(Authentication user) throws Exception {
		return defaultAnswer(user, "1201");
	}

	private JsonNode defaultAnswer(Authentication user, String agency) throws Exception {
		return read(this.mvc.perform(get("/api/v1/rounds/" + YEAR + "/results/" + agency).with(authentication(user))));
	}

	private @org.jspecify.annotations.Nullable Integer rank(Authentication user, String agency) throws Exception {
		JsonNode ranking = read(
				this.mvc.perform(get("/api/v1/rounds/" + YEAR + "/results?q=" + agency).with(authentication(user))));
		Predicate<JsonNode> match = a -> a.get("agencyCode").asString().equals(agency);
		for (JsonNode a : ranking.get("agencies")) {
			if (match.test(a)) {
				return a.path("rank").isNumber() ? a.get("rank").asInt() : null;
			}
		}
		throw new AssertionError("not ranked: " + agency);
	}

	private static String body(MvcResult result) throws Exception {
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	/** The texts of the cells of the table row with this attribute. */
	private static List<String> row(String page, String attribute) {
		int start = page.indexOf(attribute);
		assertThat(start).as(attribute).isNotNegative();
		String row = page.substring(start, page.indexOf("</tr>", start));
		Matcher cells = Pattern.compile("<t[hd][^>]*>([^<]*)</t[hd]>").matcher(row);
		List<String> out = new java.util.ArrayList<>();
		while (cells.find()) {
			out.add(cells.group(1).strip());
		}
		return out;
	}

}
