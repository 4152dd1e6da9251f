package th.ita.scoring.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.CollationKey;
import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import th.ita.scoring.RankingQuery;
import th.ita.scoring.RoundRanking.RankedAgency;

/**
 * Every snapshotted agency of a round as narrow rows in memory, ranked once (competition
 * ranks over the whole round on the ITA at 2 decimals) and sorted once by rank, Thai name
 * and code, so a ranking page, its summary and the dashboard's groups are filtered,
 * counted and paged in Java without SQL. Immutable; {@link RoundIndex} replaces it after
 * a write.
 */
final class RankedRound {

	private static final Comparator<Row> BY_RANK = Comparator
		.comparing((Row r) -> r.agency().ita(), Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(r -> r.agency().agencyCode());

	private static final Comparator<Row> BY_CODE = Comparator.comparing(r -> r.agency().agencyCode());

	private static final Comparator<Row> BY_NAME = Comparator.comparing(Row::nameKey)
		.thenComparing(r -> r.agency().agencyCode());

	private final List<Row> byRank;

	private final List<Row> byName;

	private final List<Row> byCode;

	private RankedRound(List<Row> rows) {
		this.byRank = rows;
		this.byName = sorted(rows, BY_NAME);
		this.byCode = sorted(rows, BY_CODE);
	}

	/** Ranks the rows (any order) and sorts them once for every query. */
	static RankedRound of(List<Stored> stored) {
		Collator thai = Collator.getInstance(Locale.forLanguageTag("th-TH"));
		List<Row> rows = new ArrayList<>(stored.size());
		for (Stored s : stored) {
			rows.add(new Row(
					s.agency(), thai.getCollationKey(s.agency().nameTh()), normal(s.agency().agencyCode() + "\u0000"
							+ s.agency().nameTh() + "\u0000" + ((s.nameEn() != null) ? s.nameEn() : "")),
					s.iitRespondents(), s.eitRespondents()));
		}
		rows.sort(BY_RANK);
		List<Row> ranked = new ArrayList<>(rows.size());
		Integer rank = null;
		BigDecimal previous = null;
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			BigDecimal ita = row.agency().ita();
			if (ita != null && (previous == null || ita.compareTo(previous) != 0)) {
				rank = i + 1;
				previous = ita;
			}
			ranked.add(row.withRank((ita != null) ? rank : null));
		}
		return new RankedRound(List.copyOf(ranked));
	}

	/** The page the query asks for, with the totals over every matching agency. */
	Result query(RankingQuery q) {
		List<Row> order = switch (q.sort()) {
			case RANK -> this.byRank;
			case NAME -> this.byName;
			case CODE -> this.byCode;
		};
		String search = (q.search() != null) ? normal(q.search()) : null;
		List<Row> matching = new ArrayList<>();
		for (Row row : order) {
			RankedAgency a = row.agency();
			if ((q.type() == null || a.type() == q.type()) && (q.region() == null || a.region() == q.region())
					&& (q.province() == null || q.province().equals(a.province()))
					&& (search == null || row.search().contains(search))) {
				matching.add(row);
			}
		}
		Totals totals = totals(matching, q.sort() == RankingQuery.Sort.RANK);
		if (q.descending()) {
			matching.sort(descending(q.sort()));
		}
		long from = Math.min((long) q.page() * q.size(), matching.size());
		int to = (int) Math.min(from + q.size(), matching.size());
		List<RankedAgency> page = matching.subList((int) from, to).stream().map(Row::agency).toList();
		return new Result(page, totals);
	}

	/** Mean and pass rate per region or per type (the dashboard), by key. */
	List<Dashboard.Group> groups(Function<RankedAgency, String> key) {
		Map<String, List<Row>> groups = new TreeMap<>();
		this.byRank.forEach(r -> groups.computeIfAbsent(key.apply(r.agency()), k -> new ArrayList<>()).add(r));
		List<Dashboard.Group> out = new ArrayList<>();
		groups.forEach((k, rows) -> {
			Totals t = totals(rows, true);
			out.add(new Dashboard.Group(k, t.enrolled(), t.mean(), Dashboard.rate(t.passed(), t.scored())));
		});
		return out;
	}

	/** IIT and EIT respondents per agency code, as the snapshots counted them. */
	Map<String, long[]> respondents() {
		Map<String, long[]> out = new HashMap<>();
		this.byRank.forEach(r -> out.put(r.agency().agencyCode(), new long[] { r.iit(), r.eit() }));
		return out;
	}

	int size() {
		return this.byRank.size();
	}

	/**
	 * Totals as SQL gives them: mean of the rounded ITAs rounded half up, median
	 * interpolated ({@code percentile_cont(0.5)}), grades, passed, complete.
	 */
	private static Totals totals(List<Row> rows, boolean rankOrder) {
		long scored = 0;
		long complete = 0;
		long passed = 0;
		BigDecimal sum = BigDecimal.ZERO;
		Map<String, Long> grades = new HashMap<>();
		List<BigDecimal> itas = new ArrayList<>();
		for (Row row : rows) {
			RankedAgency a = row.agency();
			complete += a.complete() ? 1 : 0;
			passed += a.passed() ? 1 : 0;
			if (a.grade() != null) {
				grades.merge(a.grade(), 1L, Long::sum);
			}
			if (a.ita() != null) {
				scored++;
				sum = sum.add(a.ita());
				itas.add(a.ita());
			}
		}
		if (!rankOrder) {
			itas.sort(Comparator.reverseOrder());
		}
		BigDecimal mean = (scored == 0) ? null : sum.divide(BigDecimal.valueOf(scored), 2, RoundingMode.HALF_UP);
		BigDecimal median = null;
		int n = itas.size();
		if (n > 0) {
			BigDecimal middle = (n % 2 == 1) ? itas.get(n / 2)
					: itas.get(n / 2 - 1).add(itas.get(n / 2)).divide(BigDecimal.valueOf(2));
			median = middle.setScale(2, RoundingMode.HALF_UP);
		}
		return new Totals(rows.size(), scored, complete, mean, median, passed, grades);
	}

	private static Comparator<Row> descending(RankingQuery.Sort sort) {
		return switch (sort) {
			// as the SQL did: worst first, agencies without an ITA before them, ties by
			// code
			case RANK ->
				Comparator.comparing((Row r) -> r.agency().ita(), Comparator.nullsFirst(Comparator.naturalOrder()))
					.thenComparing(r -> r.agency().agencyCode());
			case NAME -> Comparator.comparing(Row::nameKey, Comparator.reverseOrder())
				.thenComparing(r -> r.agency().agencyCode());
			case CODE -> BY_CODE.reversed();
		};
	}

	/** Lower case, NFC, single spaces: what a search matches against. */
	static String normal(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[\\s\\u200B]+", " ")
			.strip();
	}

	private static List<Row> sorted(List<Row> rows, Comparator<Row> order) {
		Row[] copy = rows.toArray(Row[]::new);
		Arrays.sort(copy, order);
		return List.of(copy);
	}

	/** One agency as stored in the round's snapshot. */
	record Stored(RankedAgency agency, @Nullable String nameEn, long iitRespondents, long eitRespondents) {
	}

	private record Row(RankedAgency agency, CollationKey nameKey, String search, long iit, long eit) {

		Row withRank(@Nullable Integer rank) {
			RankedAgency a = this.agency;
			return new Row(new RankedAgency(rank, a.agencyCode(), a.nameTh(), a.type(), a.region(), a.province(),
					a.ita(), a.grade(), a.passed(), a.complete()), this.nameKey, this.search, this.iit, this.eit);
		}

	}

	/** A page and the totals over the filter. */
	record Result(List<RankedAgency> page, Totals totals) {
	}

	record Totals(long enrolled, long scored, long complete, @Nullable BigDecimal mean, @Nullable BigDecimal median,
			long passed, Map<String, Long> grades) {
	}

}
