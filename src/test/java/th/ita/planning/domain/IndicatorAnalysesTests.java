package th.ita.planning.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import th.ita.framework.FrameworkRef;
import th.ita.framework.Instrument;
import th.ita.planning.PlanDocument.IndicatorAnalysis;
import th.ita.scoring.AgencyResult;
import th.ita.scoring.AgencyResult.IndicatorResult;
import th.ita.scoring.AgencyResult.ItemResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weak indicators of a plan are scoring's (through
 * {@code AgencyResult.weakIndicators}): score, grade and the items that pulled them down
 * are never typed; the agency only adds its analysis text.
 */
class IndicatorAnalysesTests {

	static IndicatorResult indicator(int number, String score, String grade) {
		return new IndicatorResult(number, String.valueOf(number), Instrument.OIT, "ตัวชี้วัด " + number,
				"Indicator " + number, new BigDecimal(score), new BigDecimal(score), grade, false, List.of());
	}

	static ItemResult item(String code, int indicator, String score) {
		return new ItemResult(code, indicator, null, true, "ข้อ " + code, "Item " + code, new BigDecimal(score),
				new BigDecimal(score), 0);
	}

	static AgencyResult result() {
		return new AgencyResult(2567, "S4001", "สพม.ขอนแก่น", new FrameworkRef("ITA-ESA-2567", 1), null, null, null,
				false, true, List.of(),
				List.of(indicator(1, "98.71", "AA"), indicator(9, "63.71", "D"), indicator(10, "83.75", "B")),
				List.of(item("O1", 9, "100"), item("O20", 9, "0"), item("O21", 9, "50"), item("O30", 10, "75"),
						item("O31", 10, "100")),
				"fp", Instant.EPOCH, false);
	}

	@Test
	void weakIndicatorsAndTheirItemsComeFromScoring() {
		List<IndicatorAnalysis> analyses = IndicatorAnalyses.of(Optional.of(result()), BigDecimal.valueOf(85),
				Map.of(9, "ข้อมูลไม่เป็นปัจจุบัน"));
		assertThat(analyses).extracting(IndicatorAnalysis::number).containsExactly(1, 9, 10);
		assertThat(analyses).filteredOn(IndicatorAnalysis::weak)
			.extracting(IndicatorAnalysis::number)
			.containsExactly(9, 10);
		IndicatorAnalysis nine = analyses.get(1);
		assertThat(nine.score()).isEqualByComparingTo("63.71");
		assertThat(nine.grade()).isEqualTo("D");
		assertThat(nine.items()).extracting(i -> i.code()).containsExactly("O20", "O21");
		assertThat(nine.analysis()).isEqualTo("ข้อมูลไม่เป็นปัจจุบัน");
		assertThat(analyses.get(2).items()).extracting(i -> i.code()).containsExactly("O30");
	}

	@Test
	void theThresholdIsConfigurable() {
		List<IndicatorAnalysis> analyses = IndicatorAnalyses.of(Optional.of(result()), BigDecimal.valueOf(99),
				Map.of());
		assertThat(analyses).allMatch(IndicatorAnalysis::weak);
		assertThat(IndicatorAnalyses.of(Optional.of(result()), BigDecimal.valueOf(60), Map.of()))
			.noneMatch(IndicatorAnalysis::weak);
	}

	@Test
	void withoutResultsNothingIsWeakAndTheTextsStay() {
		List<IndicatorAnalysis> analyses = IndicatorAnalyses.of(Optional.empty(), BigDecimal.valueOf(85),
				Map.of(10, "ข้อความ"));
		assertThat(analyses).singleElement().satisfies(a -> {
			assertThat(a.weak()).isFalse();
			assertThat(a.score()).isNull();
			assertThat(a.analysis()).isEqualTo("ข้อความ");
		});
	}

}
