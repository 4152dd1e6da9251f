package th.ita.framework;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * An instrument of the framework and its weight in the total (ITA = weighted mean of the
 * instrument scores).
 *
 * @param instrument IIT, EIT or OIT ({@code null} only in a rejected file: unknown
 * instrument)
 * @param weight its weight, e.g. 30
 * @param nameTh Thai name
 * @param nameEn English name
 */
public record InstrumentWeight(@Nullable Instrument instrument, @Nullable BigDecimal weight, @Nullable String nameTh,
		@Nullable String nameEn) {
}
