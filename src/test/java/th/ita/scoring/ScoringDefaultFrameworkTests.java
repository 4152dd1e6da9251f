package th.ita.scoring;

import java.math.BigDecimal;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import th.ita.framework.FrameworkCatalog;
import th.ita.framework.FrameworkDefinition;
import th.ita.framework.FrameworkRef;
import th.ita.framework.Indicator;
import th.ita.framework.Instrument;
import th.ita.framework.Item;
import th.ita.scoring.engine.ScoreCard;
import th.ita.scoring.engine.ScoringEngine;
import th.ita.scoring.engine.ScoringInputs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine on the shipped default framework {@code ITA-ESA-2567} v1, read through the
 * framework module's API (its YAML parser is internal). Same context configuration as the
 * other module tests, so the context is shared.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ScoringDefaultFrameworkTests {

	@Autowired
	FrameworkCatalog catalog;

	FrameworkDefinition esa() {
		return this.catalog.definition(new FrameworkRef("ITA-ESA-2567", 1)).orElseThrow();
	}

	@Test
	void bestAnswersEverywhereAndEveryOitItemPassedGive100AndAA() {
		FrameworkDefinition esa = esa();
		ScoreCard card = ScoringEngine.score(esa, inputs(esa, true, true, i -> true));
		assertThat(card.complete()).isTrue();
		assertThat(card.ita()).isEqualByComparingTo("100");
		assertThat(card.itaRounded()).isEqualByComparingTo("100.00");
		assertThat(card.grade()).isEqualTo("AA");
		assertThat(card.passed()).isTrue();
		assertThat(card.indicators()).hasSize(10).allSatisfy(i -> assertThat(i.grade()).isEqualTo("AA"));
		assertThat(card.instrument(Instrument.IIT).orElseThrow().respondents()).isEqualTo(30);
		assertThat(card.weakIndicators()).isEmpty();
	}

	@Test
	void worstAnswersEverywhereAndEveryOitItemFailedGive0AndF() {
		FrameworkDefinition esa = esa();
		ScoreCard card = ScoringEngine.score(esa, inputs(esa, false, false, i -> true));
		assertThat(card.complete()).isTrue();
		assertThat(card.ita()).isEqualByComparingTo("0");
		assertThat(card.grade()).isEqualTo("F");
		assertThat(card.passed()).isFalse();
		assertThat(card.weakIndicators()).hasSize(10);
	}

	@Test
	void answeringTheTopOptionEverywhereIsNotAPerfectScoreBecauseOfReverseItems() {
		// "all answers 4 (or yes)" is not 100: the framework's reverse items (e.g. i9,
		// i4.1)
		// score 0 for those answers
		FrameworkDefinition esa = esa();
		ScoringInputs.Builder builder = ScoringInputs.builder();
		for (Instrument survey : new Instrument[] { Instrument.IIT, Instrument.EIT }) {
			for (Item leaf : esa.leafItems(survey)) {
				builder.answers(String.valueOf(leaf.code()), "YES_NO".equals(leaf.scale()) ? 1 : 4, 10);
			}
		}
		esa.leafItems(Instrument.OIT).forEach(leaf -> builder.oit(String.valueOf(leaf.code()), true));
		ScoreCard card = ScoringEngine.score(esa, builder.build());
		assertThat(card.complete()).isTrue();
		assertThat(card.ita()).isLessThan(BigDecimal.valueOf(100)).isGreaterThan(BigDecimal.ZERO);
		assertThat(card.item("i9").orElseThrow().score()).isEqualByComparingTo("0");
	}

	@Test
	void oneFailedOitIndicatorIsWeakAndCostsItsShare() {
		// indicator 10 all failed: OIT = (100 + 0) / 2 = 50; ITA = 30 + 30 + 0.4 · 50 =
		// 80
		FrameworkDefinition esa = esa();
		Indicator ten = esa.indicators().get(9);
		ScoreCard card = ScoringEngine.score(esa,
				inputs(esa, true, true, leaf -> ten.allItems().flatMap(Item::leaves).noneMatch(leaf::equals)));
		assertThat(card.itaRounded()).isEqualByComparingTo("80.00");
		assertThat(card.grade()).isEqualTo("B");
		assertThat(card.passed()).isFalse();
		assertThat(card.weakIndicators()).extracting(ScoreCard.IndicatorScore::number).containsExactly(10);
	}

	@Test
	void withoutOitVerdictsTheCardIsIncompleteAndNeverZeroFilled() {
		FrameworkDefinition esa = esa();
		ScoringInputs full = inputs(esa, true, true, i -> true);
		ScoringInputs surveysOnly = new ScoringInputs(full.answers(), java.util.Map.of(), full.respondents());
		ScoreCard card = ScoringEngine.score(esa, surveysOnly);
		assertThat(card.complete()).isFalse();
		assertThat(card.missingIndicators()).extracting(ScoreCard.IndicatorScore::number).containsExactly(9, 10);
		assertThat(card.instrument(Instrument.OIT).orElseThrow().score()).isNull();
		assertThat(card.ita()).isEqualByComparingTo("100");
	}

	/**
	 * Ten answers per survey leaf, the best (or worst) option after mirroring reverse
	 * items; every OIT leaf passed (or failed) when {@code pass} accepts it, else the
	 * opposite.
	 */
	static ScoringInputs inputs(FrameworkDefinition esa, boolean bestAnswers, boolean passOit, Predicate<Item> pass) {
		ScoringInputs.Builder builder = ScoringInputs.builder();
		for (Instrument survey : new Instrument[] { Instrument.IIT, Instrument.EIT }) {
			for (Item leaf : esa.leafItems(survey)) {
				boolean high = bestAnswers != leaf.reverse();
				int value = switch (String.valueOf(leaf.scale())) {
					case "LIKERT4" -> high ? 4 : 1;
					case "YES_NO" -> high ? 1 : 0;
					default -> throw new IllegalStateException("Unexpected scale of " + leaf.code());
				};
				builder.answers(String.valueOf(leaf.code()), value, 10);
			}
			builder.respondents(survey, 30);
		}
		esa.leafItems(Instrument.OIT)
			.forEach(leaf -> builder.oit(String.valueOf(leaf.code()), passOit == pass.test(leaf)));
		return builder.build();
	}

}
