package th.ita.planning.domain;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import th.ita.planning.PlanDocument;
import th.ita.planning.PlanKind;
import th.ita.planning.PlanStatus;
import th.ita.planning.domain.PlanningDemoData.DemoUser;
import th.ita.shared.Role;
import th.ita.web.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo plan of สพม.ขอนแก่น reproduces seed 001: its measures, the project with its
 * preparers and the 60,000-baht action plan (tests run with demo mode off, so the loader
 * is called here).
 */
class PlanningDemoDataTests extends WebIntegrationTest {

	@Autowired
	PlanningDemoData demo;

	@Autowired
	PlanQueries queries;

	@Autowired
	SuggestionService suggestions;

	@Test
	void demoPlanReproducesTheSeedsSixtyThousandBahtPlan() {
		this.demo.plan(new DemoUser("demo-s4001", EnumSet.of(Role.AGENCY_ADMIN, Role.AGENCY_EDITOR), "S4001"));
		this.demo.library(new DemoUser("demo-central", EnumSet.of(Role.SYSTEM_ADMIN), null));

		PlanDocument plan = this.queries.measuresDocument(2568, "S4001").orElseThrow();
		assertThat(plan.status()).isEqualTo(PlanStatus.PUBLISHED);
		assertThat(plan.kind()).isEqualTo(PlanKind.INTEGRITY);
		assertThat(plan.totalBudget()).isEqualByComparingTo("60000.00");
		assertThat(plan.projects()).singleElement().satisfies(p -> {
			assertThat(p.activities()).extracting(a -> a.budget().intValue())
				.containsExactly(5000, 5000, 20000, 15000, 15000);
			assertThat(p.targetSize()).isEqualTo(70);
			assertThat(p.advisers()).hasSize(4);
			assertThat(p.kpiTargets()).hasSize(3);
			assertThat(p.activities().get(0).months()).allMatch(m -> m.getYear() == 2025);
		});
		assertThat(plan.measures()).extracting(PlanDocument.Measure::indicatorNumber).containsExactly(10, 9);
		assertThat(plan.totalSpent()).isEqualByComparingTo("5000");
		assertThat(this.suggestions.all()).extracting(SuggestionService.Suggestion::indicatorNumber)
			.contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
	}

}
