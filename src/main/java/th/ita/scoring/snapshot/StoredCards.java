package th.ita.scoring.snapshot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;
import th.ita.framework.FrameworkCatalog;
import th.ita.framework.FrameworkDefinition;
import th.ita.framework.FrameworkRef;
import th.ita.framework.Indicator;
import th.ita.framework.Item;
import th.ita.framework.SubIndicator;
import th.ita.scoring.AgencyResult;
import th.ita.scoring.AgencyResult.IndicatorResult;
import th.ita.scoring.AgencyResult.InstrumentResult;
import th.ita.scoring.AgencyResult.ItemResult;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a stored card leaves to the pinned framework, which is immutable: a snapshot
 * stores each item as {@code [code, score, validAnswers]} ({@link StoredItem}, the score
 * at 2 decimals: see {@link #compact}) and each indicator without its names; the read
 * path fills in the item's indicator, parent, leaf flag, texts and 2-decimal score, and
 * the indicator names, from the framework version. (A card of 30,000 was mostly these
 * repeated fields and texts: the compact form is about a quarter of the JSON to build,
 * send and store.) Cards stored with full items (older rows) are read as they are, texts
 * filled in where missing.
 */
final class StoredCards {

	private final FrameworkCatalog frameworks;

	private final JsonMapper json;

	private final Map<FrameworkRef, Layout> layouts = new ConcurrentHashMap<>();

	StoredCards(FrameworkCatalog frameworks, JsonMapper json) {
		this.frameworks = frameworks;
		this.json = json;
	}

	/**
	 * The part of a result stored as json: {@code scores} (compact items) in cards
	 * written now, {@code items} (full) in older ones.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record StoredCard(String agencyNameTh, List<InstrumentResult> instruments, List<IndicatorResult> indicators,
			@Nullable List<ItemResult> items, @Nullable List<StoredItem> scores) {
	}

	/** The card of a result as stored, json text. */
	String write(AgencyResult r) {
		return this.json.writeValueAsString(card(r));
	}

	/** The card of a result as stored, json in UTF-8 (the bulk write's form). */
	byte[] writeBytes(AgencyResult r) {
		return this.json.writeValueAsBytes(card(r));
	}

	private static StoredCard card(AgencyResult r) {
		return new StoredCard(r.agencyNameTh(), r.instruments(), compactIndicators(r.indicators()), null,
				compact(r.items()));
	}

	/** A stored card from its json in UTF-8 (as the driver gives a json column). */
	StoredCard read(byte[] card) {
		return this.json.readValue(card, StoredCard.class);
	}

	/**
	 * The result read without its indicators and items ({@code head}) completed from its
	 * card and the pinned framework. Never called while a row mapper holds a connection
	 * (loading a framework takes one).
	 */
	AgencyResult complete(AgencyResult head, StoredCard card) {
		FrameworkRef ref = head.framework();
		List<ItemResult> items = (card.scores() != null) ? expand(ref, card.scores())
				: fill(ref, (card.items() != null) ? card.items() : List.of());
		return new AgencyResult(head.fiscalYear(), head.agencyCode(), head.agencyNameTh(), ref, head.ita(),
				head.itaRounded(), head.grade(), head.passed(), head.complete(), card.instruments(),
				fillIndicators(ref, card.indicators()), items, head.inputsFingerprint(), head.computedAt(),
				head.published());
	}

	/**
	 * An item as stored: a JSON array {@code ["1.2", 97.5, 120]}, read by
	 * {@link ItemReader}.
	 */
	@JsonFormat(shape = JsonFormat.Shape.ARRAY)
	@JsonPropertyOrder({ "code", "score", "validAnswers" })
	@JsonDeserialize(using = ItemReader.class)
	@JsonSerialize(using = ItemWriter.class)
	record StoredItem(String code, @Nullable BigDecimal score, long validAnswers) {
	}

	/**
	 * Writes a {@link StoredItem} as its array, as the annotated record's default form
	 * would be: a round recompute writes a hundred or more per card, tens of thousands of
	 * cards.
	 */
	static final class ItemWriter extends ValueSerializer<StoredItem> {

		@Override
		public void serialize(StoredItem item, JsonGenerator generator, SerializationContext context) {
			generator.writeStartArray(item, 3);
			generator.writeString(item.code());
			if (item.score() != null) {
				generator.writeNumber(item.score());
			}
			else {
				generator.writeNull();
			}
			generator.writeNumber(item.validAnswers());
			generator.writeEndArray();
		}

	}

	/**
	 * Reads a {@link StoredItem} token by token: a card has a hundred or more, and the
	 * generic reading of arrays into records was a third of the results API's work on a
	 * cache miss.
	 */
	static final class ItemReader extends ValueDeserializer<StoredItem> {

		@Override
		public StoredItem deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.isExpectedStartArrayToken()) {
				return (StoredItem) context.handleUnexpectedToken(StoredItem.class, parser);
			}
			String code = (parser.nextToken() == JsonToken.VALUE_STRING) ? parser.getString()
					: parser.getValueAsString();
			BigDecimal score = (parser.nextToken() == JsonToken.VALUE_NULL) ? null : parser.getDecimalValue();
			parser.nextToken();
			long validAnswers = parser.getValueAsLong();
			if (code == null || parser.nextToken() != JsonToken.END_ARRAY) {
				return (StoredItem) context.handleUnexpectedToken(StoredItem.class, parser);
			}
			return new StoredItem(code, score, validAnswers);
		}

	}

	/**
	 * The items as stored: their scores at display precision (2 decimals). The ITA, the
	 * instruments and the indicators are stored at full precision; an item's full
	 * precision is what the pure engine gives from the snapshot's stored inputs again
	 * (the reproducibility check compares items at 2 decimals). Printing a hundred
	 * 34-digit numbers per card was most of the bulk write's JSON work and bytes.
	 */
	static List<StoredItem> compact(List<ItemResult> items) {
		List<StoredItem> out = new ArrayList<>(items.size());
		for (ItemResult i : items) {
			out.add(new StoredItem(i.code(), i.rounded(), i.validAnswers()));
		}
		return out;
	}

	/** The indicators as stored (names left to the framework). */
	static List<IndicatorResult> compactIndicators(List<IndicatorResult> indicators) {
		List<IndicatorResult> out = new ArrayList<>(indicators.size());
		for (IndicatorResult i : indicators) {
			out.add(new IndicatorResult(i.number(), i.code(), i.instrument(), null, null, i.score(), i.rounded(),
					i.grade(), i.missing(), i.previous()));
		}
		return out;
	}

	/**
	 * One item of the framework in the engine's order (an item, then its sub-items), with
	 * what the card leaves out.
	 */
	private record Slot(String code, int indicator, @Nullable String parent, boolean leaf, @Nullable String textTh,
			@Nullable String textEn) {
	}

	/** A framework version's items in card order, by code, and its indicators. */
	private record Layout(List<Slot> order, Map<String, Slot> byCode, Map<Integer, Indicator> indicators) {

		static final Layout NONE = new Layout(List.of(), Map.of(), Map.of());

		static Layout of(FrameworkDefinition framework) {
			List<Slot> order = new ArrayList<>();
			Map<Integer, Indicator> indicators = new HashMap<>();
			for (Indicator indicator : framework.indicators()) {
				indicators.put(indicator.number(), indicator);
				indicator.items().forEach(item -> add(order, indicator.number(), item, null));
				for (SubIndicator sub : indicator.subIndicators()) {
					sub.items().forEach(item -> add(order, indicator.number(), item, null));
				}
			}
			Map<String, Slot> byCode = new HashMap<>();
			order.forEach(slot -> byCode.putIfAbsent(slot.code(), slot));
			return new Layout(List.copyOf(order), Map.copyOf(byCode), Map.copyOf(indicators));
		}

		private static void add(List<Slot> order, int indicator, Item item, @Nullable String parent) {
			String code = String.valueOf(item.code());
			order.add(new Slot(code, indicator, parent, item.subItems().isEmpty(), item.textTh(), item.textEn()));
			item.subItems().forEach(sub -> add(order, indicator, sub, code));
		}

	}

	/**
	 * The layout of a framework version, loaded once. Not in a {@code computeIfAbsent}:
	 * threads waiting on it would each hold a connection while the loader needs one.
	 */
	private Layout layout(FrameworkRef ref) {
		Layout known = this.layouts.get(ref);
		if (known != null) {
			return known;
		}
		Layout loaded = this.frameworks.definition(ref).map(Layout::of).orElse(Layout.NONE);
		this.layouts.putIfAbsent(ref, loaded);
		return loaded;
	}

	/**
	 * Loads the framework version's layout ahead (before a row stream holds a
	 * connection).
	 */
	void load(FrameworkRef ref) {
		layout(ref);
	}

	/** The stored items as results, in the same order. */
	private List<ItemResult> expand(FrameworkRef ref, List<StoredItem> stored) {
		Layout layout = layout(ref);
		List<ItemResult> out = new ArrayList<>(stored.size());
		for (int i = 0; i < stored.size(); i++) {
			StoredItem item = stored.get(i);
			// by position (codes may repeat across indicators), by code if the order
			// differs
			Slot slot = (i < layout.order().size() && layout.order().get(i).code().equals(item.code()))
					? layout.order().get(i) : layout.byCode().get(item.code());
			BigDecimal rounded = (item.score() != null) ? FrameworkDefinition.rounded(item.score()) : null;
			out.add((slot != null)
					? new ItemResult(item.code(), slot.indicator(), slot.parent(), slot.leaf(), slot.textTh(),
							slot.textEn(), item.score(), rounded, item.validAnswers())
					: new ItemResult(item.code(), 0, null, true, null, null, item.score(), rounded,
							item.validAnswers()));
		}
		return out;
	}

	/** The indicators with their names from the framework version where missing. */
	private List<IndicatorResult> fillIndicators(FrameworkRef ref, List<IndicatorResult> indicators) {
		Layout layout = layout(ref);
		List<IndicatorResult> out = new ArrayList<>(indicators.size());
		for (IndicatorResult i : indicators) {
			Indicator indicator = layout.indicators().get(i.number());
			out.add((i.nameTh() != null || i.nameEn() != null || indicator == null) ? i
					: new IndicatorResult(i.number(), i.code(), i.instrument(), indicator.nameTh(), indicator.nameEn(),
							i.score(), i.rounded(), i.grade(), i.missing(), i.previous()));
		}
		return out;
	}

	/** Full items (older cards) with the texts of the framework version where missing. */
	private List<ItemResult> fill(FrameworkRef ref, List<ItemResult> items) {
		Map<String, Slot> byCode = layout(ref).byCode();
		if (byCode.isEmpty()) {
			return items;
		}
		List<ItemResult> out = new ArrayList<>(items.size());
		for (ItemResult i : items) {
			Slot slot = byCode.get(i.code());
			out.add((i.textTh() != null || i.textEn() != null || slot == null) ? i
					: new ItemResult(i.code(), i.indicator(), i.parent(), i.leaf(), slot.textTh(), slot.textEn(),
							i.score(), i.rounded(), i.validAnswers()));
		}
		return out;
	}

}
