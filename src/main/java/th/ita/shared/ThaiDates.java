package th.ita.shared;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Buddhist-era dates and Thai fiscal years. Storage and APIs stay ISO-8601; these are for
 * what a person reads.
 */
public final class ThaiDates {

	/** Thailand's time zone: deadlines and fiscal years are Bangkok dates. */
	public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	/** B.E. = C.E. + 543. */
	public static final int BUDDHIST_OFFSET = 543;

	private static final String[] MONTHS_TH = { "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
			"กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม" };

	private static final String[] MONTHS_TH_SHORT = { "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.",
			"ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค." };

	private static final String[] MONTHS_EN = { "January", "February", "March", "April", "May", "June", "July",
			"August", "September", "October", "November", "December" };

	private static final String[] MONTHS_EN_SHORT = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
			"Oct", "Nov", "Dec" };

	private ThaiDates() {
	}

	public static int buddhistYear(int gregorianYear) {
		return gregorianYear + BUDDHIST_OFFSET;
	}

	/**
	 * The Thai fiscal year (B.E.) a date falls in: 1 October starts the next fiscal year,
	 * so 1 Oct 2023 to 30 Sep 2024 is ปีงบประมาณ พ.ศ. 2567.
	 */
	public static int fiscalYear(LocalDate date) {
		int year = (date.getMonthValue() >= 10) ? date.getYear() + 1 : date.getYear();
		return buddhistYear(year);
	}

	/** First day (1 October) of a B.E. fiscal year. */
	public static LocalDate fiscalYearStart(int fiscalYearBe) {
		return LocalDate.of(fiscalYearBe - BUDDHIST_OFFSET - 1, 10, 1);
	}

	/** Last day (30 September) of a B.E. fiscal year. */
	public static LocalDate fiscalYearEnd(int fiscalYearBe) {
		return LocalDate.of(fiscalYearBe - BUDDHIST_OFFSET, 9, 30);
	}

	/**
	 * "23 พฤศจิกายน 2569" (Thai, as official documents write it: no "เดือน"), "23
	 * November 2569 BE" in English.
	 */
	public static String formatLong(LocalDate date, Locale locale) {
		if (isThai(locale)) {
			return date.getDayOfMonth() + " " + MONTHS_TH[date.getMonthValue() - 1] + " "
					+ buddhistYear(date.getYear());
		}
		return date.getDayOfMonth() + " " + MONTHS_EN[date.getMonthValue() - 1] + " " + buddhistYear(date.getYear())
				+ " BE";
	}

	/** "23 พ.ย. 2569" in Thai, "23 Nov 2569 BE" in English. */
	public static String formatShort(LocalDate date, Locale locale) {
		int year = buddhistYear(date.getYear());
		if (isThai(locale)) {
			return date.getDayOfMonth() + " " + MONTHS_TH_SHORT[date.getMonthValue() - 1] + " " + year;
		}
		return date.getDayOfMonth() + " " + MONTHS_EN_SHORT[date.getMonthValue() - 1] + " " + year + " BE";
	}

	/**
	 * A timestamp as a Bangkok date and time, e.g. "23 พ.ย. 2569 18:05". An
	 * {@link java.time.Instant}, an offset or zoned date-time is converted to Bangkok
	 * time; a {@link java.time.LocalDateTime} is taken to be Bangkok time already.
	 */
	public static String formatDateTime(TemporalAccessor instantOrDateTime, Locale locale) {
		java.time.ZonedDateTime zoned;
		if (instantOrDateTime instanceof java.time.Instant instant) {
			zoned = instant.atZone(BANGKOK);
		}
		else if (instantOrDateTime instanceof java.time.LocalDateTime local) {
			zoned = local.atZone(BANGKOK);
		}
		else {
			zoned = java.time.ZonedDateTime.from(instantOrDateTime).withZoneSameInstant(BANGKOK);
		}
		return formatShort(zoned.toLocalDate(), locale) + " "
				+ String.format("%02d:%02d", zoned.getHour(), zoned.getMinute());
	}

	private static boolean isThai(Locale locale) {
		return "th".equals(locale.getLanguage());
	}

}
