package th.ita.scoring;

import java.math.BigDecimal;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Summary of a round's results (national, or over a filter).
 *
 * @param enrolled agencies counted (enrolled and snapshotted)
 * @param scored agencies with an ITA
 * @param complete agencies whose ITA is complete
 * @param mean mean of the rounded ITAs (2 decimals), or {@code null}
 * @param median median of the rounded ITAs (2 decimals), or {@code null}
 * @param grades agencies per grade letter, in the framework's band order
 * @param passed agencies at or above the pass mark
 * @param passRate passed / scored in percent (2 decimals), or {@code null}
 * @param passMark the framework's pass mark (85)
 * @param targetRate the target share of passing agencies in percent (80)
 * @param targetMet {@code passRate >= targetRate}
 */
public record NationalSummary(long enrolled, long scored, long complete, @Nullable BigDecimal mean,
		@Nullable BigDecimal median, Map<String, Long> grades, long passed, @Nullable BigDecimal passRate,
		BigDecimal passMark, BigDecimal targetRate, boolean targetMet) {

	/** The national target: 80 % of agencies at 85 or more. */
	public static final BigDecimal TARGET_RATE = BigDecimal.valueOf(80);

}
