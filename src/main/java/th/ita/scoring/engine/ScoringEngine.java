package th.ita.scoring.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import th.ita.framework.AnswerScale;
import th.ita.framework.FrameworkDefinition;
import th.ita.framework.Indicator;
import th.ita.framework.Instrument;
import th.ita.framework.InstrumentWeight;
import th.ita.framework.Item;
import th.ita.framework.SubIndicator;
import th.ita.scoring.engine.ScoreCard.IndicatorScore;
import th.ita.scoring.engine.ScoreCard.InstrumentScore;
import th.ita.scoring.engine.ScoreCard.ItemScore;
import th.ita.scoring.engine.ScoreCard.SubIndicatorScore;

/**
 * The one place where ITA scores are computed (issue 6 item 1). A pure function of a
 * framework version and the inputs:
 * <ul>
 * <li>survey leaf item (IIT, EIT): the mean, over its valid answers, of each answer's
 * score on the item's scale ({@code AnswerScale.score(value, reverse)}: reverse items
 * mirrored);</li>
 * <li>OIT leaf item: the review's score (100 or 0, or 0-100 with partial credit);</li>
 * <li>item with sub-items: weighted mean of its sub-items;</li>
 * <li>sub-indicator: weighted mean of its items;</li>
 * <li>indicator: weighted mean of its sub-indicators, or of its items;</li>
 * <li>instrument: weighted mean of its indicators;</li>
 * <li>ITA: weighted mean of the instruments by their weights (30/30/40 → 0.3·IIT +
 * 0.3·EIT + 0.4·OIT).</li>
 * </ul>
 * <b>Missing data</b>: a node without data is missing ({@code null}), never 0. Every
 * weighted mean is taken over the children that have a score, with the weights
 * renormalised over them; a node whose children are all missing is missing. So an
 * indicator with no data at all is reported missing, an indicator with some items missing
 * is computed over the items present, and the ITA is computed over the instruments
 * present. Any missing leaf makes the nodes above it, and the card, incomplete.
 * <p>
 * Precision: sums and products are exact; each division (a mean) rounds to
 * {@link AnswerScale#PRECISION} ({@code DECIMAL128}, 34 significant digits); nothing else
 * is rounded until {@code rounded}, the grade and the pass mark (2 decimals, HALF_UP, via
 * the framework).
 */
public final class ScoringEngine {

	private static final MathContext MC = AnswerScale.PRECISION;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** Per framework instance (definitions are immutable): its leaves, built once. */
	private static final PerFramework<Map<String, Instrument>> LEAVES = new PerFramework<>();

	private static final PerFramework<Map<String, Item>> LEAF_ITEMS = new PerFramework<>();

	private static final PerFramework<Map<String, Map<Integer, BigDecimal>>> SCORES = new PerFramework<>();

	private ScoringEngine() {
	}

	/**
	 * Scores the inputs against a framework version.
	 * @throws IllegalArgumentException when an input names an item that is not a survey
	 * (answers) or OIT (scores) leaf item of the framework, an answer value that is not
	 * an option of the item's scale, or an OIT score other than 0 or 100 for an item
	 * without partial credit
	 */
	public static ScoreCard score(FrameworkDefinition framework, ScoringInputs inputs) {
		return score(framework, inputs, null);
	}

	/**
	 * {@link #score(FrameworkDefinition, ScoringInputs)} with the inputs fingerprint the
	 * caller has computed already ({@link Fingerprints#inputs} with this framework's
	 * rules; a round recompute computes it first to skip unchanged agencies).
	 */
	public static ScoreCard score(FrameworkDefinition framework, ScoringInputs inputs,
			@Nullable String inputsFingerprint) {
		Map<String, Instrument> leaves = LEAVES.get(framework, ScoringEngine::leaves);
		check(framework, inputs, leaves);
		List<ItemScore> items = new ArrayList<>();
		List<IndicatorScore> indicators = new ArrayList<>();
		Map<Instrument, List<Weighted>> byInstrument = new HashMap<>();
		for (Indicator indicator : framework.indicators()) {
			Node node = indicator(framework, inputs, indicator, items, indicators);
			byInstrument.computeIfAbsent(indicator.instrument(), i -> new ArrayList<>())
				.add(new Weighted(indicator.weight(), node));
		}
		List<InstrumentScore> instruments = new ArrayList<>();
		List<Weighted> total = new ArrayList<>();
		for (InstrumentWeight weight : framework.instruments()) {
			Instrument instrument = weight.instrument();
			BigDecimal w = (weight.weight() != null) ? weight.weight() : BigDecimal.ZERO;
			Node node = mean(byInstrument.getOrDefault(instrument, List.of()));
			Integer respondents = (instrument == Instrument.OIT) ? null : inputs.respondents(instrument);
			instruments.add(new InstrumentScore(instrument, w, node.score(), rounded(node.score()), respondents,
					node.complete()));
			total.add(new Weighted(w, node));
		}
		Node ita = mean(total);
		boolean complete = ita.complete() && indicators.stream().allMatch(IndicatorScore::complete);
		String rules = Fingerprints.rulesOf(framework);
		return new ScoreCard(framework.ref(), ita.score(), rounded(ita.score()), grade(framework, ita.score()),
				ita.score() != null && framework.passed(ita.score()), complete, instruments, indicators, items, rules,
				(inputsFingerprint != null) ? inputsFingerprint : Fingerprints.inputs(framework, rules, inputs));
	}

	private static Node indicator(FrameworkDefinition framework, ScoringInputs inputs, Indicator indicator,
			List<ItemScore> items, List<IndicatorScore> indicators) {
		List<Weighted> children = new ArrayList<>();
		List<SubIndicatorScore> subs = new ArrayList<>();
		for (Item item : indicator.items()) {
			children.add(new Weighted(item.weight(), item(framework, inputs, indicator, item, null, items)));
		}
		for (SubIndicator sub : indicator.subIndicators()) {
			List<Weighted> subItems = new ArrayList<>();
			for (Item item : sub.items()) {
				subItems.add(new Weighted(item.weight(), item(framework, inputs, indicator, item, null, items)));
			}
			Node node = mean(subItems);
			subs.add(new SubIndicatorScore(String.valueOf(sub.code()), node.score(), rounded(node.score())));
			children.add(new Weighted(sub.weight(), node));
		}
		Node node = mean(children);
		indicators.add(new IndicatorScore(indicator.number(), String.valueOf(indicator.code()), indicator.instrument(),
				indicator.nameTh(), indicator.nameEn(), node.score(), rounded(node.score()),
				grade(framework, node.score()), node.score() == null, node.complete(), subs));
		return node;
	}

	private static Node item(FrameworkDefinition framework, ScoringInputs inputs, Indicator indicator, Item item,
			@Nullable String parent, List<ItemScore> items) {
		String code = String.valueOf(item.code());
		if (!item.subItems().isEmpty()) {
			int at = items.size();
			List<Weighted> children = new ArrayList<>();
			for (Item sub : item.subItems()) {
				children.add(new Weighted(sub.weight(), item(framework, inputs, indicator, sub, code, items)));
			}
			Node node = mean(children);
			items.add(at, new ItemScore(code, indicator.number(), parent, node.score(), rounded(node.score()), 0));
			return node;
		}
		BigDecimal score;
		long valid = 0;
		if (indicator.instrument() == Instrument.OIT) {
			score = inputs.oitScores().get(code);
		}
		else {
			valid = inputs.validAnswers(code);
			score = (valid > 0) ? surveyMean(framework, item, inputs.answers().getOrDefault(code, Map.of()),
					inputs.surveySums().get(code), valid) : null;
		}
		items.add(new ItemScore(code, indicator.number(), parent, score, rounded(score), valid));
		return new Node(score, score != null);
	}

	private static BigDecimal surveyMean(FrameworkDefinition framework, Item item, Map<Integer, Long> counts,
			ScoringInputs.@Nullable SurveySum scored, long valid) {
		BigDecimal sum = (scored != null) ? scored.sum() : BigDecimal.ZERO;
		if (!counts.isEmpty()) {
			Map<Integer, BigDecimal> scores = SCORES.get(framework, ScoringEngine::scores)
				.get(String.valueOf(item.code()));
			if (scores == null) {
				throw new IllegalArgumentException("Item " + item.code() + " has no known scale");
			}
			for (Map.Entry<Integer, Long> count : counts.entrySet()) {
				BigDecimal score = scores.get(count.getKey());
				if (score == null) {
					throw new IllegalArgumentException(
							"No option " + count.getKey() + " in the scale of item " + item.code());
				}
				long n = count.getValue();
				sum = sum.add((n == 1) ? score : score.multiply(BigDecimal.valueOf(n)));
			}
		}
		return sum.divide(BigDecimal.valueOf(valid), MC);
	}

	/**
	 * Every survey leaf item's option scores by value ({@code AnswerScale.score(value,
	 * reverse)}: reverse items mirrored), for the items with a known scale; built once
	 * per framework instance.
	 */
	private static Map<String, Map<Integer, BigDecimal>> scores(FrameworkDefinition framework) {
		Map<String, Map<Integer, BigDecimal>> out = new HashMap<>();
		for (Indicator indicator : framework.indicators()) {
			indicator.allItems()
				.flatMap(Item::leaves)
				.forEach(leaf -> framework.scale(leaf.scale()).ifPresent(scale -> {
					Map<Integer, BigDecimal> byValue = new HashMap<>();
					scale.options().forEach(o -> byValue.put(o.value(), scale.score(o.value(), leaf.reverse())));
					out.putIfAbsent(String.valueOf(leaf.code()), Map.copyOf(byValue));
				}));
		}
		return Map.copyOf(out);
	}

	/** Weighted mean over the children that have a score; missing when none has. */
	static Node mean(List<Weighted> children) {
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		boolean complete = !children.isEmpty();
		for (Weighted child : children) {
			complete &= child.node().complete();
			if (child.node().score() != null) {
				// most weights are 1: no product to form then
				BigDecimal weight = child.weight();
				sum = sum.add((weight.compareTo(BigDecimal.ONE) == 0) ? child.node().score()
						: weight.multiply(child.node().score()));
				weights = weights.add(weight);
			}
		}
		if (weights.signum() == 0) {
			return new Node(null, false);
		}
		return new Node(sum.divide(weights, MC), complete);
	}

	private static @Nullable BigDecimal rounded(@Nullable BigDecimal score) {
		return (score != null) ? FrameworkDefinition.rounded(score) : null;
	}

	private static @Nullable String grade(FrameworkDefinition framework, @Nullable BigDecimal score) {
		return (score != null && !framework.gradeBands().isEmpty()) ? framework.grade(score).grade() : null;
	}

	/** Every leaf item code (items without sub-items, and sub-items) → its instrument. */
	private static Map<String, Instrument> leaves(FrameworkDefinition framework) {
		Map<String, Instrument> leaves = new HashMap<>();
		for (Indicator indicator : framework.indicators()) {
			indicator.allItems()
				.flatMap(Item::leaves)
				.forEach(leaf -> leaves.put(String.valueOf(leaf.code()), indicator.instrument()));
		}
		return Map.copyOf(leaves);
	}

	/** Every leaf item by its code (one pass, not a search per item). */
	private static Map<String, Item> leafItems(FrameworkDefinition framework) {
		Map<String, Item> items = new HashMap<>();
		for (Indicator indicator : framework.indicators()) {
			indicator.allItems().flatMap(Item::leaves).forEach(leaf -> items.put(String.valueOf(leaf.code()), leaf));
		}
		return Map.copyOf(items);
	}

	private static void check(FrameworkDefinition framework, ScoringInputs inputs, Map<String, Instrument> leaves) {
		for (String code : inputs.surveyItems()) {
			Instrument instrument = leaves.get(code);
			if (instrument == null || instrument == Instrument.OIT) {
				throw new IllegalArgumentException(
						"Answers for " + code + ", not a survey leaf item of " + framework.ref());
			}
		}
		Map<String, Item> items = inputs.oitScores().isEmpty() ? Map.of()
				: LEAF_ITEMS.get(framework, ScoringEngine::leafItems);
		inputs.oitScores().forEach((code, score) -> {
			if (leaves.get(code) != Instrument.OIT) {
				throw new IllegalArgumentException(
						"OIT score for " + code + ", not an OIT leaf item of " + framework.ref());
			}
			Item item = items.get(code);
			boolean partial = item.evidence() != null && item.evidence().partialCredit();
			if (!partial && score.signum() != 0 && score.compareTo(HUNDRED) != 0) {
				throw new IllegalArgumentException("OIT item " + code + " takes 0 or 100 only, not " + score);
			}
		});
	}

	/** A node's score ({@code null}: missing) and whether every leaf below has data. */
	record Node(@Nullable BigDecimal score, boolean complete) {
	}

	record Weighted(BigDecimal weight, Node node) {
	}

}
