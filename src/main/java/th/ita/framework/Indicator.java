package th.ita.framework;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * An indicator (numbered 1..N) of one instrument. It scores the weighted mean of its
 * sub-indicators, or of its items when it has no sub-indicators.
 *
 * @param number 1..N in file order
 * @param code unique in the framework (default: the number, e.g. {@code 9})
 * @param instrument the instrument it belongs to
 * @param nameTh Thai name
 * @param nameEn English name
 * @param weight weight within its instrument (default 1)
 * @param previous codes of the comparable indicator(s) in last year's framework
 * @param subIndicators its sub-indicators (or none)
 * @param items its items when it has no sub-indicators
 */
public record Indicator(int number, @Nullable String code, @Nullable Instrument instrument, @Nullable String nameTh,
		@Nullable String nameEn, @Nullable BigDecimal weight, List<String> previous, List<SubIndicator> subIndicators,
		List<Item> items) {

	public Indicator {
		code = (code != null) ? code : ((number > 0) ? String.valueOf(number) : null);
		weight = (weight != null) ? weight : BigDecimal.ONE;
		previous = (previous != null) ? List.copyOf(previous) : List.of();
		subIndicators = (subIndicators != null) ? List.copyOf(subIndicators) : List.of();
		items = (items != null) ? List.copyOf(items) : List.of();
	}

	/** Its items, through its sub-indicators when it has them. */
	public Stream<Item> allItems() {
		return Stream.concat(this.items.stream(), this.subIndicators.stream().flatMap(s -> s.items().stream()));
	}

}
