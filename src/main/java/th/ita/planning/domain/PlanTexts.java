package th.ita.planning.domain;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The planning module's messages in the current user's language. */
@Component
public class PlanTexts {

	private final MessageSource messages;

	PlanTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String get(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	/** The sentence for a refused transition. */
	public String transition(PlanTransitionException ex) {
		return get("planning.error.transition." + ex.action(), get("planning.status." + ex.status().name()));
	}

}
