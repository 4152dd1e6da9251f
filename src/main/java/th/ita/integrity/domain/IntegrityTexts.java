package th.ita.integrity.domain;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The module's messages in the user's language, or in Thai and English explicitly. */
@Component
public class IntegrityTexts {

	public static final Locale THAI = Locale.forLanguageTag("th");

	private final MessageSource messages;

	IntegrityTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String get(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	public String th(String key, Object... args) {
		return this.messages.getMessage(key, args, key, THAI);
	}

	public String en(String key, Object... args) {
		return this.messages.getMessage(key, args, key, Locale.ENGLISH);
	}

}
