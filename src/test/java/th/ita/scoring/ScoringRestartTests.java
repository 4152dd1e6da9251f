package th.ita.scoring;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import th.ita.ItaApplication;
import th.ita.TestPrincipals;
import th.ita.assessment.Activity;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A restarted server keeps the newest published round's answers of the results API in the
 * background: a second server started on the same database has them kept without a single
 * request. It reads the answers stored at the publication while their snapshots are
 * unchanged (a tampered stored answer shows that it does not build them again) and builds
 * the one whose snapshot a late verdict changed. The round is the newest any test
 * publishes (2700, the last fiscal year a round may have).
 */
class ScoringRestartTests extends ScoringTestSupport {

	static final int YEAR = 2700;

	@Test
	void aStartedServerBuildsTheNewestPublishedRoundsAnswers() throws Exception {
		round(YEAR, List.of("1201", "4001"), Activity.COLLECTION);
		verdict(YEAR, "1201", "O1", "PASS");
		verdict(YEAR, "4001", "O1", "FAIL");
		open(YEAR, Activity.PUBLICATION);
		this.mvc.perform(post("/api/v1/rounds/" + YEAR + "/publication").with(authentication(TestPrincipals.admin())))
			.andExpect(status().isCreated());

		JdbcClient jdbc = this.context.getBean(JdbcClient.class);
		assertThat(jdbc.sql("select count(*) from scoring_published_answer where fiscal_year = " + YEAR)
			.query(Integer.class)
			.single()).as("answers stored with the publication").isEqualTo(2);
		assertThat(this.json.readTree(gunzip(stored(jdbc, "1201"))))
			.isEqualTo(this.json.readTree(this.mvc.perform(get("/api/v1/rounds/" + YEAR + "/results/1201"))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8)));

		// a late verdict: 4001's snapshot changes, its stored answer no longer counts
		String before = result(YEAR, "4001").get("ita").asString();
		verdict(YEAR, "4001", "O2", "PASS");
		long until = System.nanoTime() + 10_000_000_000L;
		while (result(YEAR, "4001").get("ita").asString().equals(before) && System.nanoTime() < until) {
			Thread.sleep(50);
		}
		String late = result(YEAR, "4001").get("ita").asString();
		assertThat(late).isNotEqualTo(before);
		// a stored answer the restarted server must serve as it is
		jdbc.sql("update scoring_published_answer set body = :b where fiscal_year = :y and agency_code = '1201'")
			.param("b", gzip("{\"stored\":true}"))
			.param("y", YEAR)
			.update();

		HikariDataSource database = this.context.getBean(HikariDataSource.class);
		SpringApplication second = new SpringApplication(ItaApplication.class);
		second.setAdditionalProfiles("test");
		try (ConfigurableApplicationContext restarted = second.run("--spring.datasource.url=" + database.getJdbcUrl(),
				"--spring.datasource.username=" + database.getUsername(),
				"--spring.datasource.password=" + ((database.getPassword() != null) ? database.getPassword() : ""),
				"--spring.datasource.hikari.maximum-pool-size=4", "--server.port=0", "--ita.demo=false")) {
			MeterRegistry meters = restarted.getBean(MeterRegistry.class);
			String base = "http://localhost:" + restarted.getEnvironment().getProperty("local.server.port");
			// the readiness probe says ready once the warm-up has kept the answers
			long deadline = System.nanoTime() + 30_000_000_000L;
			int readiness = 0;
			while (readiness != 200 && System.nanoTime() < deadline) {
				readiness = HTTP
					.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).build(),
							HttpResponse.BodyHandlers.ofString())
					.statusCode();
				if (readiness != 200) {
					assertThat(readiness).as("readiness while warming up").isEqualTo(503);
					Thread.sleep(20);
				}
			}
			assertThat(readiness).isEqualTo(200);
			double kept = meters.get("ita.scoring.results.cached").gauge().value();
			assertThat(kept).as("answers kept by the restarted server when it says ready").isEqualTo(2);
			assertThat(HTTP
				.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/rounds/" + YEAR + "/results/1201")).build(),
						HttpResponse.BodyHandlers.ofString())
				.body()).isEqualTo("{\"stored\":true}");
			HttpResponse<String> rebuilt = HTTP.send(
					HttpRequest.newBuilder(URI.create(base + "/api/v1/rounds/" + YEAR + "/results/4001")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(this.json.readTree(rebuilt.body()).get("ita").asString()).isEqualTo(late);

			// a request that misses (every kept answer dropped) reads the stored answer
			// too
			restarted.getBeansOfType(th.ita.scoring.snapshot.Snapshots.WriteListener.class)
				.values()
				.forEach(th.ita.scoring.snapshot.Snapshots.WriteListener::cleared);
			assertThat(meters.get("ita.scoring.results.cached").gauge().value()).isZero();
			assertThat(HTTP
				.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/rounds/" + YEAR + "/results/1201")).build(),
						HttpResponse.BodyHandlers.ofString())
				.body()).isEqualTo("{\"stored\":true}");
		}
	}

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static byte[] stored(JdbcClient jdbc, String agency) {
		return jdbc.sql("select body from scoring_published_answer where fiscal_year = :y and agency_code = :a")
			.param("y", YEAR)
			.param("a", agency)
			.query(byte[].class)
			.single();
	}

	private static byte[] gunzip(byte[] body) throws Exception {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
	}

	private static byte[] gzip(String json) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(json.getBytes(StandardCharsets.UTF_8));
		}
		return out.toByteArray();
	}

}
