package th.ita.scoring.results;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import th.ita.scoring.AgencyResult;
import th.ita.scoring.AgencyResult.IndicatorResult;
import th.ita.scoring.AgencyResult.ItemResult;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;

/** JSON bodies of the results API (scores at 2 decimals; {@code ita Exact} in full). */
final class ResultsJson {

	private ResultsJson() {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Agency(String agency, String agencyNameTh, int fiscalYear, String framework, @Nullable BigDecimal ita,
			@Nullable String itaExact, @Nullable String grade, boolean passed, boolean complete, boolean published,
			Map<String, Instrument> instruments, List<Indicator> indicators, List<Weak> weakIndicators,
			@Nullable List<Item> items, String inputsFingerprint, String computedAt) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Instrument(@Nullable BigDecimal score, BigDecimal weight, @Nullable Integer respondents,
			@Nullable Integer minimumSample, boolean complete) {
	}

	record Indicator(int number, String code, String instrument,
			@JsonSerialize(using = FrameworkText.class) @Nullable String nameTh,
			@JsonSerialize(using = FrameworkText.class) @Nullable String nameEn, @Nullable BigDecimal score,
			@Nullable String grade, boolean missing) {
	}

	record Weak(int number, @JsonSerialize(using = FrameworkText.class) @Nullable String nameTh,
			@JsonSerialize(using = FrameworkText.class) @Nullable String nameEn, @Nullable BigDecimal score,
			List<Item> items) {
	}

	@JsonSerialize(using = ItemWriter.class)
	record Item(String code, int indicator, @Nullable String parent, @Nullable String textTh, @Nullable String textEn,
			@Nullable BigDecimal score, long validAnswers) {
	}

	/**
	 * Writes an {@link Item} property by property, as the record's default form would be
	 * (the same names, order, nulls and numbers), the texts from {@link FrameworkText}:
	 * an answer lists a hundred items or more, and writing them as beans was most of
	 * building one.
	 */
	static final class ItemWriter extends ValueSerializer<Item> {

		@Override
		public void serialize(Item item, JsonGenerator generator, SerializationContext context) {
			generator.writeStartObject(item);
			generator.writeStringProperty("code", item.code());
			generator.writeNumberProperty("indicator", item.indicator());
			generator.writeStringProperty("parent", item.parent());
			generator.writeName("textTh");
			FrameworkText.write(item.textTh(), generator);
			generator.writeName("textEn");
			FrameworkText.write(item.textEn(), generator);
			generator.writeName("score");
			if (item.score() != null) {
				generator.writeNumber(item.score());
			}
			else {
				generator.writeNull();
			}
			generator.writeNumberProperty("validAnswers", item.validAnswers());
			generator.writeEndObject();
		}

	}

	/**
	 * A framework's text (an indicator's name, an item's text) written from its quoted
	 * UTF-8 bytes, encoded once: the same few hundred Thai and English texts are in every
	 * answer, and encoding them again each time was most of writing one. Up to
	 * {@value #KEPT} texts are kept (frameworks are few and immutable).
	 */
	static final class FrameworkText extends ValueSerializer<String> {

		static final int KEPT = 20_000;

		private static final Map<String, SerializedString> ENCODED = new ConcurrentHashMap<>();

		@Override
		public void serialize(String value, JsonGenerator generator, SerializationContext context) {
			write(value, generator);
		}

		static void write(@Nullable String value, JsonGenerator generator) {
			if (value == null) {
				generator.writeNull();
				return;
			}
			SerializedString encoded = ENCODED.get(value);
			if (encoded == null) {
				encoded = new SerializedString(value);
				if (ENCODED.size() < KEPT) {
					ENCODED.put(value, encoded);
				}
			}
			generator.writeString(encoded);
		}

	}

	static Agency of(AgencyResult r, boolean items, BigDecimal threshold) {
		Map<String, Instrument> instruments = new LinkedHashMap<>();
		r.instruments()
			.forEach(i -> instruments.put(i.instrument().name(),
					new Instrument(i.rounded(), i.weight(), i.respondents(), i.minimumSample(), i.complete())));
		List<Indicator> indicators = r.indicators().stream().map(ResultsJson::indicator).toList();
		List<Weak> weak = r.weakIndicators(threshold)
			.stream()
			.map(w -> new Weak(w.indicator().number(), w.indicator().nameTh(), w.indicator().nameEn(),
					w.indicator().rounded(), w.items().stream().map(ResultsJson::item).toList()))
			.toList();
		return new Agency(r.agencyCode(), r.agencyNameTh(), r.fiscalYear(), r.framework().toString(), r.itaRounded(),
				(r.ita() != null) ? r.ita().toPlainString() : null, r.grade(), r.passed(), r.complete(), r.published(),
				instruments, indicators, weak, items ? r.items().stream().map(ResultsJson::item).toList() : null,
				r.inputsFingerprint(), r.computedAt().toString());
	}

	static Indicator indicator(IndicatorResult i) {
		return new Indicator(i.number(), i.code(), i.instrument().name(), i.nameTh(), i.nameEn(), i.rounded(),
				i.grade(), i.missing());
	}

	static Item item(ItemResult i) {
		return new Item(i.code(), i.indicator(), i.parent(), i.textTh(), i.textEn(), i.rounded(), i.validAnswers());
	}

	record Recomputed(int fiscalYear, int agencies, long millis) {
	}

	record Published(int fiscalYear, String publishedAt) {
	}

}
