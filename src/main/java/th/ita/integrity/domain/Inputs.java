package th.ita.integrity.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import th.ita.shared.FieldException;

/** Checks of the registers' inputs; each failure names the field (422). */
final class Inputs {

	private Inputs() {
	}

	static String required(String field, @Nullable String value, int max, IntegrityTexts texts) {
		String text = optional(field, value, max, texts);
		if (text == null) {
			throw new FieldException(field, texts.get("integrity.error.required"));
		}
		return text;
	}

	static @Nullable String optional(String field, @Nullable String value, int max, IntegrityTexts texts) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			throw new FieldException(field, texts.get("integrity.error.tooLong", max));
		}
		return text;
	}

	static LocalDate date(String field, @Nullable LocalDate value, IntegrityTexts texts) {
		if (value == null) {
			throw new FieldException(field, texts.get("integrity.error.required"));
		}
		if (value.getYear() < 1900 || value.getYear() > 2200) {
			throw new FieldException(field, texts.get("integrity.error.date"));
		}
		return value;
	}

	static int fiscalYear(String field, @Nullable Integer value, IntegrityTexts texts) {
		if (value == null) {
			throw new FieldException(field, texts.get("integrity.error.required"));
		}
		if (value < 2500 || value > 2700) {
			throw new FieldException(field, texts.get("integrity.error.fiscalYear"));
		}
		return value;
	}

	static int range(String field, @Nullable Integer value, int min, int max, IntegrityTexts texts) {
		if (value == null) {
			throw new FieldException(field, texts.get("integrity.error.required"));
		}
		if (value < min || value > max) {
			throw new FieldException(field, texts.get("integrity.error.range", min, max));
		}
		return value;
	}

	static BigDecimal money(String field, @Nullable BigDecimal value, IntegrityTexts texts) {
		if (value == null) {
			throw new FieldException(field, texts.get("integrity.error.required"));
		}
		if (value.signum() < 0) {
			throw new FieldException(field, texts.get("integrity.error.negative"));
		}
		if (value.scale() > 2 || value.compareTo(new BigDecimal("999999999999.99")) > 0) {
			throw new FieldException(field, texts.get("integrity.error.money"));
		}
		return value.setScale(2);
	}

	static <E extends Enum<E>> E choice(String field, @Nullable String value, Class<E> type, IntegrityTexts texts) {
		if (value != null) {
			for (E e : type.getEnumConstants()) {
				if (e.name().equalsIgnoreCase(value.strip())) {
					return e;
				}
			}
		}
		throw new FieldException(field, texts.get("integrity.error.choice"));
	}

}
