package th.ita.integrity.domain;

import java.time.LocalDate;

import th.ita.shared.ThaiDates;

/** Thai digits (U+0E50-U+0E59) and the announcement's date form. */
public final class ThaiDigits {

	private static final String[] MONTHS = { "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
			"กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม" };

	private ThaiDigits() {
	}

	/** Replaces every ASCII digit with its Thai digit. */
	public static String of(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			out.append((c >= '0' && c <= '9') ? (char) ('\u0E50' + (c - '0')) : c);
		}
		return out.toString();
	}

	/**
	 * "27 พฤศจิกายน พ.ศ. 2566": the day, the full month, พ.ศ. and the year, as the
	 * regulation writes it (no "เดือน").
	 */
	public static String announcementDate(LocalDate date) {
		return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " พ.ศ. "
				+ ThaiDates.buddhistYear(date.getYear());
	}

}
