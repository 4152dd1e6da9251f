package th.ita.planning.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import th.ita.planning.PlanDocument.IndicatorAnalysis;
import th.ita.planning.PlanDocument.WeakItem;
import th.ita.scoring.AgencyResult;
import th.ita.scoring.AgencyResult.IndicatorResult;
import th.ita.scoring.AgencyResult.ItemResult;
import th.ita.scoring.AgencyResult.WeakIndicator;

/**
 * Joins scoring's result of the source round with the agency's analysis texts. Scores,
 * grades and weak items are scoring's, never typed: an analysis text is all the agency
 * adds.
 */
final class IndicatorAnalyses {

	private IndicatorAnalyses() {
	}

	static List<IndicatorAnalysis> of(Optional<AgencyResult> result, BigDecimal threshold, Map<Integer, String> texts) {
		List<IndicatorAnalysis> analyses = new ArrayList<>();
		if (result.isEmpty()) {
			texts.forEach((number, text) -> analyses
				.add(new IndicatorAnalysis(number, "", "", null, null, false, List.of(), text)));
			return analyses;
		}
		List<WeakIndicator> weak = result.get().weakIndicators(threshold);
		for (IndicatorResult indicator : result.get().indicators()) {
			Optional<WeakIndicator> w = weak.stream()
				.filter(x -> x.indicator().number() == indicator.number())
				.findFirst();
			List<WeakItem> items = w.map(x -> x.items().stream().map(IndicatorAnalyses::item).toList())
				.orElse(List.of());
			analyses.add(new IndicatorAnalysis(indicator.number(), text(indicator.nameTh()), text(indicator.nameEn()),
					round(indicator.rounded()), indicator.grade(), w.isPresent(), items,
					texts.get(indicator.number())));
		}
		return analyses;
	}

	private static WeakItem item(ItemResult item) {
		return new WeakItem(item.code(), text(item.textTh()), text(item.textEn()), round(item.rounded()));
	}

	private static @Nullable BigDecimal round(@Nullable BigDecimal value) {
		return (value != null) ? value.setScale(2, RoundingMode.HALF_UP) : null;
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

}
