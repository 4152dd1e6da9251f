package th.ita.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import th.ita.framework.FrameworkRef;
import th.ita.framework.Instrument;

/**
 * One agency's scores in a round, as stored in its current snapshot. Scores are at full
 * precision; each {@code rounded} is the 2-decimal value pages show and grades use. A
 * {@code null} score means missing (no data), never 0; then {@code complete} is false and
 * the ITA is provisional.
 *
 * @param fiscalYear the round
 * @param agencyCode the agency
 * @param agencyNameTh the agency's Thai display name
 * @param framework the pinned framework version scored against
 * @param ita full precision, or {@code null} without any data
 * @param itaRounded 2 decimals
 * @param grade grade letter from the framework's bands
 * @param passed the rounded ITA reaches the pass mark (85)
 * @param complete every item has data
 * @param instruments IIT, EIT, OIT in framework order
 * @param indicators in framework order (1..10)
 * @param items every item and sub-item in framework order
 * @param inputsFingerprint SHA-256 of the framework version, rules and inputs
 * @param computedAt when the snapshot was computed
 * @param published whether the round's results are published
 */
public record AgencyResult(int fiscalYear, String agencyCode, String agencyNameTh, FrameworkRef framework,
		@Nullable BigDecimal ita, @Nullable BigDecimal itaRounded, @Nullable String grade, boolean passed,
		boolean complete, List<InstrumentResult> instruments, List<IndicatorResult> indicators, List<ItemResult> items,
		String inputsFingerprint, Instant computedAt, boolean published) {

	/** The default threshold of weak indicators (85; seed 000 also uses 95). */
	public static final BigDecimal DEFAULT_WEAK_THRESHOLD = BigDecimal.valueOf(85);

	public AgencyResult {
		instruments = List.copyOf(instruments);
		indicators = List.copyOf(indicators);
		items = List.copyOf(items);
	}

	public Optional<InstrumentResult> instrument(Instrument instrument) {
		return this.instruments.stream().filter(i -> i.instrument() == instrument).findFirst();
	}

	public Optional<IndicatorResult> indicator(int number) {
		return this.indicators.stream().filter(i -> i.number() == number).findFirst();
	}

	public Optional<ItemResult> item(String code) {
		return this.items.stream().filter(i -> i.code().equals(code)).findFirst();
	}

	/** The indicators ranked as in seed 001: highest score first, missing last. */
	public List<IndicatorResult> ranked() {
		return this.indicators.stream()
			.sorted(Comparator
				.comparing(IndicatorResult::score, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
				.thenComparing(IndicatorResult::number))
			.toList();
	}

	/**
	 * The indicators whose rounded score is below the threshold, lowest first, each with
	 * its leaf items below the threshold (lowest first): the items that pulled it down.
	 * Missing indicators are not weak (they are missing).
	 */
	public List<WeakIndicator> weakIndicators(BigDecimal threshold) {
		return this.indicators.stream()
			.filter(i -> i.rounded() != null && i.rounded().compareTo(threshold) < 0)
			.sorted(Comparator.comparing((IndicatorResult i) -> i.score()).thenComparing(IndicatorResult::number))
			.map(i -> new WeakIndicator(i,
					this.items.stream()
						.filter(item -> item.indicator() == i.number() && item.leaf() && item.rounded() != null
								&& item.rounded().compareTo(threshold) < 0)
						.sorted(Comparator.comparing((ItemResult item) -> item.score()))
						.toList()))
			.toList();
	}

	/**
	 * One instrument.
	 *
	 * @param instrument IIT, EIT or OIT
	 * @param weight its weight in the ITA (e.g. 30)
	 * @param score full precision or {@code null}
	 * @param rounded 2 decimals
	 * @param respondents survey: responses counted; OIT: {@code null}
	 * @param minimumSample survey: the minimum sample of the enrolment; OIT: {@code null}
	 * @param complete every item of the instrument has data
	 */
	public record InstrumentResult(Instrument instrument, BigDecimal weight, @Nullable BigDecimal score,
			@Nullable BigDecimal rounded, @Nullable Integer respondents, @Nullable Integer minimumSample,
			boolean complete) {
	}

	/**
	 * One indicator.
	 *
	 * @param number 1..10
	 * @param code its framework code
	 * @param instrument its instrument
	 * @param nameTh Thai name
	 * @param nameEn English name
	 * @param score full precision or {@code null} (missing)
	 * @param rounded 2 decimals
	 * @param grade grade letter of the score
	 * @param missing no data at all
	 * @param previous codes of the comparable indicator(s) in last year's framework
	 */
	public record IndicatorResult(int number, String code, Instrument instrument, @Nullable String nameTh,
			@Nullable String nameEn, @Nullable BigDecimal score, @Nullable BigDecimal rounded, @Nullable String grade,
			boolean missing, List<String> previous) {

		public IndicatorResult {
			previous = List.copyOf(previous);
		}

	}

	/**
	 * One item or sub-item.
	 *
	 * @param code its code
	 * @param indicator its indicator's number
	 * @param parent the item a sub-item belongs to, else {@code null}
	 * @param leaf has no sub-items
	 * @param textTh Thai text
	 * @param textEn English text
	 * @param score full precision or {@code null} (missing)
	 * @param rounded 2 decimals
	 * @param validAnswers survey leaf: valid answers counted; else 0
	 */
	public record ItemResult(String code, int indicator, @Nullable String parent, boolean leaf, @Nullable String textTh,
			@Nullable String textEn, @Nullable BigDecimal score, @Nullable BigDecimal rounded, long validAnswers) {
	}

	/** A weak indicator and the leaf items below the threshold, lowest first. */
	public record WeakIndicator(IndicatorResult indicator, List<ItemResult> items) {

		public WeakIndicator {
			items = List.copyOf(items);
		}

	}

}
