package th.ita.scoring.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import th.ita.assessment.PastResults;
import th.ita.assessment.RoundSummary;
import th.ita.assessment.Rounds;
import th.ita.framework.FrameworkCatalog;
import th.ita.framework.FrameworkDefinition;
import th.ita.framework.GradeBand;
import th.ita.scoring.AgencyHistory;
import th.ita.scoring.AgencyHistory.HistoryIndicator;
import th.ita.scoring.AgencyHistory.HistoryYear;
import th.ita.scoring.AgencyHistory.Source;
import th.ita.scoring.AgencyHistory.Trend;
import th.ita.scoring.AgencyResult;
import th.ita.scoring.NationalSummary;
import th.ita.scoring.RankingQuery;
import th.ita.scoring.RoundRanking;
import th.ita.scoring.ScoreResults;
import th.ita.scoring.snapshot.Recomputer;
import th.ita.scoring.snapshot.Snapshot;
import th.ita.scoring.snapshot.Snapshots;

import org.springframework.stereotype.Service;

/** {@link ScoreResults} from the stored snapshots. */
@Service
class ScoreResultsService implements ScoreResults {

	private static final BigDecimal DEFAULT_PASS_MARK = BigDecimal.valueOf(85);

	private final Snapshots snapshots;

	private final RoundIndex ranking;

	private final PastResults imported;

	private final Recomputer recomputer;

	private final Rounds rounds;

	private final FrameworkCatalog frameworks;

	ScoreResultsService(Snapshots snapshots, RoundIndex ranking, PastResults imported, Recomputer recomputer,
			Rounds rounds, FrameworkCatalog frameworks) {
		this.snapshots = snapshots;
		this.ranking = ranking;
		this.imported = imported;
		this.recomputer = recomputer;
		this.rounds = rounds;
		this.frameworks = frameworks;
	}

	@Override
	public Optional<AgencyResult> agency(int fiscalYear, String agencyCode) {
		Optional<AgencyResult> stored = this.snapshots.result(fiscalYear, agencyCode);
		if (stored.isEmpty() && this.recomputer.recompute(fiscalYear, agencyCode).isPresent()) {
			stored = this.snapshots.result(fiscalYear, agencyCode);
		}
		return stored;
	}

	@Override
	public RoundRanking ranking(int fiscalYear, RankingQuery query) {
		Optional<FrameworkDefinition> framework = framework(fiscalYear);
		RankedRound.Result ranked = this.ranking.round(fiscalYear).query(query);
		RankedRound.Totals totals = ranked.totals();
		Map<String, Long> grades = new LinkedHashMap<>();
		framework.ifPresent(f -> f.gradeBands().forEach(b -> grades.put(b.grade(), 0L)));
		grades.putAll(totals.grades());
		BigDecimal passMark = framework.map(FrameworkDefinition::passMark).orElse(DEFAULT_PASS_MARK);
		BigDecimal rate = (totals.scored() == 0) ? null : BigDecimal.valueOf(totals.passed() * 100)
			.divide(BigDecimal.valueOf(totals.scored()), 2, RoundingMode.HALF_UP);
		NationalSummary summary = new NationalSummary(totals.enrolled(), totals.scored(), totals.complete(),
				totals.mean(), totals.median(), grades, totals.passed(), rate, passMark, NationalSummary.TARGET_RATE,
				rate != null && rate.compareTo(NationalSummary.TARGET_RATE) >= 0);
		return new RoundRanking(fiscalYear, isPublished(fiscalYear), totals.enrolled(), query.page(), query.size(),
				ranked.page(), summary);
	}

	@Override
	public AgencyHistory history(String agencyCode) {
		TreeMap<Integer, HistoryYear> years = new TreeMap<>();
		for (PastResults.PastResult year : this.imported.of(agencyCode)) {
			List<HistoryIndicator> indicators = new ArrayList<>();
			for (int i = 0; i < year.indicators().size(); i++) {
				if (year.indicators().get(i) != null) {
					indicators.add(new HistoryIndicator(i + 1, year.indicators().get(i), null, true));
				}
			}
			Optional<FrameworkDefinition> bands = bandsFor(year.fiscalYear());
			years.put(year.fiscalYear(),
					new HistoryYear(year.fiscalYear(), Source.IMPORTED, year.ita(), grade(bands, year.ita()),
							year.ita()
								.compareTo(bands.map(FrameworkDefinition::passMark).orElse(DEFAULT_PASS_MARK)) >= 0,
							null, null, true, indicators));
		}
		Map<Integer, Map<Integer, List<String>>> previousLinks = new TreeMap<>();
		for (Snapshot snapshot : this.snapshots.ofAgency(agencyCode)) {
			AgencyResult r = snapshot.result();
			if (r.itaRounded() == null) {
				continue;
			}
			List<HistoryIndicator> indicators = new ArrayList<>();
			Map<Integer, List<String>> links = new TreeMap<>();
			for (AgencyResult.IndicatorResult i : r.indicators()) {
				if (i.rounded() != null) {
					indicators.add(new HistoryIndicator(i.number(), i.rounded(), null, false));
					links.put(i.number(), i.previous());
				}
			}
			previousLinks.put(r.fiscalYear(), links);
			years.put(r.fiscalYear(), new HistoryYear(r.fiscalYear(), Source.ROUND, r.itaRounded(), r.grade(),
					r.passed(), null, null, r.published(), indicators));
		}
		List<HistoryYear> out = new ArrayList<>();
		HistoryYear before = null;
		for (HistoryYear year : years.values()) {
			out.add(withDifference(year, before, previousLinks.get(year.fiscalYear())));
			before = year;
		}
		return new AgencyHistory(agencyCode, out);
	}

	/**
	 * The year with its difference and trend against the year before, and each indicator
	 * compared where comparable: imported years by number; round years where the
	 * framework's {@code previous} links name an indicator code of the year before
	 * (imported indicators are known by number, which is their code in the default
	 * framework).
	 */
	private static HistoryYear withDifference(HistoryYear year, @Nullable HistoryYear before,
			@Nullable Map<Integer, List<String>> links) {
		if (before == null) {
			return new HistoryYear(year.fiscalYear(), year.source(), year.ita(), year.grade(), year.passed(), null,
					null, year.published(),
					year.indicators()
						.stream()
						.map(i -> new HistoryIndicator(i.number(), i.score(), null, false))
						.toList());
		}
		BigDecimal difference = year.ita().subtract(before.ita());
		List<HistoryIndicator> indicators = new ArrayList<>();
		for (HistoryIndicator i : year.indicators()) {
			HistoryIndicator match = null;
			if (links == null) {
				match = before.indicators().stream().filter(b -> b.number() == i.number()).findFirst().orElse(null);
			}
			else {
				List<String> previous = links.getOrDefault(i.number(), List.of());
				match = before.indicators()
					.stream()
					.filter(b -> previous.contains(String.valueOf(b.number())))
					.findFirst()
					.orElse(null);
			}
			boolean comparable = match != null && match.score() != null && i.score() != null;
			indicators.add(new HistoryIndicator(i.number(), i.score(),
					comparable ? i.score().subtract(match.score()) : null, comparable));
		}
		return new HistoryYear(year.fiscalYear(), year.source(), year.ita(), year.grade(), year.passed(), difference,
				trend(difference), year.published(), indicators);
	}

	static Trend trend(BigDecimal difference) {
		return switch (difference.signum()) {
			case 1 -> Trend.UP;
			case -1 -> Trend.DOWN;
			default -> Trend.SAME;
		};
	}

	private static @Nullable String grade(Optional<FrameworkDefinition> framework, BigDecimal score) {
		return framework.filter(f -> !f.gradeBands().isEmpty())
			.map(f -> f.grade(score))
			.map(GradeBand::grade)
			.orElse(null);
	}

	private Optional<FrameworkDefinition> framework(int fiscalYear) {
		return this.rounds.find(fiscalYear).map(RoundSummary::framework).flatMap(this.frameworks::definition);
	}

	/** The grade bands of the year's round, else of the newest framework stored. */
	private Optional<FrameworkDefinition> bandsFor(int fiscalYear) {
		Optional<FrameworkDefinition> framework = framework(fiscalYear);
		if (framework.isPresent()) {
			return framework;
		}
		return this.frameworks.all().stream().findFirst().flatMap(s -> this.frameworks.definition(s.ref()));
	}

	@Override
	public boolean isPublished(int fiscalYear) {
		return this.snapshots.publishedAt(fiscalYear).isPresent();
	}

	@Override
	public Optional<Instant> publishedAt(int fiscalYear) {
		return this.snapshots.publishedAt(fiscalYear);
	}

}
