package th.ita.framework;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * An answer scale of survey items. Two are built in and need not be listed in a file:
 * {@link #LIKERT4} (values 1-4 scoring 0, 100/3, 200/3 and 100, kept at 34 significant
 * digits, so rounding happens only once, on the final score) and {@link #YES_NO} (1
 * scores 100, 0 scores 0). A framework may list custom scales with each option's value
 * and score.
 *
 * @param code the code items refer to, e.g. {@code LIKERT4}
 * @param nameTh Thai name
 * @param nameEn English name
 * @param options the answers, in display order
 */
public record AnswerScale(@Nullable String code, @Nullable String nameTh, @Nullable String nameEn,
		List<AnswerOption> options) {

	/** Precision of computed scores: 100/3 = 33.33333333333333333333333333333333. */
	public static final MathContext PRECISION = MathContext.DECIMAL128;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public static final AnswerScale LIKERT4 = new AnswerScale("LIKERT4", "มาตรวัด 4 ระดับ", "4-level scale",
			List.of(option(1, "น้อยที่สุดหรือไม่มีเลย", "Least or none", 0), option(2, "น้อย", "Little", 1),
					option(3, "มาก", "Much", 2), option(4, "มากที่สุด", "Most", 3)));

	public static final AnswerScale YES_NO = new AnswerScale("YES_NO", "มี/ไม่มี", "Yes/no",
			List.of(new AnswerOption(1, "มี / ใช่", "Yes", HUNDRED),
					new AnswerOption(0, "ไม่มี / ไม่ใช่", "No", BigDecimal.ZERO)));

	/** The built-in scales. */
	public static final List<AnswerScale> BUILT_IN = List.of(LIKERT4, YES_NO);

	public AnswerScale {
		options = (options != null) ? List.copyOf(options) : List.of();
	}

	/** A built-in scale by code. */
	public static Optional<AnswerScale> builtIn(@Nullable String code) {
		return BUILT_IN.stream().filter(s -> s.code().equals(code)).findFirst();
	}

	/**
	 * The score of an answer value; for a reverse (negative) item the score is mirrored
	 * ({@code max + min - score}, e.g. 100 - score).
	 * @throws IllegalArgumentException when the value is not one of the scale's options
	 */
	public BigDecimal score(int value, boolean reverse) {
		BigDecimal score = this.options.stream()
			.filter(o -> o.value() == value)
			.map(AnswerOption::score)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No option " + value + " in scale " + this.code));
		if (!reverse) {
			return score;
		}
		BigDecimal min = this.options.stream().map(AnswerOption::score).reduce(BigDecimal::min).orElseThrow();
		BigDecimal max = this.options.stream().map(AnswerOption::score).reduce(BigDecimal::max).orElseThrow();
		return max.add(min).subtract(score);
	}

	private static AnswerOption option(int value, String th, String en, int thirds) {
		BigDecimal score = (thirds == 3) ? HUNDRED
				: BigDecimal.valueOf(100L * thirds).divide(BigDecimal.valueOf(3), PRECISION);
		return new AnswerOption(value, th, en, score);
	}

}
