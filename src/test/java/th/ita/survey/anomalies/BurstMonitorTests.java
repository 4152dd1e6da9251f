package th.ita.survey.anomalies;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-memory burst counter: counts per window, nothing per response. */
class BurstMonitorTests {

	@Test
	void aBurstIsReportedOnlyWhenOneWindowReachesTheMinimum() {
		MutableClock clock = new MutableClock(Instant.parse("2026-12-03T03:00:00Z"));
		BurstMonitor monitor = new BurstMonitor(10, 5, clock);
		for (int i = 0; i < 4; i++) {
			monitor.record(2568, "S4001", "EIT");
		}
		assertThat(monitor.bursts(2568)).isEmpty();
		clock.now = clock.now.plusSeconds(600);
		for (int i = 0; i < 4; i++) {
			monitor.record(2568, "S4001", "EIT");
			monitor.record(2568, "4001", "EIT");
		}
		assertThat(monitor.bursts(2568)).isEmpty();
		for (int i = 0; i < 3; i++) {
			monitor.record(2568, "S4001", "EIT");
		}
		assertThat(monitor.bursts(2568)).singleElement().satisfies(b -> {
			assertThat(b.agencyCode()).isEqualTo("S4001");
			assertThat(b.responses()).isEqualTo(7);
			assertThat(b.windowMinutes()).isEqualTo(10);
		});
		assertThat(monitor.bursts(2567)).isEmpty();
	}

	@Test
	void anEventOfAGroupCommitCountsAllItsResponses() {
		MutableClock clock = new MutableClock(Instant.parse("2026-12-03T03:00:00Z"));
		BurstMonitor monitor = new BurstMonitor(10, 5, clock);
		monitor.on(new th.ita.survey.ResponsesRecorded(2568, "S4001", th.ita.survey.SurveyInstrument.EIT, 3));
		assertThat(monitor.bursts(2568)).isEmpty();
		monitor.on(new th.ita.survey.ResponsesRecorded(2568, "S4001", th.ita.survey.SurveyInstrument.EIT, 2));
		assertThat(monitor.bursts(2568)).singleElement().satisfies(b -> assertThat(b.responses()).isEqualTo(5));
	}

	static final class MutableClock extends Clock {

		Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.ofHours(7);
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public long millis() {
			return this.now.toEpochMilli();
		}

	}

}
