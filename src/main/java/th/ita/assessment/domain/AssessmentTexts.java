package th.ita.assessment.domain;

import java.util.Locale;

import th.ita.assessment.Activity;
import th.ita.assessment.Window;
import th.ita.shared.ThaiDates;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Messages of the assessment module in the current request's language. */
@Component
public class AssessmentTexts {

	private final MessageSource messages;

	AssessmentTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** A message; numbers are passed as text so that years read 2570, not 2,570. */
	public String get(String key, Object... args) {
		Object[] text = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			text[i] = (args[i] instanceof Number) ? args[i].toString() : args[i];
		}
		return this.messages.getMessage(key, text, key, locale());
	}

	/** The activity's name, e.g. "ส่งหลักฐาน OIT". */
	public String activity(Activity activity) {
		return get(activity.messageKey());
	}

	/**
	 * A message about a window: arguments {0} activity name, {1} activity code, {2} and
	 * {3} the dates in B.E. (short), {4} and {5} the ISO dates.
	 */
	public String window(String key, Activity activity, Window window) {
		Locale locale = locale();
		return get(key, activity(activity), activity.name(), ThaiDates.formatShort(window.from(), locale),
				ThaiDates.formatShort(window.to(), locale), window.from().toString(), window.to().toString());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
