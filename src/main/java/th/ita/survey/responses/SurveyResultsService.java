package th.ita.survey.responses;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import th.ita.assessment.RoundSummary;
import th.ita.assessment.Rounds;
import th.ita.framework.AnswerScale;
import th.ita.framework.FrameworkCatalog;
import th.ita.framework.FrameworkDefinition;
import th.ita.framework.Instrument;
import th.ita.framework.Item;
import th.ita.survey.AnswerTally;
import th.ita.survey.ItemAggregates;
import th.ita.survey.ItemAggregates.GroupAggregates;
import th.ita.survey.ItemAggregates.ItemAggregate;
import th.ita.survey.SurveyResults;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link SurveyResults} from counts per (group, item, value): no response leaves. One
 * agency's aggregates (with the per-group breakdown) are counted from its responses; a
 * round's come from the incremental {@link AnswerCounts}.
 */
@Service
class SurveyResultsService implements SurveyResults {

	private final Rounds rounds;

	private final FrameworkCatalog frameworks;

	private final ResponseRows responses;

	private final AnswerCounts counts;

	SurveyResultsService(Rounds rounds, FrameworkCatalog frameworks, ResponseRows responses, AnswerCounts counts) {
		this.rounds = rounds;
		this.frameworks = frameworks;
		this.responses = responses;
		this.counts = counts;
	}

	@Override
	@Transactional(readOnly = true)
	public ItemAggregates aggregates(int fiscalYear, String agencyCode, Instrument instrument) {
		Optional<FrameworkDefinition> framework = this.rounds.find(fiscalYear)
			.map(RoundSummary::framework)
			.flatMap(this.frameworks::definition);
		if (framework.isEmpty()) {
			return new ItemAggregates(fiscalYear, agencyCode, instrument,
					FrameworkDefinition.DEFAULT_MINIMUM_GROUP_SIZE, 0, Map.of(), Map.of());
		}
		FrameworkDefinition definition = framework.get();
		int minimum = minimumGroupSize(definition);
		Map<String, Item> leaves = new HashMap<>();
		definition.leafItems(instrument).forEach(leaf -> leaves.put(String.valueOf(leaf.code()), leaf));
		Map<String, Long> groupRespondents = new LinkedHashMap<>();
		definition.respondentGroups(instrument).forEach(g -> groupRespondents.put(g.code(), 0L));
		this.responses.groupCounts(fiscalYear, agencyCode)
			.stream()
			.filter(c -> c.instrument().equals(instrument.name()))
			.forEach(c -> groupRespondents.merge(c.group(), c.count(), Long::sum));
		Map<String, Sum> all = new HashMap<>();
		Map<String, Map<String, Sum>> byGroup = new HashMap<>();
		for (ResponseRows.ValueCount count : this.responses.valueCounts(fiscalYear, agencyCode, instrument)) {
			Item leaf = leaves.get(count.item());
			if (leaf == null) {
				continue;
			}
			Optional<AnswerScale> scale = definition.scale(leaf.scale());
			if (scale.isEmpty() || scale.get().options().stream().noneMatch(o -> o.value() == count.value())) {
				continue;
			}
			BigDecimal score = scale.get().score(count.value(), leaf.reverse());
			all.computeIfAbsent(count.item(), k -> new Sum()).add(count.count(), score);
			byGroup.computeIfAbsent(count.group(), k -> new HashMap<>())
				.computeIfAbsent(count.item(), k -> new Sum())
				.add(count.count(), score);
		}
		Map<String, GroupAggregates> groups = new LinkedHashMap<>();
		groupRespondents.forEach((group, respondents) -> {
			boolean suppressed = respondents > 0 && respondents < minimum;
			groups.put(group, suppressed ? new GroupAggregates(group, true, null, Map.of())
					: new GroupAggregates(group, false, respondents, items(byGroup.getOrDefault(group, Map.of()))));
		});
		long respondents = groupRespondents.values().stream().mapToLong(Long::longValue).sum();
		return new ItemAggregates(fiscalYear, agencyCode, instrument, minimum, respondents, items(all), groups);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, ItemAggregates> roundAggregates(int fiscalYear, Instrument instrument) {
		Optional<FrameworkDefinition> framework = framework(fiscalYear);
		if (framework.isEmpty()) {
			return Map.of();
		}
		FrameworkDefinition definition = framework.get();
		Map<String, Map<Integer, BigDecimal>> scores = new HashMap<>();
		for (Item leaf : definition.leafItems(instrument)) {
			definition.scale(leaf.scale()).ifPresent(scale -> {
				Map<Integer, BigDecimal> byValue = new HashMap<>();
				scale.options().forEach(o -> byValue.put(o.value(), scale.score(o.value(), leaf.reverse())));
				scores.put(String.valueOf(leaf.code()), byValue);
			});
		}
		Map<String, ItemAggregates> out = new HashMap<>();
		roundTallies(fiscalYear, instrument).forEach((code, tally) -> {
			Map<String, Sum> sums = new HashMap<>();
			for (int i = 0; i < tally.size(); i++) {
				BigDecimal score = scores.get(tally.items()[i]).get(tally.values()[i]);
				sums.computeIfAbsent(tally.items()[i], k -> new Sum()).add(tally.counts()[i], score);
			}
			out.put(code, new ItemAggregates(fiscalYear, code, instrument, minimumGroupSize(definition),
					tally.respondents(), items(sums), Map.of()));
		});
		return out;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, AnswerTally> roundTallies(int fiscalYear, Instrument instrument) {
		return tallies(fiscalYear, instrument, each -> this.counts.forRound(fiscalYear, instrument, each));
	}

	@Override
	@Transactional(readOnly = true)
	public AnswerTally tally(int fiscalYear, String agencyCode, Instrument instrument) {
		AnswerTally tally = tallies(fiscalYear, instrument,
				each -> this.counts.forAgency(fiscalYear, agencyCode, instrument, each))
			.get(agencyCode);
		return (tally != null) ? tally : AnswerTally.none(fiscalYear, agencyCode, instrument);
	}

	private Optional<FrameworkDefinition> framework(int fiscalYear) {
		return this.rounds.find(fiscalYear).map(RoundSummary::framework).flatMap(this.frameworks::definition);
	}

	/**
	 * Adds up the answer-count rows that {@code source} streams (an agency's folded row
	 * and its deltas) per agency, keeping the framework's leaf items and their scales'
	 * options; agencies whose counted responses add up to 0 are left out.
	 */
	private Map<String, AnswerTally> tallies(int fiscalYear, Instrument instrument,
			java.util.function.Consumer<java.util.function.Consumer<AnswerCounts.Counts>> source) {
		Optional<FrameworkDefinition> framework = framework(fiscalYear);
		if (framework.isEmpty()) {
			return Map.of();
		}
		FrameworkDefinition definition = framework.get();
		// the leaf codes as the framework spells them (one String each, not one per row)
		// and their options
		Map<String, String> leaves = new HashMap<>();
		Map<String, java.util.Set<Integer>> options = new HashMap<>();
		for (Item leaf : definition.leafItems(instrument)) {
			String code = String.valueOf(leaf.code());
			definition.scale(leaf.scale()).ifPresent(scale -> {
				leaves.put(code, code);
				options.put(code,
						scale.options()
							.stream()
							.map(th.ita.framework.AnswerOption::value)
							.collect(java.util.stream.Collectors.toUnmodifiableSet()));
			});
		}
		Map<String, List<Part>> rows = new HashMap<>();
		source.accept(counts -> rows.computeIfAbsent(counts.agencyCode(), k -> new ArrayList<>(1))
			.add(Part.of(counts, leaves, options)));
		Map<String, AnswerTally> out = new HashMap<>();
		rows.forEach((code, parts) -> {
			Part whole = (parts.size() == 1) ? parts.get(0) : Part.merged(parts);
			if (whole.respondents() > 0) {
				out.put(code, whole.positive().tally(fiscalYear, code, instrument));
			}
		});
		return out;
	}

	/**
	 * One answer-count row kept: the framework's leaf items (as it spells them) and their
	 * options only; counts may be negative (an exclusion's delta).
	 */
	private record Part(long respondents, String[] items, int[] values, long[] counts) {

		static Part of(AnswerCounts.Counts row, Map<String, String> leaves,
				Map<String, java.util.Set<Integer>> options) {
			int n = 0;
			String[] items = new String[row.items().length];
			int[] values = new int[items.length];
			long[] counts = new long[items.length];
			for (int i = 0; i < row.items().length; i++) {
				String item = leaves.get(row.items()[i]);
				if (item != null && options.get(item).contains(row.values()[i])) {
					items[n] = item;
					values[n] = row.values()[i];
					counts[n++] = row.counts()[i];
				}
			}
			return new Part(row.respondents(), java.util.Arrays.copyOf(items, n), java.util.Arrays.copyOf(values, n),
					java.util.Arrays.copyOf(counts, n));
		}

		/** The parts added up, each (item, value) once, in first-seen order. */
		static Part merged(List<Part> parts) {
			Map<String, Map<Integer, Long>> merged = new java.util.LinkedHashMap<>();
			for (Part part : parts) {
				for (int i = 0; i < part.items().length; i++) {
					merged.computeIfAbsent(part.items()[i], k -> new java.util.LinkedHashMap<>(8))
						.merge(part.values()[i], part.counts()[i], Long::sum);
				}
			}
			List<String> items = new ArrayList<>();
			List<Integer> values = new ArrayList<>();
			List<Long> counts = new ArrayList<>();
			merged.forEach((item, byValue) -> byValue.forEach((value, count) -> {
				items.add(item);
				values.add(value);
				counts.add(count);
			}));
			return new Part(parts.stream().mapToLong(Part::respondents).sum(), items.toArray(String[]::new),
					values.stream().mapToInt(Integer::intValue).toArray(),
					counts.stream().mapToLong(Long::longValue).toArray());
		}

		/** Without the entries whose count is not positive. */
		Part positive() {
			int n = 0;
			for (long count : this.counts) {
				n += (count > 0) ? 1 : 0;
			}
			if (n == this.counts.length) {
				return this;
			}
			String[] items = new String[n];
			int[] values = new int[n];
			long[] counts = new long[n];
			int k = 0;
			for (int i = 0; i < this.counts.length; i++) {
				if (this.counts[i] > 0) {
					items[k] = this.items[i];
					values[k] = this.values[i];
					counts[k++] = this.counts[i];
				}
			}
			return new Part(this.respondents, items, values, counts);
		}

		AnswerTally tally(int fiscalYear, String agencyCode, Instrument instrument) {
			return new AnswerTally(fiscalYear, agencyCode, instrument, this.respondents, this.items, this.values,
					this.counts);
		}

	}

	private static int minimumGroupSize(FrameworkDefinition definition) {
		return (definition.minimumGroupSize() != null) ? definition.minimumGroupSize()
				: FrameworkDefinition.DEFAULT_MINIMUM_GROUP_SIZE;
	}

	@Override
	@Transactional(readOnly = true)
	public long respondents(int fiscalYear, String agencyCode, Instrument instrument) {
		return this.counts.respondents(fiscalYear, agencyCode, instrument);
	}

	private static Map<String, ItemAggregate> items(Map<String, Sum> sums) {
		Map<String, ItemAggregate> items = new HashMap<>();
		sums.forEach((code, sum) -> items.put(code, new ItemAggregate(sum.count, sum.total)));
		return items;
	}

	private static final class Sum {

		long count;

		BigDecimal total = BigDecimal.ZERO;

		void add(long n, BigDecimal score) {
			this.count += n;
			this.total = this.total.add(score.multiply(BigDecimal.valueOf(n)));
		}

	}

}
