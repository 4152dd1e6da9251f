package th.ita.scoring.engine;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.ita.framework.FrameworkDefinition;
import th.ita.framework.Instrument;
import th.ita.scoring.engine.ScoreCard.IndicatorScore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static th.ita.scoring.engine.ScoringFixtures.inputs;
import static th.ita.scoring.engine.ScoringFixtures.rich;

/**
 * Every rule of the engine as a table, on {@link ScoringFixtures#rich()} (no Spring).
 * Expected values are computed by hand in the comments.
 */
class ScoringEngineRulesTests {

	static final FrameworkDefinition RICH = rich();

	@ParameterizedTest(name = "[{index}] {0} → {1} = {2}")
	@CsvSource(delimiter = '|', textBlock = """
			# survey leaf = mean of the answers' scores (LIKERT4: 0, 33.3, 66.7, 100)
			a1=4 4 3                          | item:a1  | 88.89
			a1=1 2 3 4                        | item:a1  | 50.00
			a1=2                              | item:a1  | 33.33
			a1=4*9 1*1                        | item:a1  | 90.00
			# reverse items are mirrored: 100 - score
			a2=4 4 3                          | item:a2  | 11.11
			a2=1                              | item:a2  | 100.00
			# YES_NO: 1 = 100, 0 = 0; reversed: 1 = 0, 0 = 100
			a3=1 1 0                          | item:a3  | 66.67
			c2=1 0 0 0                        | item:c2  | 75.00
			# item with sub-items = weighted mean: b1.1 w1, b1.2 reverse w3
			b1.1=4; b1.2=4                    | item:b1  | 25.00
			b1.1=1; b1.2=1                    | item:b1  | 75.00
			b1.1=3; b1.2=2                    | item:b1  | 66.67
			# a missing sub-item is skipped, never 0
			b1.1=4                            | item:b1  | 100.00
			# indicator = weighted mean of items: (100·1 + 0·1 + 100·2) / 4
			a1=4; a2=4; a3=1                  | ind:1    | 75.00
			a1=4; a2=1; a3=0                  | ind:1    | 50.00
			# indicator with items missing: over the items present
			a1=4 4 3                          | ind:1    | 88.89
			a1=4 4 3                          | ind:2    | missing
			# (b1 25 · 2 + b2 100 · 1) / 3; (66.67 · 2 + 0) / 3
			b1.1=4; b1.2=4; b2=1              | ind:2    | 50.00
			b1.1=3; b1.2=2; b2=0              | ind:2    | 44.44
			# sub-indicator = weighted mean of its items; indicator = weighted mean of sub-indicators (1 : 3)
			o1=100; o2=0; o3=50               | sub:4.1  | 50.00
			o1=100; o2=0; o3=50               | sub:4.2  | 50.00
			o1=100; o2=100; o3=37.5           | ind:4    | 53.13
			o3=37.5                           | ind:4    | 37.50
			o1=100                            | ind:5    | missing
			# OIT item: pass 100, fail 0, partial credit as reviewed
			o4=100                            | item:o4  | 100.00
			o4=0                              | item:o4  | 0.00
			o3=62.5                           | item:o3  | 62.50
			# instrument = weighted mean of indicators (ind 1 w1, ind 2 w3): (75 + 50·3) / 4
			a1=4; a2=4; a3=1; b1.1=4; b1.2=4; b2=1 | inst:IIT | 56.25
			a1=4; a2=1; a3=1; b1.1=4; b1.2=1; b2=1 | inst:IIT | 100.00
			o1=100; o2=100; o3=37.5; o4=0     | inst:OIT | 26.56
			o4=100                            | inst:OIT | 100.00
			a1=4                              | inst:EIT | missing
			# ITA = 0.3 · 56.25 + 0.3 · 83.333 + 0.4 · 26.5625 = 16.875 + 25 + 10.625
			a1=4; a2=4; a3=1; b1.1=4; b1.2=4; b2=1; c1=3; c2=0; o1=100; o2=100; o3=37.5; o4=0 | ita | 52.50
			# OIT missing: ITA over IIT and EIT, weights renormalised: (30 · 56.25 + 30 · 83.333) / 60
			a1=4; a2=4; a3=1; b1.1=4; b1.2=4; b2=1; c1=3; c2=0 | ita | 69.79
			a1=4                              | ita      | 100.00
			''                                | ita      | missing
			""")
	void scoresEveryNodeByTheRules(String given, String node, String expected) {
		ScoreCard card = ScoringEngine.score(RICH, inputs(given));
		BigDecimal rounded = rounded(card, node);
		if (expected.equals("missing")) {
			assertThat(rounded).isNull();
		}
		else {
			assertThat(rounded).isEqualByComparingTo(expected);
		}
	}

	static @Nullable BigDecimal rounded(ScoreCard card, String node) {
		String[] kind = node.split(":");
		return switch (kind[0]) {
			case "item" -> card.item(kind[1]).orElseThrow().rounded();
			case "sub" -> card.indicators()
				.stream()
				.flatMap(i -> i.subIndicators().stream())
				.filter(s -> s.code().equals(kind[1]))
				.findFirst()
				.orElseThrow()
				.rounded();
			case "ind" -> card.indicator(Integer.parseInt(kind[1])).orElseThrow().rounded();
			case "inst" -> card.instrument(Instrument.valueOf(kind[1])).orElseThrow().rounded();
			case "ita" -> card.itaRounded();
			default -> throw new IllegalArgumentException(node);
		};
	}

	@Test
	void keepsFullPrecisionAndRoundsOnlyForDisplay() {
		ScoreCard card = ScoringEngine.score(RICH, inputs("a1=4 4 3"));
		BigDecimal score = card.item("a1").orElseThrow().score();
		// (100 + 100 + 200/3) / 3 = 800/9, at 34 significant digits
		assertThat(score).isEqualByComparingTo("88.88888888888888888888888888888889");
		assertThat(score.precision()).isEqualTo(34);
		assertThat(card.item("a1").orElseThrow().rounded()).isEqualByComparingTo("88.89");
		assertThat(card.ita()).isEqualByComparingTo(score);
		assertThat(card.item("a1").orElseThrow().validAnswers()).isEqualTo(3);
	}

	@ParameterizedTest(name = "weights {0}/{1}/{2} → {3} {4}")
	@CsvSource(textBlock = """
			# IIT 100, EIT 0, OIT (25 + 100) / 2 = 62.5
			30,  30,  40, 55.00, D
			0.3, 0.3, 0.4, 55.00, D
			1,   1,   1,  54.17, E
			1,   1,   2,  56.25, D
			10,  20,  70, 53.75, E
			50,  50,  0,  50.00, E
			0,   0,   1,  62.50, D
			""")
	void itaIsTheWeightedMeanOfTheInstruments(String iit, String eit, String oit, String ita, String grade) {
		ScoreCard card = ScoringEngine.score(rich(iit, eit, oit),
				inputs("a1=4; a2=1; a3=1; b1.1=4; b1.2=1; b2=1; c1=1; c2=1; o1=100; o2=100; o3=0; o4=100"));
		assertThat(card.instrument(Instrument.IIT).orElseThrow().score()).isEqualByComparingTo("100");
		assertThat(card.instrument(Instrument.EIT).orElseThrow().score()).isEqualByComparingTo("0");
		assertThat(card.instrument(Instrument.OIT).orElseThrow().score()).isEqualByComparingTo("62.5");
		assertThat(card.itaRounded()).isEqualByComparingTo(ita);
		assertThat(card.grade()).isEqualTo(grade);
		assertThat(card.complete()).isTrue();
	}

	@ParameterizedTest(name = "{0} → {1} {2}")
	@CsvSource(textBlock = """
			100,    AA, true
			95,     AA, true
			94.995, AA, true
			94.994, A,  true
			85,     A,  true
			84.995, A,  true
			84.994, B,  false
			75,     B,  false
			74.99,  C,  false
			65,     C,  false
			64.99,  D,  false
			55,     D,  false
			54.99,  E,  false
			50,     E,  false
			49.995, E,  false
			49.99,  F,  false
			0,      F,  false
			""")
	void gradesAndPassComeFromTheFrameworkOnTheRoundedScore(String score, String grade, boolean passed) {
		ScoreCard card = ScoringEngine.score(ScoringFixtures.single(), inputs("og=" + score));
		assertThat(card.grade()).isEqualTo(grade);
		assertThat(card.passed()).isEqualTo(passed);
		assertThat(card.indicator(1).orElseThrow().grade()).isEqualTo(grade);
	}

	@ParameterizedTest(name = "[{index}] {0} → complete {1}, missing {2}")
	@CsvSource(delimiter = '|', textBlock = """
			a1=4; a2=1; a3=1; b1.1=4; b1.2=1; b2=1; c1=1; c2=1; o1=100; o2=100; o3=0; o4=100 | true  | ''
			a1=4; a2=1; a3=1; b1.1=4; b1.2=1; b2=1; c1=1; c2=1; o1=100; o2=100; o3=0          | false | 5
			a1=4; a2=1; a3=1; b1.1=4; b1.2=1; b2=1; c1=1; c2=1; o1=100; o2=100; o4=100        | false | ''
			a1=4; a2=1; b1.1=4; b1.2=1; b2=1; c1=1; c2=1; o1=100; o2=100; o3=0; o4=100        | false | ''
			a1=4; a2=1; a3=1; b1.1=4; b1.2=1; b2=1; o1=100; o2=100; o3=0; o4=100             | false | 3
			a1=4                                                                              | false | 2 3 4 5
			''                                                                                | false | 1 2 3 4 5
			""")
	void missingDataIsNeverZeroAndMakesTheCardIncomplete(String given, boolean complete, String missing) {
		ScoreCard card = ScoringEngine.score(RICH, inputs(given));
		assertThat(card.complete()).isEqualTo(complete);
		List<Integer> expected = Arrays.stream(missing.split(" "))
			.filter(s -> !s.isBlank())
			.map(Integer::valueOf)
			.toList();
		assertThat(card.missingIndicators()).extracting(IndicatorScore::number).containsExactlyElementsOf(expected);
		assertThat(card.indicators()).allSatisfy(i -> {
			assertThat(i.missing()).isEqualTo(i.score() == null);
			assertThat(i.missing()).isEqualTo(i.grade() == null);
		});
		if (!complete && card.ita() != null) {
			// the ITA of an incomplete card is still a number over what exists, never a
			// 0-filled one
			assertThat(card.instruments()).anySatisfy(i -> assertThat(i.complete()).isFalse());
		}
	}

	@Test
	void missingIndicatorDoesNotDragItsInstrumentToZero() {
		// indicator 5 (o4) has no verdict: OIT is indicator 4 alone (100), not (100 + 0)
		// / 2
		ScoreCard card = ScoringEngine.score(RICH, inputs("o1=100; o2=100; o3=100"));
		assertThat(card.instrument(Instrument.OIT).orElseThrow().score()).isEqualByComparingTo("100");
		assertThat(card.instrument(Instrument.OIT).orElseThrow().complete()).isFalse();
		assertThat(card.indicator(5).orElseThrow().missing()).isTrue();
		assertThat(card.complete()).isFalse();
	}

	@Test
	void reportsRespondentsOfSurveyInstrumentsOnly() {
		ScoreCard card = ScoringEngine.score(RICH, inputs("a1=4 3; resp:IIT=2; resp:EIT=0"));
		assertThat(card.instrument(Instrument.IIT).orElseThrow().respondents()).isEqualTo(2);
		assertThat(card.instrument(Instrument.EIT).orElseThrow().respondents()).isZero();
		assertThat(card.instrument(Instrument.OIT).orElseThrow().respondents()).isNull();
	}

	@Test
	void listsItemsInFrameworkOrderWithTheirParents() {
		ScoreCard card = ScoringEngine.score(RICH, ScoringInputs.EMPTY);
		assertThat(card.items()).extracting(ScoreCard.ItemScore::code)
			.containsExactly("a1", "a2", "a3", "b1", "b1.1", "b1.2", "b2", "c1", "c2", "o1", "o2", "o3", "o4");
		assertThat(card.item("b1.2").orElseThrow().parent()).isEqualTo("b1");
		assertThat(card.item("o3").orElseThrow().indicator()).isEqualTo(4);
		assertThat(card.indicator(4).orElseThrow().subIndicators()).extracting(ScoreCard.SubIndicatorScore::code)
			.containsExactly("4.1", "4.2");
		assertThat(card.indicator(1).orElseThrow().nameEn()).isEqualTo("Indicator 1");
		assertThat(card.framework().code()).isEqualTo("T-RICH");
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@CsvSource(delimiter = '|', textBlock = """
			# binary OIT item takes 0 or 100 only
			o1=50
			o3=100.01
			o3=-1
			# unknown item, OIT score for a survey item, answers for an OIT item
			zz=4
			oz=100
			b1=4
			# answer not on the scale
			a1=5
			a3=2
			""")
	void rejectsInputsTheFrameworkDoesNotAllow(String given) {
		assertThatIllegalArgumentException().isThrownBy(() -> ScoringEngine.score(RICH, inputs(given)));
	}

	@Test
	void rejectsAnswersForAnOitItemAndScoresForASurveyItem() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ScoringEngine.score(RICH, ScoringInputs.builder().answer("o1", 1).build()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ScoringEngine.score(RICH, ScoringInputs.builder().oit("a1", BigDecimal.ZERO).build()));
	}

	@Test
	void weakIndicatorsAreBelowTheThresholdLowestFirst() {
		// ind 1: 75, ind 2: 50, ind 3: 83.33, ind 4: 25, ind 5: missing
		ScoreCard card = ScoringEngine.score(RICH,
				inputs("a1=4; a2=4; a3=1; b1.1=4; b1.2=4; b2=1; c1=3; c2=0; o1=100; o2=100; o3=0"));
		assertThat(card.weakIndicators()).extracting(IndicatorScore::number).containsExactly(4, 2, 1, 3);
		assertThat(card.weakIndicators(new BigDecimal("80"))).extracting(IndicatorScore::number)
			.containsExactly(4, 2, 1);
		assertThat(card.weakIndicators(new BigDecimal("25"))).isEmpty();
		assertThat(card.missingIndicators()).extracting(IndicatorScore::number).containsExactly(5);
	}

}
