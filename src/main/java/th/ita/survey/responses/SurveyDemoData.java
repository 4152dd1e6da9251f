package th.ita.survey.responses;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.ita.agency.AgencyDirectory;
import th.ita.agency.AgencySummary;
import th.ita.assessment.Activity;
import th.ita.assessment.Enrolment;
import th.ita.assessment.RoundSummary;
import th.ita.assessment.Rounds;
import th.ita.assessment.Window;
import th.ita.framework.AnswerScale;
import th.ita.framework.FrameworkCatalog;
import th.ita.framework.FrameworkDefinition;
import th.ita.framework.Instrument;
import th.ita.framework.Item;
import th.ita.shared.DemoMode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo data of the survey module (order 200, only when {@link DemoMode} is on): synthetic
 * IIT and EIT responses from a fixed seed for every agency enrolled in round 2567 (a
 * respondent count between the minimum sample and the population; answers drawn around an
 * agency-level quality so that survey scores land mostly between 75 and 98), spread over
 * the collection window's days, plus a planted burst of identical answers for one agency
 * so that the anomaly report has something to show. The open round 2568 gets none, so a
 * user can try every step from an empty round (issue 3). Inserted directly in batches of
 * arrays ({@code unnest}), a few seconds for ~60,000 rows. Idempotent: a round that
 * already has responses is skipped.
 */
@Component
public class SurveyDemoData {

	static final long SEED = 2567L;

	static final int PAST = 2567;

	private static final int BATCH = 5_000;

	private static final Logger log = LoggerFactory.getLogger(SurveyDemoData.class);

	private final DemoMode demo;

	private final Rounds rounds;

	private final AgencyDirectory agencies;

	private final FrameworkCatalog frameworks;

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	SurveyDemoData(DemoMode demo, Rounds rounds, AgencyDirectory agencies, FrameworkCatalog frameworks,
			JdbcTemplate jdbc, JsonMapper json) {
		this.demo = demo;
		this.rounds = rounds;
		this.agencies = agencies;
		this.frameworks = frameworks;
		this.jdbc = jdbc;
		this.json = json;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(200)
	void onReady() {
		if (!this.demo.enabled()) {
			return;
		}
		try {
			load(PAST, 1.0);
		}
		catch (RuntimeException ex) {
			log.warn("Demo data of the survey module could not be loaded", ex);
		}
	}

	/**
	 * Loads synthetic responses for a round unless it has some.
	 * @param share 1.0 for a complete round; otherwise a third of the agencies get up to
	 * this share of their minimum sample
	 * @return rows inserted
	 */
	public int load(int fiscalYear, double share) {
		RoundSummary round = this.rounds.find(fiscalYear).orElse(null);
		if (round == null || hasResponses(fiscalYear)) {
			return 0;
		}
		FrameworkDefinition framework = this.frameworks.definition(round.framework()).orElse(null);
		Window collection = round.window(Activity.COLLECTION).orElse(null);
		if (framework == null || collection == null) {
			return 0;
		}
		LocalDate today = SurveyForms.today();
		LocalDate from = collection.from();
		LocalDate to = collection.to().isAfter(today) ? today : collection.to();
		if (to.isBefore(from)) {
			return 0;
		}
		long started = System.nanoTime();
		Rows rows = new Rows();
		SplittableRandom random = new SplittableRandom(SEED * 1_000 + fiscalYear);
		List<Enrolment> enrolments = this.rounds.enrolments(fiscalYear);
		Map<Instrument, Model> models = new HashMap<>();
		int inserted = 0;
		for (int a = 0; a < enrolments.size(); a++) {
			Enrolment enrolment = enrolments.get(a);
			AgencySummary agency = this.agencies.find(enrolment.agencyCode()).orElse(null);
			if (agency == null || share < 1.0 && random.nextInt(3) != 0) {
				continue;
			}
			// Most agencies do well, a few less so.
			double quality = (random.nextInt(10) == 0) ? random.nextDouble(0.45, 0.6) : random.nextDouble(0.6, 0.93);
			for (Instrument instrument : List.of(Instrument.IIT, Instrument.EIT)) {
				Model model = models.computeIfAbsent(instrument,
						i -> new Model(Questionnaires.build(fiscalYear, agency, framework, i, false), framework, i));
				int n = count(enrolment, instrument, share, random);
				for (int r = 0; r < n; r++) {
					String group = model.group(random);
					double q = Math.max(0.2, Math.min(0.99, quality + random.nextGaussian() * 0.08));
					rows.add(agency.code(), instrument, group, model.answers(group, q, random), day(from, to, random));
				}
				if (share >= 1.0 && instrument == Instrument.EIT && a == 9) {
					// A planted burst: 25 identical answer vectors on one day.
					String group = model.group(random);
					String answers = model.answers(group, 0.3, random);
					LocalDate day = day(from, to, random);
					for (int r = 0; r < 25; r++) {
						rows.add(agency.code(), instrument, group, answers, day);
					}
				}
				if (rows.size() >= BATCH) {
					inserted += flush(fiscalYear, rows);
				}
			}
		}
		inserted += flush(fiscalYear, rows);
		log.info("Demo data: {} synthetic survey responses in round {} ({} ms)", inserted, fiscalYear,
				(System.nanoTime() - started) / 1_000_000);
		return inserted;
	}

	private static int count(Enrolment enrolment, Instrument instrument, double share, SplittableRandom random) {
		int minimum = enrolment.minimumSample(instrument);
		int population = enrolment.population(instrument);
		if (minimum <= 0) {
			minimum = (instrument == Instrument.IIT) ? Math.max(1, population / 2) : 30;
		}
		if (share < 1.0) {
			return random.nextInt((int) Math.max(1, Math.round(minimum * share)) + 1);
		}
		int top = Math.max(minimum, (instrument == Instrument.IIT) ? population : (int) (minimum * 1.4));
		// Around the minimum, sometimes short of it, sometimes up to the population.
		int low = Math.max(1, (int) (minimum * 0.9));
		return (top <= low) ? low : random.nextInt(low, top + 1);
	}

	private static LocalDate day(LocalDate from, LocalDate to, SplittableRandom random) {
		long days = ChronoUnit.DAYS.between(from, to);
		return from.plusDays((days <= 0) ? 0 : random.nextLong(days + 1));
	}

	private boolean hasResponses(int fiscalYear) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(
				"select exists (select 1 from survey_response where fiscal_year = ?)", Boolean.class, fiscalYear));
	}

	private int flush(int fiscalYear, Rows rows) {
		if (rows.size() == 0) {
			return 0;
		}
		int n = rows.size();
		this.jdbc.execute((ConnectionCallback<Integer>) connection -> {
			try (PreparedStatement statement = connection.prepareStatement("""
					insert into survey_response (id, fiscal_year, agency_code, instrument, respondent_group, answers,
					  submitted_on)
					select t.id, ?, t.agency, t.instrument, t.grp, cast(t.answers as jsonb), t.day
					from unnest(?, ?, ?, ?, ?, ?) as t(id, agency, instrument, grp, answers, day)""")) {
				statement.setInt(1, fiscalYear);
				statement.setArray(2, array(connection, "uuid", rows.ids.toArray()));
				statement.setArray(3, array(connection, "varchar", rows.agencies.toArray()));
				statement.setArray(4, array(connection, "varchar", rows.instruments.toArray()));
				statement.setArray(5, array(connection, "varchar", rows.groups.toArray()));
				statement.setArray(6, array(connection, "text", rows.answers.toArray()));
				statement.setArray(7, array(connection, "date", rows.days.toArray()));
				return statement.executeUpdate();
			}
		});
		rows.clear();
		return n;
	}

	private static Array array(Connection connection, String type, Object[] values) throws java.sql.SQLException {
		return connection.createArrayOf(type, values);
	}

	/** The columns of rows waiting to be inserted. */
	private static final class Rows {

		final List<UUID> ids = new ArrayList<>();

		final List<String> agencies = new ArrayList<>();

		final List<String> instruments = new ArrayList<>();

		final List<String> groups = new ArrayList<>();

		final List<String> answers = new ArrayList<>();

		final List<Date> days = new ArrayList<>();

		void add(String agency, Instrument instrument, String group, String answersJson, LocalDate day) {
			this.ids.add(UUID.randomUUID());
			this.agencies.add(agency);
			this.instruments.add(instrument.name());
			this.groups.add(group);
			this.answers.add(answersJson);
			this.days.add(Date.valueOf(day));
		}

		int size() {
			return this.ids.size();
		}

		void clear() {
			this.ids.clear();
			this.agencies.clear();
			this.instruments.clear();
			this.groups.clear();
			this.answers.clear();
			this.days.clear();
		}

	}

	/**
	 * Per question of an instrument, its option values from the best score to the worst.
	 */
	private final class Model {

		private final Questionnaire questionnaire;

		private final Map<String, int[]> ranked = new HashMap<>();

		Model(Questionnaire questionnaire, FrameworkDefinition framework, Instrument instrument) {
			this.questionnaire = questionnaire;
			Map<String, Item> leaves = new HashMap<>();
			framework.leafItems(instrument).forEach(leaf -> leaves.put(String.valueOf(leaf.code()), leaf));
			questionnaire.sections().stream().flatMap(s -> s.items().stream()).forEach(question -> {
				Item leaf = leaves.get(question.code());
				AnswerScale scale = (leaf != null) ? framework.scale(leaf.scale()).orElse(null) : null;
				boolean reverse = leaf != null && leaf.reverse();
				Comparator<Questionnaire.Option> best = Comparator.comparing((Questionnaire.Option o) -> (scale != null)
						? scale.score(o.value(), reverse) : BigDecimal.ZERO);
				this.ranked.put(question.code(),
						question.options()
							.stream()
							.sorted(best.reversed())
							.mapToInt(Questionnaire.Option::value)
							.toArray());
			});
		}

		String group(SplittableRandom random) {
			List<Questionnaire.Group> groups = this.questionnaire.respondentGroups();
			// The first group (e.g. service recipients) answers more often than the
			// others.
			return (groups.size() == 1 || random.nextInt(10) < 6) ? groups.get(0).code()
					: groups.get(1 + random.nextInt(groups.size() - 1)).code();
		}

		String answers(String group, double quality, SplittableRandom random) {
			Map<String, Integer> answers = new TreeMap<>();
			for (Questionnaire.Question question : this.questionnaire.questions(group)) {
				int[] values = this.ranked.get(question.code());
				int rank = 0;
				while (rank < values.length - 1 && random.nextDouble() > ((rank == 0) ? quality : 0.65)) {
					rank++;
				}
				answers.put(question.code(), values[rank]);
			}
			return SurveyDemoData.this.json.writeValueAsString(answers);
		}

	}

}
