package th.ita.survey.responses;

import java.math.BigDecimal;
import java.util.HashMap;
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

	/**
	 * Read in two halves at the same time, each in its own connection: parsing the rows
	 * and PostgreSQL printing them take about the same time, so one reader keeps one core
	 * busy, and a round's biggest read (IIT) used to end alone.
	 */
	@Override
	public Map<String, AnswerTally> roundTallies(int fiscalYear, Instrument instrument) {
		Optional<Slots> known = slots(fiscalYear, instrument);
		if (known.isEmpty()) {
			return Map.of();
		}
		Slots slots = known.get();
		java.util.concurrent.CompletableFuture<Map<String, AnswerTally>> other = java.util.concurrent.CompletableFuture
			.supplyAsync(() -> tallied(slots, each -> this.counts.forRound(fiscalYear, instrument, 1, 2, each)),
					HALVES);
		Map<String, AnswerTally> tallies = new HashMap<>(
				tallied(slots, each -> this.counts.forRound(fiscalYear, instrument, 0, 2, each)));
		try {
			tallies.putAll(other.join());
		}
		catch (java.util.concurrent.CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
		return tallies;
	}

	/** Reads the second half of round tallies (daemon threads, made as needed). */
	private static final java.util.concurrent.Executor HALVES = java.util.concurrent.Executors
		.newCachedThreadPool(r -> {
			Thread thread = new Thread(r, "survey-tallies");
			thread.setDaemon(true);
			return thread;
		});

	@Override
	@Transactional(readOnly = true)
	public Optional<AnswerTally> tally(int fiscalYear, String agencyCode, Instrument instrument) {
		return slots(fiscalYear, instrument).map(slots -> {
			AnswerTally counted = tallied(slots,
					each -> this.counts.forAgency(fiscalYear, agencyCode, instrument, each))
				.get(agencyCode);
			return (counted != null) ? counted
					: new AnswerTally(agencyCode, 0, slots.layout(), new int[slots.layout().values().length]);
		});
	}

	/**
	 * The layout of the instrument in the round's pinned framework version (built once
	 * per version: versions are immutable).
	 */
	private Optional<Slots> slots(int fiscalYear, Instrument instrument) {
		return this.rounds.find(fiscalYear)
			.map(RoundSummary::framework)
			.flatMap(ref -> this.frameworks.definition(ref)
				.map(definition -> this.layouts.computeIfAbsent(new LayoutKey(ref, instrument),
						k -> new Slots(AnswerTally.Layout.of(definition, instrument)))));
	}

	/**
	 * Adds up the answer counts that {@code source} streams (an agency's folded row and
	 * its deltas) per agency on the layout's slots; values that are not an option of the
	 * item's scale, and items that are not leaves of the instrument, are not counted.
	 * Agencies whose counted responses add up to 0 are left out.
	 */
	private static Map<String, AnswerTally> tallied(Slots slots,
			java.util.function.Consumer<java.util.function.Consumer<AnswerCounts.Counts>> source) {
		AnswerTally.Layout layout = slots.layout();
		Map<String, Acc> byAgency = new HashMap<>();
		source.accept(row -> {
			Acc agency = byAgency.computeIfAbsent(row.agencyCode(), k -> new Acc(layout.values().length));
			agency.respondents += row.respondents();
			int[] at = slots.of(row.items(), row.values());
			for (int i = 0; i < at.length; i++) {
				if (at[i] >= 0) {
					agency.counts[at[i]] += row.counts()[i];
				}
			}
		});
		Map<String, AnswerTally> out = new HashMap<>();
		byAgency.forEach((code, agency) -> {
			if (agency.respondents > 0) {
				out.put(code, new AnswerTally(code, agency.respondents, layout, agency.counts));
			}
		});
		return out;
	}

	private record LayoutKey(th.ita.framework.FrameworkRef framework, Instrument instrument) {
	}

	private final Map<LayoutKey, Slots> layouts = new java.util.concurrent.ConcurrentHashMap<>();

	/** A layout and the slot of each (item, value) pair. */
	private static final class Slots {

		private final AnswerTally.Layout layout;

		private final Map<String, Map<Integer, Integer>> byItem;

		Slots(AnswerTally.Layout layout) {
			this.layout = layout;
			this.byItem = layout.slots();
		}

		AnswerTally.Layout layout() {
			return this.layout;
		}

		/** The slot of each entry, -1 where the pair has none. */
		int[] of(String[] items, int[] values) {
			int[] slots = new int[items.length];
			for (int i = 0; i < items.length; i++) {
				Map<Integer, Integer> byValue = this.byItem.get(items[i]);
				Integer slot = (byValue != null) ? byValue.get(values[i]) : null;
				slots[i] = (slot != null) ? slot : -1;
			}
			return slots;
		}

	}

	/** An agency's counted responses and slot counts, as they are added up. */
	private static final class Acc {

		long respondents;

		final int[] counts;

		Acc(int slots) {
			this.counts = new int[slots];
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
