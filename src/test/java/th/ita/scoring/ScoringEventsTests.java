package th.ita.scoring;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;
import th.ita.assessment.Activity;

import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A round recompute tells of the snapshots it wrote with one {@link AgenciesScored} per
 * batch (not one event per agency), and of none when nothing changed.
 */
class ScoringEventsTests extends ScoringTestSupport {

	static final int YEAR = 2683;

	@Test
	void aRoundRecomputePublishesOneEventPerBatchOfWrittenSnapshots() throws Exception {
		// no responses and no verdicts: nothing recomputes these agencies but the test
		round(YEAR, List.of("1201", "4001"), Activity.COLLECTION);
		List<Object> events = new CopyOnWriteArrayList<>();
		ApplicationListener<ApplicationEvent> listener = e -> {
			if (e instanceof PayloadApplicationEvent<?> p
					&& (p.getPayload() instanceof AgenciesScored || p.getPayload() instanceof AgencyScored)) {
				events.add(p.getPayload());
			}
		};
		((ConfigurableApplicationContext) this.context).addApplicationListener(listener);
		try {
			recompute();
			assertThat(events).singleElement()
				.isInstanceOfSatisfying(AgenciesScored.class,
						e -> assertThat(e.agencyCodes()).containsExactlyInAnyOrder("1201", "4001"));
			events.clear();
			recompute();
			assertThat(events).as("nothing changed, nothing written").isEmpty();
		}
		finally {
			((ConfigurableApplicationContext) this.context).removeApplicationListener(listener);
		}
	}

	private void recompute() throws Exception {
		this.mvc
			.perform(post("/api/v1/rounds/" + YEAR + "/results/recompute").with(authentication(TestPrincipals.admin())))
			.andExpect(status().isOk());
	}

}
