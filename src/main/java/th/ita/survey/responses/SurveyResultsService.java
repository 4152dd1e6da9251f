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
		return counted(fiscalYear, instrument, each -> this.counts.forRound(fiscalYear, instrument, each));
	}

	@Override
	@Transactional(readOnly = true)
	public ItemAggregates totals(int fiscalYear, String agencyCode, Instrument instrument) {
		ItemAggregates counted = counted(fiscalYear, instrument,
				each -> this.counts.forAgency(fiscalYear, agencyCode, instrument, each))
			.get(agencyCode);
		if (counted != null) {
			return counted;
		}
		int minimum = this.rounds.find(fiscalYear)
			.map(RoundSummary::framework)
			.flatMap(this.frameworks::definition)
			.map(SurveyResultsService::minimumGroupSize)
			.orElse(FrameworkDefinition.DEFAULT_MINIMUM_GROUP_SIZE);
		return new ItemAggregates(fiscalYear, agencyCode, instrument, minimum, 0, Map.of(), Map.of());
	}

	/**
	 * Adds up the answer counts that {@code source} streams (an agency's folded row and
	 * its deltas) per agency; agencies whose counted responses add up to 0 are left out.
	 */
	private Map<String, ItemAggregates> counted(int fiscalYear, Instrument instrument,
			java.util.function.Consumer<java.util.function.Consumer<AnswerCounts.Counts>> source) {
		Optional<FrameworkDefinition> framework = this.rounds.find(fiscalYear)
			.map(RoundSummary::framework)
			.flatMap(this.frameworks::definition);
		if (framework.isEmpty()) {
			return Map.of();
		}
		FrameworkDefinition definition = framework.get();
		int minimum = minimumGroupSize(definition);
		Map<String, Map<Integer, BigDecimal>> scores = new HashMap<>();
		for (Item leaf : definition.leafItems(instrument)) {
			definition.scale(leaf.scale()).ifPresent(scale -> {
				Map<Integer, BigDecimal> byValue = new HashMap<>();
				scale.options().forEach(o -> byValue.put(o.value(), scale.score(o.value(), leaf.reverse())));
				scores.put(String.valueOf(leaf.code()), byValue);
			});
		}
		Map<String, Agency> byAgency = new HashMap<>();
		source.accept(counts -> {
			Agency agency = byAgency.computeIfAbsent(counts.agencyCode(), k -> new Agency());
			agency.respondents += counts.respondents();
			for (int i = 0; i < counts.items().length; i++) {
				BigDecimal score = scores.getOrDefault(counts.items()[i], Map.of()).get(counts.values()[i]);
				if (score != null) {
					agency.sums.computeIfAbsent(counts.items()[i], k -> new Sum()).add(counts.counts()[i], score);
				}
			}
		});
		Map<String, ItemAggregates> out = new HashMap<>();
		byAgency.forEach((code, agency) -> {
			if (agency.respondents > 0) {
				agency.sums.values().removeIf(sum -> sum.count == 0);
				out.put(code, new ItemAggregates(fiscalYear, code, instrument, minimum, agency.respondents,
						items(agency.sums), Map.of()));
			}
		});
		return out;
	}

	private static int minimumGroupSize(FrameworkDefinition definition) {
		return (definition.minimumGroupSize() != null) ? definition.minimumGroupSize()
				: FrameworkDefinition.DEFAULT_MINIMUM_GROUP_SIZE;
	}

	/** The counted responses and item sums of one agency, as they are added up. */
	private static final class Agency {

		long respondents;

		final Map<String, Sum> sums = new HashMap<>();

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
