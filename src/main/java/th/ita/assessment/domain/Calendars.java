package th.ita.assessment.domain;

import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import th.ita.assessment.Activity;
import th.ita.assessment.Window;
import th.ita.shared.FieldException;

/**
 * Validates a submitted calendar: known activities, both dates, {@code from <= to}.
 * Errors name the field, e.g. {@code windows.COLLECTION.to}.
 */
public final class Calendars {

	private Calendars() {
	}

	/**
	 * The valid windows of a calendar; an absent (or {@code null}) window is not
	 * scheduled, and a window with neither date is taken as absent.
	 * @throws FieldException (422) naming the first bad field
	 */
	public static Map<Activity, Window> validate(@Nullable Map<String, @Nullable WindowInput> windows,
			AssessmentTexts texts) {
		Map<Activity, Window> valid = new EnumMap<>(Activity.class);
		if (windows == null) {
			return valid;
		}
		for (Map.Entry<String, @Nullable WindowInput> entry : windows.entrySet()) {
			String field = "windows." + entry.getKey();
			Activity activity = activity(entry.getKey());
			if (activity == null) {
				throw new FieldException(field, texts.get("assessment.error.unknownActivity", entry.getKey()));
			}
			WindowInput input = entry.getValue();
			if (input == null || (input.from() == null && input.to() == null)) {
				continue;
			}
			if (input.from() == null) {
				throw new FieldException(field + ".from", texts.get("assessment.error.dateRequired"));
			}
			if (input.to() == null) {
				throw new FieldException(field + ".to", texts.get("assessment.error.dateRequired"));
			}
			if (input.to().isBefore(input.from())) {
				throw new FieldException(field + ".to",
						texts.get("assessment.error.toBeforeFrom", input.to().toString(), input.from().toString()));
			}
			valid.put(activity, new Window(input.from(), input.to()));
		}
		return valid;
	}

	private static @Nullable Activity activity(String name) {
		for (Activity a : Activity.values()) {
			if (a.name().equals(name)) {
				return a;
			}
		}
		return null;
	}

}
