package th.ita.assessment.domain;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import th.ita.agency.AgencyDirectory;
import th.ita.agency.AgencyType;
import th.ita.assessment.Activity;
import th.ita.assessment.AssessmentTestSupport;
import th.ita.assessment.RoundSummary;
import th.ita.assessment.Rounds;
import th.ita.framework.Instrument;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo loader, called directly (tests run with {@code ita.demo=false}): two synthetic
 * rounds with every ESA enrolled, and the history of สพม.ขอนแก่น from seed 001; a second
 * run changes nothing.
 */
class AssessmentDemoDataTests extends AssessmentTestSupport {

	@Autowired
	AssessmentDemoData demo;

	@Autowired
	Rounds rounds;

	@Autowired
	HistoryImporter history;

	@Autowired
	AgencyDirectory agencies;

	@Test
	void loadsRoundsEnrolmentsAndHistoryOnce() throws Exception {
		this.demo.load();
		this.demo.load();
		long esas = this.agencies.all()
			.stream()
			.filter(a -> a.type() == AgencyType.PRIMARY_ESA || a.type() == AgencyType.SECONDARY_ESA)
			.count();
		assertThat(esas).isGreaterThanOrEqualTo(245);
		RoundSummary past = this.rounds.find(2567).orElseThrow();
		assertThat(past.synthetic()).isTrue();
		assertThat(past.framework().code()).isEqualTo("ITA-ESA-2567");
		assertThat(past.windows()).hasSize(6).allSatisfy((a, w) -> assertThat(w.to()).isBefore(today()));
		RoundSummary current = this.rounds.find(2568).orElseThrow();
		assertThat(current.synthetic()).isTrue();
		assertThat(this.rounds.isOpen(2568, Activity.COLLECTION)).isTrue();
		assertThat(this.rounds.isOpen(2568, Activity.OIT_SUBMISSION)).isTrue();
		assertThat(this.rounds.isOpen(2568, Activity.OIT_REVIEW)).isFalse();
		assertThat(current.windows().get(Activity.PUBLICATION).from()).isAfter(today());
		assertThat(this.rounds.enrolments(2567)).hasSize((int) esas);
		assertThat(this.rounds.enrolments(2568)).hasSize((int) esas);
		assertThat(this.rounds.enrolments(2568)).allSatisfy(e -> {
			assertThat(e.population(Instrument.IIT)).isBetween(40, 180);
			assertThat(e.minimumSample(Instrument.IIT)).isPositive();
		});
		assertThat(this.rounds.enrolment(2567, "S4001").orElseThrow().population())
			.isEqualTo(this.rounds.enrolment(2568, "S4001").orElseThrow().population());
		List<HistoryEntry> s4001 = this.history.of("S4001");
		assertThat(s4001).extracting(HistoryEntry::fiscalYear).containsExactly(2561, 2562, 2563, 2564, 2565, 2566);
		assertThat(s4001).extracting(e -> e.itaScore().toPlainString())
			.containsExactly("66.57", "86.82", "87.67", "91.50", "90.53", "90.10");
		assertThat(s4001.get(5).indicators()).hasSize(10);
		assertThat(s4001.get(5).indicators().get(0)).isEqualByComparingTo(new BigDecimal("98.71"));
		assertThat(s4001.get(5).indicators().get(9)).isEqualByComparingTo(new BigDecimal("83.75"));
		assertThat(s4001.get(0).indicators()).isEmpty();
	}

}
