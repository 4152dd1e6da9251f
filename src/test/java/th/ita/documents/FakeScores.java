package th.ita.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import th.ita.agency.AgencyType;
import th.ita.agency.Region;
import th.ita.framework.FrameworkRef;
import th.ita.framework.Instrument;
import th.ita.scoring.AgencyHistory;
import th.ita.scoring.AgencyResult;
import th.ita.scoring.NationalSummary;
import th.ita.scoring.RankingQuery;
import th.ita.scoring.RoundRanking;
import th.ita.scoring.ScoreResults;

/**
 * Score results held in memory, shaped like seed 001's agency (ITA 90.10, indicators as
 * in its table), for the document tests while the scoring module's implementation is
 * elsewhere. Only what the documents read.
 */
public class FakeScores implements ScoreResults {

	public static final FrameworkRef FRAMEWORK = new FrameworkRef("ITA-ESA-2567", 1);

	public static final List<String> INDICATORS = List.of("การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ",
			"การใช้ทรัพย์สินของราชการ", "การแก้ไขปัญหาการทุจริต", "คุณภาพการดำเนินงาน", "ประสิทธิภาพการสื่อสาร",
			"การปรับปรุงระบบการทำงาน", "การเปิดเผยข้อมูล", "การป้องกันการทุจริต");

	public static final List<String> SCORES = List.of("98.71", "90.03", "95.49", "94.20", "93.24", "90.87", "91.14",
			"88.02", "90.00", "83.75");

	record Entry(AgencyResult result, AgencyType type, Region region, String province) {
	}

	private final Map<Integer, Map<String, Entry>> rounds = new ConcurrentHashMap<>();

	private final Map<Integer, Boolean> published = new ConcurrentHashMap<>();

	public void publish(int year) {
		this.published.put(year, true);
	}

	/** An agency whose indicators are the seed's scores shifted by {@code delta}. */
	public AgencyResult add(int year, String code, String name, double delta, Region region) {
		List<AgencyResult.IndicatorResult> indicators = new ArrayList<>();
		List<AgencyResult.ItemResult> items = new ArrayList<>();
		BigDecimal sum = BigDecimal.ZERO;
		for (int i = 0; i < INDICATORS.size(); i++) {
			BigDecimal score = new BigDecimal(SCORES.get(i)).add(BigDecimal.valueOf(delta))
				.min(BigDecimal.valueOf(100));
			sum = sum.add(score);
			Instrument instrument = (i < 5) ? Instrument.IIT : (i < 8) ? Instrument.EIT : Instrument.OIT;
			indicators.add(new AgencyResult.IndicatorResult(i + 1, "I" + (i + 1), instrument, INDICATORS.get(i),
					"Indicator " + (i + 1), score, score.setScale(2, RoundingMode.HALF_UP), grade(score), false,
					List.of()));
			items.add(new AgencyResult.ItemResult("I" + (i + 1) + ".1", i + 1, null, true,
					"ข้อคำถามของตัวชี้วัดที่ " + (i + 1), "Item " + (i + 1), score.subtract(BigDecimal.ONE),
					score.subtract(BigDecimal.ONE).setScale(2, RoundingMode.HALF_UP), 40));
		}
		BigDecimal ita = sum.divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP);
		List<AgencyResult.InstrumentResult> instruments = List.of(
				new AgencyResult.InstrumentResult(Instrument.IIT, BigDecimal.valueOf(30), ita, ita, 52, 40, true),
				new AgencyResult.InstrumentResult(Instrument.EIT, BigDecimal.valueOf(30), ita, ita, 120, 100, true),
				new AgencyResult.InstrumentResult(Instrument.OIT, BigDecimal.valueOf(40), ita, ita, null, null, true));
		AgencyResult result = new AgencyResult(year, code, name, FRAMEWORK, ita, ita, grade(ita),
				ita.compareTo(BigDecimal.valueOf(85)) >= 0, true, instruments, indicators, items, "f".repeat(64),
				Instant.parse("2024-09-30T10:00:00Z"), isPublished(year));
		this.rounds.computeIfAbsent(year, y -> new LinkedHashMap<>())
			.put(code, new Entry(result, AgencyType.SECONDARY_ESA, region, "ขอนแก่น"));
		return result;
	}

	static String grade(BigDecimal score) {
		double s = score.doubleValue();
		return s >= 95 ? "AA" : s >= 85 ? "A" : s >= 75 ? "B" : s >= 65 ? "C" : s >= 55 ? "D" : s >= 50 ? "E" : "F";
	}

	@Override
	public Optional<AgencyResult> agency(int fiscalYear, String agencyCode) {
		return Optional.ofNullable(this.rounds.getOrDefault(fiscalYear, Map.of()).get(agencyCode)).map(Entry::result);
	}

	@Override
	public RoundRanking ranking(int fiscalYear, RankingQuery query) {
		List<Entry> entries = this.rounds.getOrDefault(fiscalYear, Map.of())
			.values()
			.stream()
			.filter(e -> query.region() == null || e.region() == query.region())
			.filter(e -> query.type() == null || e.type() == query.type())
			.sorted(Comparator.comparing((Entry e) -> e.result().itaRounded()).reversed())
			.toList();
		List<RoundRanking.RankedAgency> rows = new ArrayList<>();
		for (Entry e : entries) {
			BigDecimal ita = e.result().itaRounded();
			int rank = 1 + (int) entries.stream().filter(o -> o.result().itaRounded().compareTo(ita) > 0).count();
			rows.add(new RoundRanking.RankedAgency(rank, e.result().agencyCode(), e.result().agencyNameTh(), e.type(),
					e.region(), e.province(), ita, e.result().grade(), e.result().passed(), true));
		}
		int from = Math.min(query.page() * query.size(), rows.size());
		int to = Math.min(from + query.size(), rows.size());
		return new RoundRanking(fiscalYear, isPublished(fiscalYear), rows.size(), query.page(), query.size(),
				rows.subList(from, to), summary(rows));
	}

	private static NationalSummary summary(List<RoundRanking.RankedAgency> rows) {
		Map<String, Long> grades = new LinkedHashMap<>();
		for (String g : List.of("AA", "A", "B", "C", "D", "E", "F")) {
			grades.put(g, rows.stream().filter(r -> g.equals(r.grade())).count());
		}
		long passed = rows.stream().filter(RoundRanking.RankedAgency::passed).count();
		BigDecimal mean = rows.isEmpty() ? null
				: rows.stream()
					.map(RoundRanking.RankedAgency::ita)
					.reduce(BigDecimal.ZERO, BigDecimal::add)
					.divide(BigDecimal.valueOf(rows.size()), 2, RoundingMode.HALF_UP);
		BigDecimal rate = rows.isEmpty() ? null
				: BigDecimal.valueOf(passed * 100).divide(BigDecimal.valueOf(rows.size()), 2, RoundingMode.HALF_UP);
		return new NationalSummary(rows.size(), rows.size(), rows.size(), mean, mean, grades, passed, rate,
				BigDecimal.valueOf(85), NationalSummary.TARGET_RATE,
				rate != null && rate.compareTo(NationalSummary.TARGET_RATE) >= 0);
	}

	@Override
	public AgencyHistory history(String agencyCode) {
		List<AgencyHistory.HistoryYear> years = new ArrayList<>();
		String[][] seed = { { "2564", "91.50", "A" }, { "2565", "90.53", "A" }, { "2566", "90.10", "A" } };
		BigDecimal previous = null;
		for (String[] y : seed) {
			BigDecimal ita = new BigDecimal(y[1]);
			BigDecimal diff = (previous == null) ? null : ita.subtract(previous);
			AgencyHistory.Trend trend = (diff == null) ? null : diff.signum() > 0 ? AgencyHistory.Trend.UP
					: diff.signum() < 0 ? AgencyHistory.Trend.DOWN : AgencyHistory.Trend.SAME;
			years.add(new AgencyHistory.HistoryYear(Integer.parseInt(y[0]), AgencyHistory.Source.IMPORTED, ita, y[2],
					true, diff, trend, true, List.of()));
			previous = ita;
		}
		return new AgencyHistory(agencyCode, years);
	}

	@Override
	public boolean isPublished(int fiscalYear) {
		return this.published.getOrDefault(fiscalYear, false);
	}

	@Override
	public Optional<Instant> publishedAt(int fiscalYear) {
		return isPublished(fiscalYear) ? Optional.of(Instant.parse("2024-10-01T00:00:00Z")) : Optional.empty();
	}

}
