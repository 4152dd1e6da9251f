package th.ita.framework;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One answer of a scale: the value a respondent picks and the score (0-100) it is worth.
 *
 * @param value stored answer value, e.g. 1-4 or 0/1
 * @param labelTh Thai label
 * @param labelEn English label
 * @param score the score, 0-100
 */
public record AnswerOption(int value, @Nullable String labelTh, @Nullable String labelEn, @Nullable BigDecimal score) {
}
