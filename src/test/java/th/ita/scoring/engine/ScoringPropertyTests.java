package th.ita.scoring.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import th.ita.framework.FrameworkDefinition;
import th.ita.framework.Instrument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties over seeded random inputs on {@link ScoringFixtures#rich()}: every score
 * lies in 0..100; giving the same inputs in another order gives an equal card and
 * fingerprint; any change of an input changes the fingerprint.
 */
class ScoringPropertyTests {

	static final FrameworkDefinition RICH = ScoringFixtures.rich();

	static final List<String> LIKERT = List.of("a1", "a2", "b1.1", "b1.2", "c1");

	static final List<String> YES_NO = List.of("a3", "b2", "c2");

	static Stream<Long> seeds() {
		return Stream.iterate(1L, s -> s + 1).limit(200);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void scoresStayWithinZeroToHundredAndOrderDoesNotMatter(long seed) {
		List<Consumer<ScoringInputs.Builder>> steps = randomInputs(new Random(seed));
		ScoreCard card = ScoringEngine.score(RICH, build(steps));
		Stream
			.of(card.items().stream().map(ScoreCard.ItemScore::score),
					card.indicators().stream().map(ScoreCard.IndicatorScore::score),
					card.indicators()
						.stream()
						.flatMap(i -> i.subIndicators().stream())
						.map(ScoreCard.SubIndicatorScore::score),
					card.instruments().stream().map(ScoreCard.InstrumentScore::score), Stream.of(card.ita()))
			.flatMap(s -> s)
			.filter(s -> s != null)
			.forEach(ScoringPropertyTests::assertInRange);
		Collections.shuffle(steps, new Random(seed * 31));
		ScoreCard shuffled = ScoringEngine.score(RICH, build(steps));
		assertThat(shuffled).isEqualTo(card);
		assertThat(shuffled.inputsFingerprint()).isEqualTo(card.inputsFingerprint());
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void anyChangedInputChangesTheFingerprint(long seed) {
		Random random = new Random(seed);
		List<Consumer<ScoringInputs.Builder>> steps = randomInputs(random);
		ScoreCard card = ScoringEngine.score(RICH, build(steps));
		steps.add(b -> b.answers("c1", 1 + random.nextInt(4), 1));
		assertThat(ScoringEngine.score(RICH, build(steps)).inputsFingerprint()).isNotEqualTo(card.inputsFingerprint());
	}

	@Test
	void fingerprintIsStableAndCanonical() {
		ScoringInputs inputs = ScoringFixtures.inputs("a1=4 4 3; o3=62.5; o4=100; resp:IIT=3");
		ScoreCard card = ScoringEngine.score(RICH, inputs);
		assertThat(card.inputsFingerprint()).matches("[0-9a-f]{64}");
		// same numbers in another order and notation (100.00 is 100)
		assertThat(ScoringEngine.score(RICH, ScoringFixtures.inputs("resp:IIT=3; o4=100.00; o3=62.50; a1=3 4 4"))
			.inputsFingerprint()).isEqualTo(card.inputsFingerprint());
		// the framework ref and its rules are part of it
		assertThat(ScoringEngine.score(RICH.withVersion(2), inputs).inputsFingerprint())
			.isNotEqualTo(card.inputsFingerprint());
		ScoreCard reweighted = ScoringEngine.score(ScoringFixtures.rich("30", "30", "41"), inputs);
		assertThat(reweighted.rulesFingerprint()).isNotEqualTo(card.rulesFingerprint());
		assertThat(reweighted.inputsFingerprint()).isNotEqualTo(card.inputsFingerprint());
		// respondents count too; zero answer counts do not
		assertThat(ScoringEngine.score(RICH, ScoringFixtures.inputs("a1=4 4 3; o3=62.5; o4=100; resp:IIT=4"))
			.inputsFingerprint()).isNotEqualTo(card.inputsFingerprint());
		assertThat(
				ScoringEngine.score(RICH, ScoringFixtures.inputs("a1=4 4 3 2*0; a2=1*0; o3=62.5; o4=100; resp:IIT=3"))
					.inputsFingerprint())
			.isEqualTo(card.inputsFingerprint());
		// pinned: a change of the canonical format must be deliberate (bump
		// RULES_VERSION)
		assertThat(card.inputsFingerprint()).isEqualTo(PINNED);
	}

	@Test
	void answersGivenSortedUnsortedOrThroughTheBuilderAreTheSameInputs() {
		java.util.Map<String, java.util.Map<Integer, Long>> unsorted = new java.util.HashMap<>();
		unsorted.put("b1.1", java.util.Map.of(4, 2L, 1, 1L));
		unsorted.put("a1", new java.util.HashMap<>(java.util.Map.of(3, 0L)));
		unsorted.put("a2", java.util.Map.of(2, 5L, 3, 0L));
		ScoringInputs fromUnsorted = new ScoringInputs(unsorted, java.util.Map.of(), java.util.Map.of());
		ScoringInputs fromSorted = new ScoringInputs(new java.util.TreeMap<>(unsorted), java.util.Map.of(),
				java.util.Map.of());
		ScoringInputs built = ScoringInputs.builder()
			.answers("a2", 2, 5)
			.answers("b1.1", 1, 1)
			.answers("a1", 3, 0)
			.answers("b1.1", 4, 2)
			.answers("a2", 3, 0)
			.build();
		assertThat(fromUnsorted.answers()).containsOnlyKeys("a2", "b1.1");
		assertThat(fromUnsorted.answers().get("b1.1")).containsExactly(java.util.Map.entry(1, 1L),
				java.util.Map.entry(4, 2L));
		assertThat(fromSorted).isEqualTo(fromUnsorted);
		assertThat(built).isEqualTo(fromUnsorted);
		assertThat(new ScoringInputs(built.answers(), java.util.Map.of(), java.util.Map.of())).isEqualTo(built);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void numbersPrintAsStrippedPlainText(long seed) {
		Random random = new Random(seed);
		for (int i = 0; i < 50; i++) {
			BigDecimal number = new BigDecimal(new java.math.BigInteger(1 + random.nextInt(130), random),
					random.nextInt(70) - 20);
			if (random.nextBoolean()) {
				number = number.negate();
			}
			if (random.nextInt(4) == 0) {
				number = number.setScale(number.scale() + random.nextInt(5));
			}
			assertThat(Fingerprints.number(number)).as(number.toString())
				.isEqualTo(number.stripTrailingZeros().toPlainString());
		}
		for (String plain : List.of("0", "0.000", "0E+3", "100", "100.00", "1.2E+3",
				"33.33333333333333333333333333333333", "66.6666666666666666666666666666666700", "-0.50", "1E-40")) {
			assertThat(Fingerprints.number(new BigDecimal(plain))).as(plain)
				.isEqualTo(new BigDecimal(plain).stripTrailingZeros().toPlainString());
		}
	}

	static final String PINNED = "bf360636b887ec3d31114ad685efa2798a8122a4116c40bb1aa7a3d4ffa423b7";

	private static void assertInRange(BigDecimal score) {
		assertThat(score).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
	}

	private static ScoringInputs build(List<Consumer<ScoringInputs.Builder>> steps) {
		ScoringInputs.Builder builder = ScoringInputs.builder();
		steps.forEach(s -> s.accept(builder));
		return builder.build();
	}

	/**
	 * One step per (item, value) pair and per OIT verdict; some items left without data.
	 */
	private static List<Consumer<ScoringInputs.Builder>> randomInputs(Random random) {
		List<Consumer<ScoringInputs.Builder>> steps = new ArrayList<>();
		for (String item : LIKERT) {
			addAnswers(random, steps, item, 1, 4);
		}
		for (String item : YES_NO) {
			addAnswers(random, steps, item, 0, 1);
		}
		for (String item : List.of("o1", "o2", "o4")) {
			Boolean verdict = (random.nextInt(4) == 0) ? null : random.nextBoolean();
			if (verdict != null) {
				steps.add(b -> b.oit(item, verdict));
			}
		}
		@Nullable BigDecimal partial = (random.nextInt(4) == 0) ? null : BigDecimal.valueOf(random.nextInt(10001), 2);
		if (partial != null) {
			steps.add(b -> b.oit("o3", partial));
		}
		int respondents = random.nextInt(50);
		steps.add(b -> b.respondents(Instrument.IIT, respondents));
		return steps;
	}

	private static void addAnswers(Random random, List<Consumer<ScoringInputs.Builder>> steps, String item, int min,
			int max) {
		if (random.nextInt(5) == 0) {
			return;
		}
		for (int value = min; value <= max; value++) {
			int v = value;
			long count = random.nextInt(1000);
			steps.add(b -> b.answers(item, v, count));
		}
	}

}
