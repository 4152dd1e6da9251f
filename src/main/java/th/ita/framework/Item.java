package th.ita.framework;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A question (IIT, EIT) or a checklist item (OIT), or a sub-item of one. An item with
 * sub-items scores the weighted mean of its sub-items.
 *
 * @param code unique in the framework, e.g. {@code i4}, {@code O27}
 * @param textTh Thai text
 * @param textEn English text
 * @param weight weight among its siblings (default 1)
 * @param scale survey items: the answer scale code (sub-items inherit it when they name
 * none)
 * @param reverse a negative item: its score is mirrored
 * @param groups survey items: the respondent group codes that answer it (empty: all
 * groups of the instrument)
 * @param evidence OIT items: what the evidence must show
 * @param previous codes of the comparable item(s) in last year's framework
 * @param subItems the sub-items, if any
 */
public record Item(@Nullable String code, @Nullable String textTh, @Nullable String textEn, @Nullable BigDecimal weight,
		@Nullable String scale, @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean reverse, List<String> groups,
		@Nullable OitRequirement evidence, List<String> previous, List<Item> subItems) {

	public Item {
		weight = (weight != null) ? weight : BigDecimal.ONE;
		groups = (groups != null) ? List.copyOf(groups) : List.of();
		previous = (previous != null) ? List.copyOf(previous) : List.of();
		String inherited = scale;
		subItems = (subItems != null) ? subItems.stream()
			.map(s -> (s.scale() == null && inherited != null) ? s.withScale(inherited) : s)
			.toList() : List.of();
	}

	Item withScale(String scale) {
		return new Item(this.code, this.textTh, this.textEn, this.weight, scale, this.reverse, this.groups,
				this.evidence, this.previous, this.subItems);
	}

	/** This item when it has no sub-items, otherwise its sub-items. */
	public Stream<Item> leaves() {
		return this.subItems.isEmpty() ? Stream.of(this) : this.subItems.stream();
	}

}
