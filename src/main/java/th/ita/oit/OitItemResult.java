package th.ita.oit;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One OIT item's result for scoring.
 *
 * @param itemCode the framework item (or sub-item) code
 * @param score 0-100, or {@code null} when no verdict has been given
 * @param finalVerdict whether the verdict is confirmed (the item is locked)
 */
public record OitItemResult(String itemCode, @Nullable BigDecimal score, boolean finalVerdict) {
}
