package th.ita.framework;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One grade of the framework's grade table, e.g. {@code A} from 85.00 to 94.99. Bounds
 * are inclusive and compared with the score rounded to 2 decimals (HALF_UP).
 *
 * @param grade the letter(s), e.g. {@code AA}
 * @param min lowest score of the band
 * @param max highest score of the band
 * @param meaningTh Thai meaning, e.g. ดีมาก
 * @param meaningEn English meaning, e.g. Very Good
 */
public record GradeBand(@Nullable String grade, @Nullable BigDecimal min, @Nullable BigDecimal max,
		@Nullable String meaningTh, @Nullable String meaningEn) {

	/** Whether a score already rounded to 2 decimals falls into this band. */
	public boolean contains(BigDecimal rounded) {
		return this.min != null && this.max != null && rounded.compareTo(this.min) >= 0
				&& rounded.compareTo(this.max) <= 0;
	}

}
