package th.ita.oit.evidence;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Messages of the OIT module in the current request's language. */
@Component
public class OitTexts {

	private final MessageSource messages;

	OitTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** A message; numbers are passed as text so that years read 2591, not 2,591. */
	public String get(String key, Object... args) {
		Object[] text = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			text[i] = (args[i] instanceof Number) ? args[i].toString() : args[i];
		}
		return this.messages.getMessage(key, text, key, LocaleContextHolder.getLocale());
	}

	/** The 409 message of a refused transition. */
	public String transition(TransitionRefusedException ex) {
		return get("oit.error.transition", get("oit.action." + ex.action()), ex.itemCode(),
				get(ex.status().messageKey()));
	}

}
