package th.ita.integrity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Complaint statistics: validation, totals, isolation, publication gating. */
class IntegrityComplaintApiTests extends IntegrityTestSupport {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"received negative | {\"received\":-1,\"completed\":0,\"inProgress\":0} | received",
			"completed negative | {\"received\":3,\"completed\":-1,\"inProgress\":0} | completed",
			"in progress negative | {\"received\":3,\"completed\":0,\"inProgress\":-2} | inProgress",
			"completed + in progress > received | {\"received\":3,\"completed\":2,\"inProgress\":2} | completed",
			"received missing | {\"completed\":0,\"inProgress\":0} | received",
			"completed missing | {\"received\":1,\"inProgress\":0} | completed",
			"in progress missing | {\"received\":1,\"completed\":0} | inProgress" })
	void invalidCountsNameTheField(String name, String body, String field) throws Exception {
		putJson(api(AGENCY) + "/complaint-stats/2657/WEBSITE", body, editor())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value(field));
	}

	@Test
	void countsPerChannelTotalsIsolationAndPublication() throws Exception {
		int year = 2658;
		String base = api(AGENCY) + "/complaint-stats/" + year;
		putJson(base + "/WEBSITE", "{\"received\":5,\"completed\":3,\"inProgress\":2}", editor())
			.andExpect(status().isOk());
		putJson(base + "/PHONE", "{\"received\":2,\"completed\":2,\"inProgress\":0}", editor())
			.andExpect(status().isOk());
		// saving a channel again replaces its counts
		putJson(base + "/PHONE", "{\"received\":3,\"completed\":2,\"inProgress\":0}", editor())
			.andExpect(status().isOk());
		putJson(base + "/CARRIER_PIGEON", "{\"received\":1,\"completed\":0,\"inProgress\":0}", editor())
			.andExpect(status().isNotFound());
		putJson(api(AGENCY) + "/complaint-stats/1999/PHONE", "{\"received\":1,\"completed\":0,\"inProgress\":0}",
				editor())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("fiscalYear"));
		getJson(api(AGENCY) + "/complaint-stats?fiscalYear=" + year, central()).andExpect(status().isOk())
			.andExpect(jsonPath("$.channels.length()").value(2))
			.andExpect(jsonPath("$.received").value(8))
			.andExpect(jsonPath("$.completed").value(5))
			.andExpect(jsonPath("$.inProgress").value(2));
		assertThat(audits("integrity.complaints-saved", "S4001/" + year + "/PHONE")).isEqualTo(2);

		getJson(api(AGENCY) + "/complaint-stats?fiscalYear=" + year, otherEditor()).andExpect(status().isNotFound());
		putJson(base + "/PHONE", "{\"received\":9,\"completed\":0,\"inProgress\":0}", otherEditor())
			.andExpect(status().isNotFound());
		putJson(base + "/PHONE", "{\"received\":9,\"completed\":0,\"inProgress\":0}", central())
			.andExpect(status().isForbidden());
		getJson(api(AGENCY) + "/complaint-stats?fiscalYear=" + year, assessor()).andExpect(status().isForbidden());

		String path = "/public/agencies/S4001/integrity/" + year + "/complaints";
		assertThat(publicStatus(path)).isEqualTo(404);
		publish(year, "COMPLAINT_STATS");
		assertThat(publicStatus(path)).isEqualTo(200);
		assertThat(publicBody(path)).contains("id=\"complaint-total\"").contains("เว็บไซต์");
		// publishing twice is refused
		transition(AGENCY, year, "COMPLAINT_STATS", "publish", agencyAdmin()).andExpect(status().isConflict());
	}

}
