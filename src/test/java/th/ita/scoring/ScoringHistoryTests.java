package th.ita.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Year over year from imported history (seed 001: สพม.ขอนแก่น 2561-2566). */
class ScoringHistoryTests extends ScoringTestSupport {

	@Test
	void importedHistoryGivesDifferencesAndTrends() throws Exception {
		this.mvc
			.perform(post("/api/v1/history/import").contentType("text/csv")
				.content("fiscal_year,agency_code,ita_score,i1,i2,i3,i4,i5,i6,i7,i8,i9,i10\n"
						+ "2561,S4001,66.57,,,,,,,,,,\n2562,S4001,86.82,,,,,,,,,,\n2563,S4001,87.67,,,,,,,,,,\n"
						+ "2564,S4001,91.50,,,,,,,,,,\n2565,S4001,90.53,,,,,,,,,,\n"
						+ "2566,S4001,90.10,98.71,90.03,95.49,94.20,93.24,90.87,91.14,88.02,90.00,83.75\n")
				.with(authentication(TestPrincipals.admin())))
			.andExpect(status().isOk());
		JsonNode history = read(this.mvc.perform(get("/api/v1/agencies/S4001/history")));
		List<String> differences = new ArrayList<>();
		List<String> trends = new ArrayList<>();
		for (JsonNode year : history.get("years")) {
			int fy = year.get("fiscalYear").asInt();
			if (fy < 2561 || fy > 2566) {
				continue;
			}
			assertThat(year.get("source").asString()).isEqualTo("IMPORTED");
			if (fy == 2561) {
				assertThat(year.get("difference").isNull()).isTrue();
				continue;
			}
			differences.add(year.get("difference").decimalValue().setScale(2).toPlainString());
			trends.add(year.get("trend").asString());
		}
		assertThat(differences).containsExactly("20.25", "0.85", "3.83", "-0.97", "-0.43");
		assertThat(trends).containsExactly("UP", "UP", "UP", "DOWN", "DOWN");
		JsonNode y2566 = history.get("years").get(5);
		assertThat(y2566.get("grade").asString()).isEqualTo("A");
		assertThat(y2566.get("indicators")).hasSize(10);
		assertThat(y2566.get("indicators").get(0).get("score").decimalValue())
			.isEqualByComparingTo(new BigDecimal("98.71"));
		// 2565 had no indicator scores: 2566's are not comparable
		assertThat(y2566.get("indicators").get(0).get("comparable").asBoolean()).isFalse();
		this.mvc.perform(get("/api/v1/agencies/NOPE/history")).andExpect(status().isNotFound());
	}

}
