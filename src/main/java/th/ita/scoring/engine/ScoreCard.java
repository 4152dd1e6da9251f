package th.ita.scoring.engine;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import th.ita.framework.FrameworkRef;
import th.ita.framework.Instrument;

/**
 * One agency's scores as {@link ScoringEngine} computes them. Scores are kept at full
 * precision ({@code MathContext.DECIMAL128}); each {@code rounded} value is the score at
 * 2 decimals (HALF_UP), which is what pages show and what grades and the pass mark see. A
 * {@code null} score means <b>missing</b>: no data at all below that node (never 0).
 * <p>
 * {@code ita} is the weighted mean of the instruments that have a score, with the weights
 * renormalised over them; it is {@code null} only when no instrument has any data.
 * {@code complete} is true only when every leaf item of the framework has data; otherwise
 * the ITA, its grade and its pass are provisional.
 *
 * @param framework the framework version scored against
 * @param ita the ITA score, full precision, or {@code null} when there is no data at all
 * @param itaRounded the ITA at 2 decimals
 * @param grade the ITA's grade letter from the framework's bands
 * @param passed whether the rounded ITA reaches the framework's pass mark
 * @param complete every leaf item (hence every indicator and instrument) has data
 * @param instruments the instruments in the framework's order
 * @param indicators the indicators in the framework's order
 * @param items every item and sub-item in the framework's order
 * @param rulesFingerprint SHA-256 (hex) of the framework's scoring rules
 * @param inputsFingerprint SHA-256 (hex) of the engine rule version, the framework ref,
 * {@code rulesFingerprint} and the canonical inputs (see {@link Fingerprints})
 */
public record ScoreCard(FrameworkRef framework, @Nullable BigDecimal ita, @Nullable BigDecimal itaRounded,
		@Nullable String grade, boolean passed, boolean complete, List<InstrumentScore> instruments,
		List<IndicatorScore> indicators, List<ItemScore> items, String rulesFingerprint, String inputsFingerprint) {

	/** The default threshold below which an indicator is weak (seed 001). */
	public static final BigDecimal DEFAULT_WEAK_THRESHOLD = BigDecimal.valueOf(85);

	public ScoreCard {
		instruments = List.copyOf(instruments);
		indicators = List.copyOf(indicators);
		items = List.copyOf(items);
	}

	/** The score of an instrument, when the framework uses it. */
	public Optional<InstrumentScore> instrument(Instrument instrument) {
		return this.instruments.stream().filter(i -> i.instrument() == instrument).findFirst();
	}

	/** An indicator by number. */
	public Optional<IndicatorScore> indicator(int number) {
		return this.indicators.stream().filter(i -> i.number() == number).findFirst();
	}

	/** An item or sub-item by code. */
	public Optional<ItemScore> item(String code) {
		return this.items.stream().filter(i -> i.code().equals(code)).findFirst();
	}

	/** The indicators that have no data at all. */
	public List<IndicatorScore> missingIndicators() {
		return this.indicators.stream().filter(IndicatorScore::missing).toList();
	}

	/** {@link #weakIndicators(BigDecimal)} below 85. */
	public List<IndicatorScore> weakIndicators() {
		return weakIndicators(DEFAULT_WEAK_THRESHOLD);
	}

	/**
	 * The indicators whose rounded score is below a threshold (e.g. 85, or 95 as in seed
	 * 000), lowest first (ties by number). Missing indicators are not weak: they are
	 * reported by {@link #missingIndicators()}.
	 */
	public List<IndicatorScore> weakIndicators(BigDecimal threshold) {
		return this.indicators.stream()
			.filter(i -> i.rounded() != null && i.rounded().compareTo(threshold) < 0)
			.sorted(Comparator.comparing((IndicatorScore i) -> i.score())
				.thenComparing(IndicatorScore::number, Comparator.naturalOrder()))
			.toList();
	}

	/**
	 * One instrument.
	 *
	 * @param instrument IIT, EIT or OIT
	 * @param weight its weight in the ITA as the framework gives it (e.g. 30)
	 * @param score weighted mean of its indicators that have data, or {@code null}
	 * @param rounded the score at 2 decimals
	 * @param respondents survey instruments: the number of responses; OIT: {@code null}
	 * @param complete every leaf item of the instrument has data
	 */
	public record InstrumentScore(Instrument instrument, BigDecimal weight, @Nullable BigDecimal score,
			@Nullable BigDecimal rounded, @Nullable Integer respondents, boolean complete) {
	}

	/**
	 * One indicator.
	 *
	 * @param number 1..N
	 * @param code its code
	 * @param instrument the instrument it belongs to
	 * @param nameTh Thai name
	 * @param nameEn English name
	 * @param score weighted mean of its sub-indicators or items that have data, or
	 * {@code null} when none has
	 * @param rounded the score at 2 decimals
	 * @param grade the grade letter of the score
	 * @param missing no data at all ({@code score} is {@code null})
	 * @param complete every leaf item below it has data
	 * @param subIndicators its sub-indicators, if any
	 */
	public record IndicatorScore(int number, String code, Instrument instrument, @Nullable String nameTh,
			@Nullable String nameEn, @Nullable BigDecimal score, @Nullable BigDecimal rounded, @Nullable String grade,
			boolean missing, boolean complete, List<SubIndicatorScore> subIndicators) {

		public IndicatorScore {
			subIndicators = List.copyOf(subIndicators);
		}

	}

	/**
	 * One sub-indicator.
	 *
	 * @param code e.g. {@code 9.1}
	 * @param score weighted mean of its items that have data, or {@code null}
	 * @param rounded the score at 2 decimals
	 */
	public record SubIndicatorScore(String code, @Nullable BigDecimal score, @Nullable BigDecimal rounded) {
	}

	/**
	 * One item or sub-item.
	 *
	 * @param code its code
	 * @param indicator the number of its indicator
	 * @param parent the code of the item a sub-item belongs to, else {@code null}
	 * @param score survey leaf: mean score of its valid answers; OIT leaf: the review's
	 * score; item with sub-items: weighted mean of those that have data; {@code null}
	 * when missing
	 * @param rounded the score at 2 decimals
	 * @param validAnswers survey leaf: number of valid answers; otherwise 0
	 */
	public record ItemScore(String code, int indicator, @Nullable String parent, @Nullable BigDecimal score,
			@Nullable BigDecimal rounded, long validAnswers) {
	}

}
