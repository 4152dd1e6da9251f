package th.ita.assessment.domain;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.ita.agency.AgencyDirectory;
import th.ita.agency.AgencySummary;
import th.ita.agency.AgencyType;
import th.ita.assessment.Activity;
import th.ita.shared.DemoMode;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Demo data of the assessment module, loaded once when {@link DemoMode} is on, after the
 * agency and framework loaders: the history of สพม.ขอนแก่น from seed document 001, and
 * two synthetic rounds on {@code ITA-ESA-2567} with every ESA enrolled: 2567 with all
 * windows in the past, 2568 with collection and OIT submission open around the day of the
 * first start. The IIT population is the agency's staff count (the demo registry gives
 * every ESA a synthetic one), or a synthetic 40-180 from a fixed seed when it has none.
 * Idempotent: each part is skipped when present.
 * <p>
 * It runs when the application is ready, that is after every {@code ApplicationRunner}:
 * the agency module's {@code EsaSeeder} is an unordered runner (lowest precedence), so an
 * {@code @Order(100)} runner would run before it, on an empty registry. A failure is
 * logged and does not stop the application.
 */
@Component
class AssessmentDemoData {

	static final String HISTORY = "assessment/demo-history.csv";

	static final String FRAMEWORK = "ITA-ESA-2567";

	static final long SEED = 2567L;

	private static final Logger log = LoggerFactory.getLogger(AssessmentDemoData.class);

	private final DemoMode demo;

	private final RoundService rounds;

	private final EnrolmentService enrolments;

	private final HistoryImporter history;

	private final AgencyDirectory agencies;

	AssessmentDemoData(DemoMode demo, RoundService rounds, EnrolmentService enrolments, HistoryImporter history,
			AgencyDirectory agencies) {
		this.demo = demo;
		this.rounds = rounds;
		this.enrolments = enrolments;
		this.history = history;
		this.agencies = agencies;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(100)
	void onReady() {
		if (!this.demo.enabled()) {
			return;
		}
		try {
			load();
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Demo data of the assessment module could not be loaded", ex);
		}
	}

	/** Loads whatever part of the demo data is missing. */
	void load() throws IOException {
		if (this.agencies.exists("S4001") && this.history.of("S4001").isEmpty()) {
			byte[] csv;
			try (InputStream in = new ClassPathResource(HISTORY).getInputStream()) {
				csv = in.readAllBytes();
			}
			HistoryResult result = this.history.importCsv(csv);
			if (!result.ok()) {
				throw new IllegalStateException("The shipped " + HISTORY + " does not import: " + result.errors());
			}
			log.info("Demo data: imported {} history results of S4001", result.created());
		}
		round(2567, past());
		round(2568, current(this.rounds.today()));
	}

	private void round(int fiscalYear, Map<String, @Nullable WindowInput> windows) {
		if (this.rounds.find(fiscalYear).isEmpty()) {
			this.rounds.create(new NewRound(fiscalYear, null, FRAMEWORK, null, windows, true));
			log.info("Demo data: created the synthetic round {}", fiscalYear);
		}
		if (this.rounds.enrolmentCount(fiscalYear) == 0) {
			List<AgencySummary> esas = esas();
			Map<String, @Nullable Map<String, @Nullable Integer>> population = new LinkedHashMap<>();
			esas.forEach(a -> population.put(a.code(), population(a)));
			if (!esas.isEmpty()) {
				EnrolResult result = this.enrolments.enrol(fiscalYear, esas.stream().map(AgencySummary::code).toList(),
						null, population);
				log.info("Demo data: enrolled {} ESAs in round {}", result.added().size(), fiscalYear);
			}
		}
	}

	private List<AgencySummary> esas() {
		return this.agencies.all()
			.stream()
			.filter(a -> a.type() == AgencyType.PRIMARY_ESA || a.type() == AgencyType.SECONDARY_ESA)
			.toList();
	}

	/** Synthetic but stable: the same agency always gets the same figures. */
	static Map<String, @Nullable Integer> population(AgencySummary agency) {
		SplittableRandom random = new SplittableRandom(SEED * 31 + agency.code().hashCode());
		int staff = random.nextInt(40, 181);
		int external = random.nextInt(120, 401);
		Map<String, @Nullable Integer> figures = new LinkedHashMap<>();
		figures.put("IIT", (agency.staffCount() != null) ? agency.staffCount() : staff);
		figures.put("EIT", external);
		return figures;
	}

	/** Round 2567 (October 2023 - September 2024), as NACC's calendar ran: all past. */
	static Map<String, @Nullable WindowInput> past() {
		Map<String, @Nullable WindowInput> w = new LinkedHashMap<>();
		w.put(Activity.COLLECTION.name(), window("2024-01-01", "2024-06-30"));
		w.put(Activity.OIT_SUBMISSION.name(), window("2024-03-01", "2024-04-30"));
		w.put(Activity.OIT_REVIEW.name(), window("2024-05-01", "2024-05-31"));
		w.put(Activity.OIT_CLARIFICATION.name(), window("2024-06-01", "2024-06-15"));
		w.put(Activity.OIT_CONFIRMATION.name(), window("2024-06-16", "2024-06-30"));
		w.put(Activity.PUBLICATION.name(), window("2024-08-15", "2024-09-30"));
		return w;
	}

	/** Round 2568: collection and OIT submission open now, the rest after. */
	static Map<String, @Nullable WindowInput> current(LocalDate today) {
		Map<String, @Nullable WindowInput> w = new LinkedHashMap<>();
		w.put(Activity.COLLECTION.name(), new WindowInput(today.minusDays(7), today.plusDays(60)));
		w.put(Activity.OIT_SUBMISSION.name(), new WindowInput(today.minusDays(7), today.plusDays(60)));
		w.put(Activity.OIT_REVIEW.name(), new WindowInput(today.plusDays(61), today.plusDays(90)));
		w.put(Activity.OIT_CLARIFICATION.name(), new WindowInput(today.plusDays(91), today.plusDays(105)));
		w.put(Activity.OIT_CONFIRMATION.name(), new WindowInput(today.plusDays(106), today.plusDays(120)));
		w.put(Activity.PUBLICATION.name(), new WindowInput(today.plusDays(150), today.plusDays(180)));
		return w;
	}

	private static WindowInput window(String from, String to) {
		return new WindowInput(LocalDate.parse(from), LocalDate.parse(to));
	}

}
