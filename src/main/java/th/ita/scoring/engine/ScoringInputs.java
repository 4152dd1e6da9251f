package th.ita.scoring.engine;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import th.ita.framework.Instrument;

/**
 * What the engine scores for one agency in one round: aggregates only, never single
 * responses (anonymity).
 * <p>
 * <b>Survey items (IIT, EIT)</b>: per leaf item code (an item without sub-items, or a
 * sub-item) the number of valid answers of each option value,
 * {@code Map<optionValue, count>}. The engine applies the framework's
 * {@code AnswerScale.score(value, reverse)} itself, so the caller never converts answers
 * to scores and reverse items are mirrored in one place. A leaf with no entry, or with
 * counts that add up to 0, has no data (missing); such entries are dropped. Blank or
 * invalid answers are simply not counted.
 * <p>
 * <b>OIT items</b>: per leaf item code the review's score, 0-100: 100 (meets the
 * requirement) or 0 (does not), or any value in between when the item's
 * {@code OitRequirement.partialCredit} allows it. No entry = no verdict yet (missing).
 * <p>
 * <b>Respondents</b>: per survey instrument the number of submitted responses (reported
 * on the card, also part of the fingerprint); absent means 0.
 * <p>
 * Maps are copied into sorted, unmodifiable maps (zero counts dropped), so inputs given
 * in any order are equal and iterate in code order.
 *
 * @param answers per survey leaf item code: option value → count of valid answers
 * @param oitScores per OIT leaf item code: the review's score 0-100
 * @param respondents per survey instrument: number of responses
 * @param surveySums per survey leaf item code: valid answers already scored on the item's
 * scale (reverse mirrored) by the survey module, as a count and a sum of scores; added to
 * {@code answers} of the same item, if any
 */
public record ScoringInputs(Map<String, Map<Integer, Long>> answers, Map<String, BigDecimal> oitScores,
		Map<Instrument, Integer> respondents, Map<String, SurveySum> surveySums) {

	/** Nothing collected yet. */
	public static final ScoringInputs EMPTY = builder().build();

	public ScoringInputs {
		answers = Collections.unmodifiableSortedMap(sortedAnswers(answers));
		TreeMap<String, BigDecimal> o = new TreeMap<>();
		oitScores.forEach((code, score) -> {
			if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
				throw new IllegalArgumentException("OIT score of " + code + " outside 0-100: " + score);
			}
			o.put(code, score);
		});
		oitScores = Collections.unmodifiableSortedMap(o);
		EnumMap<Instrument, Integer> r = new EnumMap<>(Instrument.class);
		r.putAll(respondents);
		respondents = Collections.unmodifiableMap(r);
		TreeMap<String, SurveySum> sums = new TreeMap<>();
		surveySums.forEach((code, sum) -> {
			if (sum.count() > 0) {
				sums.put(code, sum);
			}
		});
		surveySums = Collections.unmodifiableSortedMap(sums);
	}

	/**
	 * The answers in item code order, each item's counts copied and sorted, items without
	 * counts left out. Answers sorted already (a builder's) are copied in one linear pass
	 * (a round recompute builds 30,000 inputs of about 170 items).
	 */
	private static TreeMap<String, Map<Integer, Long>> sortedAnswers(Map<String, Map<Integer, Long>> answers) {
		if (answers instanceof SortedMap<String, Map<Integer, Long>> sorted && sorted.comparator() == null) {
			TreeMap<String, Map<Integer, Long>> a = new TreeMap<>(sorted);
			a.replaceAll((code, counts) -> Collections.unmodifiableSortedMap(sortedCounts(code, counts)));
			a.values().removeIf(Map::isEmpty);
			return a;
		}
		TreeMap<String, Map<Integer, Long>> a = new TreeMap<>();
		answers.forEach((code, counts) -> {
			SortedMap<Integer, Long> c = sortedCounts(code, counts);
			if (!c.isEmpty()) {
				a.put(code, Collections.unmodifiableSortedMap(c));
			}
		});
		return a;
	}

	/**
	 * An item's counts, sorted by value, zeros dropped. Counts that come sorted and
	 * without zeros (a builder's, or another inputs') are copied in one linear pass: a
	 * round recompute builds the inputs of tens of thousands of agencies.
	 */
	private static SortedMap<Integer, Long> sortedCounts(String code, Map<Integer, Long> counts) {
		boolean clean = counts instanceof SortedMap<Integer, Long> sorted && sorted.comparator() == null;
		for (Map.Entry<Integer, Long> count : counts.entrySet()) {
			if (count.getValue() < 0) {
				throw new IllegalArgumentException(
						"Negative count " + count.getValue() + " for " + code + "=" + count.getKey());
			}
			clean &= count.getValue() > 0;
		}
		if (clean) {
			return new TreeMap<>((SortedMap<Integer, Long>) counts);
		}
		TreeMap<Integer, Long> c = new TreeMap<>();
		counts.forEach((value, count) -> {
			if (count > 0) {
				c.put(value, count);
			}
		});
		return c;
	}

	public ScoringInputs(Map<String, Map<Integer, Long>> answers, Map<String, BigDecimal> oitScores,
			Map<Instrument, Integer> respondents) {
		this(answers, oitScores, respondents, Map.of());
	}

	/** The number of valid answers of a survey leaf item (0 when none). */
	public long validAnswers(String itemCode) {
		Map<Integer, Long> counts = this.answers.get(itemCode);
		long n = 0;
		if (counts != null) {
			for (long count : counts.values()) {
				n += count;
			}
		}
		SurveySum sum = this.surveySums.get(itemCode);
		return n + ((sum != null) ? sum.count() : 0);
	}

	/** Every survey leaf item code with data, sorted. */
	public java.util.SortedSet<String> surveyItems() {
		java.util.TreeSet<String> codes = new java.util.TreeSet<>(this.answers.keySet());
		codes.addAll(this.surveySums.keySet());
		return codes;
	}

	/**
	 * Valid answers of one survey leaf item already scored: their number and the sum of
	 * their scores (each 0-100).
	 */
	public record SurveySum(long count, BigDecimal sum) {

		public SurveySum {
			if (count < 0 || sum.signum() < 0) {
				throw new IllegalArgumentException("Negative survey sum " + count + "/" + sum);
			}
		}

	}

	/** The number of responses of a survey instrument (0 when none given). */
	public int respondents(Instrument instrument) {
		return this.respondents.getOrDefault(instrument, 0);
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Collects inputs; later calls for the same key add (answers) or replace. */
	public static final class Builder {

		private final Map<String, Map<Integer, Long>> answers = new TreeMap<>();

		private final Map<String, BigDecimal> oitScores = new TreeMap<>();

		private final Map<Instrument, Integer> respondents = new EnumMap<>(Instrument.class);

		private final Map<String, SurveySum> sums = new TreeMap<>();

		private Builder() {
		}

		/** Adds {@code count} answers of {@code value} to a survey leaf item. */
		public Builder answers(String itemCode, int value, long count) {
			// an item's values mostly come one after another: its map is looked up once
			if (!itemCode.equals(this.lastItem)) {
				this.lastCounts = this.answers.computeIfAbsent(itemCode, c -> new TreeMap<>());
				this.lastItem = itemCode;
			}
			this.lastCounts.merge(value, count, Long::sum);
			return this;
		}

		private @Nullable String lastItem;

		private Map<Integer, Long> lastCounts = Map.of();

		/** Adds one answer per value given, e.g. {@code answer("i1", 4, 4, 3)}. */
		public Builder answer(String itemCode, int... values) {
			this.answers.computeIfAbsent(itemCode, c -> new TreeMap<>());
			for (int value : values) {
				answers(itemCode, value, 1);
			}
			return this;
		}

		/** The review's score (0-100) of an OIT leaf item. */
		public Builder oit(String itemCode, BigDecimal score) {
			this.oitScores.put(itemCode, score);
			return this;
		}

		/** An OIT item that meets (100) or does not meet (0) its requirement. */
		public Builder oit(String itemCode, boolean passed) {
			return oit(itemCode, passed ? BigDecimal.valueOf(100) : BigDecimal.ZERO);
		}

		public Builder respondents(Instrument instrument, int count) {
			this.respondents.put(instrument, count);
			return this;
		}

		/**
		 * Adds answers already scored: {@code count} answers whose scores sum to
		 * {@code sum}.
		 */
		public Builder surveySum(String itemCode, long count, BigDecimal sum) {
			this.sums.merge(itemCode, new SurveySum(count, sum),
					(a, b) -> new SurveySum(a.count() + b.count(), a.sum().add(b.sum())));
			return this;
		}

		public ScoringInputs build() {
			// the constructor copies
			return new ScoringInputs(this.answers, this.oitScores, this.respondents, this.sums);
		}

	}

}
