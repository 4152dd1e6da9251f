package th.ita.web;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Health probes for the orchestrator; metrics only for administrators. */
class OperationsTests extends WebIntegrationTest {

	@Test
	void livenessAndReadinessAreUp() throws InterruptedException {
		// readiness waits for the start-up warm-up of published results (scoring)
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (http().get("/actuator/health/readiness").statusCode() != 200 && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		for (String probe : new String[] { "/actuator/health/liveness", "/actuator/health/readiness",
				"/actuator/health" }) {
			HttpResponse<String> response = http().get(probe);
			assertThat(response.statusCode()).as(probe).isEqualTo(200);
			assertThat(response.body()).as(probe).contains("\"status\":\"UP\"");
		}
	}

	@Test
	void prometheusNeedsAuthentication() {
		assertThat(http().get("/actuator/prometheus").statusCode()).isEqualTo(401);
	}

	@Test
	void prometheusServesMetricsToAnAdministrator() throws Exception {
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/actuator/prometheus")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.authentication(th.ita.TestPrincipals.admin())))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes")));
	}

}
