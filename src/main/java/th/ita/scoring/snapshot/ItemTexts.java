package th.ita.scoring.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import th.ita.framework.FrameworkCatalog;
import th.ita.framework.FrameworkDefinition;
import th.ita.framework.FrameworkRef;
import th.ita.framework.Item;
import th.ita.scoring.AgencyResult.ItemResult;

/**
 * The item texts of a stored card: a snapshot stores its items' scores without their
 * texts (they are the same in every card of a framework version and made most of the
 * jsonb); the read path fills them in from the pinned framework, which is immutable.
 * Cards stored with their texts are read as they are.
 */
final class ItemTexts {

	private final FrameworkCatalog frameworks;

	private final Map<FrameworkRef, Map<String, Item>> items = new ConcurrentHashMap<>();

	ItemTexts(FrameworkCatalog frameworks) {
		this.frameworks = frameworks;
	}

	/** Every item and sub-item by its code, the first of a code as in the framework. */
	private static Map<String, Item> byCode(FrameworkDefinition framework) {
		Map<String, Item> out = new java.util.HashMap<>();
		framework.indicators()
			.forEach(indicator -> indicator.allItems()
				.flatMap(i -> java.util.stream.Stream.concat(java.util.stream.Stream.of(i), i.subItems().stream()))
				.forEach(i -> out.putIfAbsent(String.valueOf(i.code()), i)));
		return out;
	}

	/** The items without their texts, as stored. */
	static List<ItemResult> strip(List<ItemResult> items) {
		List<ItemResult> out = new ArrayList<>(items.size());
		for (ItemResult i : items) {
			out.add(new ItemResult(i.code(), i.indicator(), i.parent(), i.leaf(), null, null, i.score(), i.rounded(),
					i.validAnswers()));
		}
		return out;
	}

	/**
	 * The items of a framework version by code, loaded once. Not in a
	 * {@code computeIfAbsent}: threads waiting on it would each hold a connection while
	 * the loader needs one.
	 */
	Map<String, Item> load(FrameworkRef ref) {
		Map<String, Item> known = this.items.get(ref);
		if (known != null) {
			return known;
		}
		Map<String, Item> loaded = this.frameworks.definition(ref).map(ItemTexts::byCode).orElse(Map.of());
		this.items.putIfAbsent(ref, loaded);
		return loaded;
	}

	/** The items with the texts of the framework version filled in where missing. */
	List<ItemResult> fill(FrameworkRef ref, List<ItemResult> items) {
		Map<String, Item> byCode = load(ref);
		if (byCode.isEmpty()) {
			return items;
		}
		List<ItemResult> out = new ArrayList<>(items.size());
		for (ItemResult i : items) {
			if (i.textTh() != null || i.textEn() != null) {
				out.add(i);
				continue;
			}
			Optional<Item> item = Optional.ofNullable(byCode.get(i.code()));
			out.add(new ItemResult(i.code(), i.indicator(), i.parent(), i.leaf(), item.map(Item::textTh).orElse(null),
					item.map(Item::textEn).orElse(null), i.score(), i.rounded(), i.validAnswers()));
		}
		return out;
	}

}
