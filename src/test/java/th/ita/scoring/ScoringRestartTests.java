package th.ita.scoring;

import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import th.ita.ItaApplication;
import th.ita.TestPrincipals;
import th.ita.assessment.Activity;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A restarted server builds the newest published round's answers of the results API in
 * the background: a second server started on the same database has them kept without a
 * single request. The round is the newest any test publishes (2700, the last fiscal year
 * a round may have).
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

		HikariDataSource database = this.context.getBean(HikariDataSource.class);
		SpringApplication second = new SpringApplication(ItaApplication.class);
		second.setAdditionalProfiles("test");
		try (ConfigurableApplicationContext restarted = second.run("--spring.datasource.url=" + database.getJdbcUrl(),
				"--spring.datasource.username=" + database.getUsername(),
				"--spring.datasource.password=" + ((database.getPassword() != null) ? database.getPassword() : ""),
				"--spring.datasource.hikari.maximum-pool-size=4", "--server.port=0", "--ita.demo=false")) {
			MeterRegistry meters = restarted.getBean(MeterRegistry.class);
			long deadline = System.nanoTime() + 30_000_000_000L;
			double kept = 0;
			while (kept < 2 && System.nanoTime() < deadline) {
				Thread.sleep(50);
				kept = meters.get("ita.scoring.results.cached").gauge().value();
			}
			assertThat(kept).as("answers kept by the restarted server").isEqualTo(2);
		}
	}

}
