package th.ita.assessment;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import th.ita.framework.FrameworkRef;

/**
 * One round as other modules see it.
 *
 * @param fiscalYear the B.E. fiscal year
 * @param programme e.g. {@code OBEC-ESA}
 * @param framework the pinned framework version
 * @param windows the scheduled windows (an absent activity is not scheduled)
 * @param synthetic true for demo data
 * @param createdAt when the round was created
 */
public record RoundSummary(int fiscalYear, String programme, FrameworkRef framework, Map<Activity, Window> windows,
		boolean synthetic, Instant createdAt) {

	public RoundSummary {
		windows = Map.copyOf(windows);
	}

	public Optional<Window> window(Activity activity) {
		return Optional.ofNullable(this.windows.get(activity));
	}

}
