package th.ita.framework;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A sub-indicator, e.g. 9.1 ข้อมูลพื้นฐาน. It scores the weighted mean of its items.
 *
 * @param code unique in the framework, e.g. {@code 9.1}
 * @param nameTh Thai name
 * @param nameEn English name
 * @param weight weight among its siblings (default 1)
 * @param previous codes of the comparable node(s) in last year's framework
 * @param items its items
 */
public record SubIndicator(@Nullable String code, @Nullable String nameTh, @Nullable String nameEn,
		@Nullable BigDecimal weight, List<String> previous, List<Item> items) {

	public SubIndicator {
		weight = (weight != null) ? weight : BigDecimal.ONE;
		previous = (previous != null) ? List.copyOf(previous) : List.of();
		items = (items != null) ? List.copyOf(items) : List.of();
	}

}
