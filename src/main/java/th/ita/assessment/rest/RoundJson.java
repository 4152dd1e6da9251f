package th.ita.assessment.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import th.ita.assessment.Activity;
import th.ita.assessment.RoundSummary;
import th.ita.assessment.Window;
import th.ita.assessment.domain.HistoryEntry;
import th.ita.assessment.domain.WindowInput;

/** The JSON bodies of the rounds and history API. */
final class RoundJson {

	private RoundJson() {
	}

	/** A calendar as submitted: windows by activity name, ISO dates. */
	record Calendar(@Nullable Map<String, @Nullable WindowInput> windows) {
	}

	/** {@code POST /api/v1/rounds}. */
	record CreateRound(@Nullable Integer fiscalYear, @Nullable String programme, @Nullable String framework,
			@Nullable Integer frameworkVersion, @Nullable Calendar calendar) {

		@Nullable Map<String, @Nullable WindowInput> windows() {
			return (this.calendar != null) ? this.calendar.windows() : null;
		}

	}

	/** {@code POST /api/v1/rounds/{fiscalYear}/enrolments}. */
	record Enrol(@Nullable List<String> agencies, @Nullable List<String> types,
			@Nullable Map<String, @Nullable Map<String, @Nullable Integer>> population) {
	}

	record Framework(String code, int version) {
	}

	/** A window with whether it is open today. */
	record WindowState(LocalDate from, LocalDate to, boolean open) {
	}

	/** One round in full. */
	record Round(int fiscalYear, String programme, Framework framework, boolean synthetic, LocalDate today,
			Map<Activity, WindowState> windows, List<Activity> open, int enrolments) {

		static Round of(RoundSummary r, LocalDate today, int enrolments) {
			Map<Activity, WindowState> windows = new LinkedHashMap<>();
			List<Activity> open = new ArrayList<>();
			for (Activity activity : Activity.values()) {
				Window w = r.windows().get(activity);
				if (w != null) {
					windows.put(activity, new WindowState(w.from(), w.to(), w.contains(today)));
					if (w.contains(today)) {
						open.add(activity);
					}
				}
			}
			return new Round(r.fiscalYear(), r.programme(),
					new Framework(r.framework().code(), r.framework().version()), r.synthetic(), today, windows, open,
					enrolments);
		}

	}

	/** One agency's history. */
	record History(String agencyCode, List<HistoryEntry> years) {
	}

	/** The outcome of a successful history import. */
	record Imported(int created, int updated, int unchanged) {
	}

	/** One problem of a rejected import, in a problem's {@code errors}. */
	record ImportProblem(int line, @Nullable String column, String code, String message) {
	}

}
