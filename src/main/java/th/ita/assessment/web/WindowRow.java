package th.ita.assessment.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import th.ita.assessment.Activity;
import th.ita.assessment.RoundSummary;
import th.ita.assessment.Window;

/**
 * One activity of a round as pages show it.
 *
 * @param activity the activity
 * @param from first day, or {@code null} when not scheduled
 * @param to last day, or {@code null}
 * @param status {@code open}, {@code upcoming}, {@code closed} or {@code unscheduled}
 */
record WindowRow(Activity activity, @Nullable LocalDate from, @Nullable LocalDate to, String status) {

	static List<WindowRow> of(RoundSummary round, LocalDate today) {
		List<WindowRow> rows = new ArrayList<>();
		for (Activity activity : Activity.values()) {
			Window w = round.windows().get(activity);
			if (w == null) {
				rows.add(new WindowRow(activity, null, null, "unscheduled"));
			}
			else {
				String status = w.contains(today) ? "open" : today.isBefore(w.from()) ? "upcoming" : "closed";
				rows.add(new WindowRow(activity, w.from(), w.to(), status));
			}
		}
		return rows;
	}

	public boolean open() {
		return "open".equals(this.status);
	}

}
