package th.ita.scoring.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import th.ita.assessment.Enrolment;
import th.ita.assessment.PastResults;
import th.ita.assessment.RoundSummary;
import th.ita.assessment.Rounds;
import th.ita.framework.FrameworkCatalog;
import th.ita.framework.FrameworkDefinition;
import th.ita.framework.Instrument;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The national dashboard beyond the ranking: comparison by region and by agency type, the
 * trend over the fiscal years (rounds and imported history) and collection progress. The
 * groups and the progress come from the round's ranking in memory ({@link RoundIndex}),
 * the trend from one SQL aggregate over {@code scoring_snapshot} and the assessment
 * module's API, so it stays fast at tens of thousands of agencies.
 */
@Service
public class Dashboard {

	private static final BigDecimal DEFAULT_PASS_MARK = BigDecimal.valueOf(85);

	private final JdbcClient jdbc;

	private final PastResults past;

	private final Rounds rounds;

	private final FrameworkCatalog frameworks;

	private final RoundIndex index;

	Dashboard(JdbcClient jdbc, PastResults past, Rounds rounds, FrameworkCatalog frameworks, RoundIndex index) {
		this.index = index;
		this.jdbc = jdbc;
		this.past = past;
		this.rounds = rounds;
		this.frameworks = frameworks;
	}

	/** Per region ({@code region}) or agency type ({@code agency_type}) of a round. */
	public List<Group> groups(int fiscalYear, boolean byRegion) {
		return this.index.round(fiscalYear).groups(a -> byRegion ? a.region().name() : a.type().name());
	}

	/**
	 * National mean and pass rate per fiscal year: rounds from their snapshots (only
	 * published rounds unless {@code unpublished}), imported history for the years
	 * before; oldest first.
	 */
	public List<TrendYear> trend(boolean unpublished) {
		Map<Integer, TrendYear> years = new TreeMap<>();
		for (PastResults.PastYear year : this.past.years(passMark(null))) {
			years.put(year.fiscalYear(), new TrendYear(year.fiscalYear(), false, year.agencies(), year.mean(),
					rate(year.passed(), year.agencies())));
		}
		this.jdbc.sql("""
				select s.fiscal_year, count(s.ita_rounded) as n, round(avg(s.ita_rounded), 2) as mean,
				  count(*) filter (where s.passed) as passed
				from scoring_snapshot s left join scoring_publication p on p.fiscal_year = s.fiscal_year
				where (p.fiscal_year is not null or :all) group by s.fiscal_year""")
			.param("all", unpublished)
			.query((rs, n) -> years.put(rs.getInt("fiscal_year"),
					new TrendYear(rs.getInt("fiscal_year"), true, rs.getLong("n"), rs.getBigDecimal("mean"),
							rate(rs.getLong("passed"), rs.getLong("n")))))
			.list();
		return new ArrayList<>(years.values());
	}

	/**
	 * Responses against the minimum samples per survey instrument: respondents as the
	 * latest snapshots counted them (a response shows within a second), minimums from the
	 * enrolments.
	 */
	public List<Progress> progress(int fiscalYear) {
		Map<String, long[]> respondents = this.index.round(fiscalYear).respondents();
		List<Progress> out = new ArrayList<>();
		List<Enrolment> enrolments = this.rounds.enrolments(fiscalYear);
		for (Instrument instrument : List.of(Instrument.IIT, Instrument.EIT)) {
			int index = (instrument == Instrument.IIT) ? 0 : 1;
			long responses = 0;
			long minimum = 0;
			long met = 0;
			for (Enrolment e : enrolments) {
				long n = respondents.getOrDefault(e.agencyCode(), new long[2])[index];
				int min = e.minimumSample(instrument);
				responses += n;
				minimum += min;
				met += (n >= min) ? 1 : 0;
			}
			out.add(new Progress(instrument, enrolments.size(), responses, minimum, met, rate(met, enrolments.size())));
		}
		return out;
	}

	private BigDecimal passMark(@Nullable Integer fiscalYear) {
		return ((fiscalYear != null) ? this.rounds.find(fiscalYear).map(RoundSummary::framework)
				: this.frameworks.all().stream().findFirst().map(s -> s.ref()))
			.flatMap(this.frameworks::definition)
			.map(FrameworkDefinition::passMark)
			.orElse(DEFAULT_PASS_MARK);
	}

	static @Nullable BigDecimal rate(long part, long whole) {
		return (whole == 0) ? null
				: BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
	}

	/** One region or type: agencies, mean ITA and pass rate (percent). */
	public record Group(String key, long agencies, @Nullable BigDecimal mean, @Nullable BigDecimal passRate) {
	}

	/** One fiscal year: from a round ({@code round}) or imported history. */
	public record TrendYear(int fiscalYear, boolean round, long agencies, @Nullable BigDecimal mean,
			@Nullable BigDecimal passRate) {
	}

	/** Collection progress of one instrument. */
	public record Progress(Instrument instrument, long agencies, long responses, long minimum, long agenciesMet,
			@Nullable BigDecimal metRate) {
	}

}
