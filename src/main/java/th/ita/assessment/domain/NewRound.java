package th.ita.assessment.domain;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A round to create, as submitted.
 *
 * @param fiscalYear B.E., 2560..2700
 * @param programme e.g. {@code OBEC-ESA}; the framework's programme when absent
 * @param framework the framework code, e.g. {@code ITA-ESA-2567}
 * @param frameworkVersion the version, or {@code null} for the latest
 * @param windows the calendar, by activity name
 * @param synthetic true for demo data
 */
public record NewRound(@Nullable Integer fiscalYear, @Nullable String programme, @Nullable String framework,
		@Nullable Integer frameworkVersion, @Nullable Map<String, @Nullable WindowInput> windows, boolean synthetic) {
}
