package th.ita.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import th.ita.shared.ThaiDates;

/**
 * {@link ThaiDates} bound to the locale of one template: what {@code #thaidates} is.
 * Every method accepts {@code null} and then returns an empty string (or {@code null} for
 * numbers), so templates need no null checks.
 */
public final class ThaiDatesExpression {

	private final Locale locale;

	private final Clock clock;

	ThaiDatesExpression(Locale locale) {
		this(locale, Clock.system(ThaiDates.BANGKOK));
	}

	ThaiDatesExpression(Locale locale, Clock clock) {
		this.locale = locale;
		this.clock = clock;
	}

	/** "23 พฤศจิกายน 2569" in Thai, "23 Nov 2569 BE" in English. */
	public String longDate(@Nullable LocalDate date) {
		return (date != null) ? ThaiDates.formatLong(date, this.locale) : "";
	}

	/** "23 พ.ย. 2569" in Thai, "23 Nov 2569 BE" in English. */
	public String shortDate(@Nullable LocalDate date) {
		return (date != null) ? ThaiDates.formatShort(date, this.locale) : "";
	}

	/** An instant or zoned/offset date-time as a Bangkok date and time. */
	public String dateTime(@Nullable TemporalAccessor value) {
		return (value != null) ? ThaiDates.formatDateTime(value, this.locale) : "";
	}

	/** The B.E. fiscal year a date falls in (1 October starts the next one). */
	public @Nullable Integer fiscalYear(@Nullable LocalDate date) {
		return (date != null) ? ThaiDates.fiscalYear(date) : null;
	}

	/** "ปีงบประมาณ พ.ศ. 2567" in Thai, "Fiscal year 2567 BE" in English. */
	public String fiscalYearLabel(@Nullable LocalDate date) {
		if (date == null) {
			return "";
		}
		int year = ThaiDates.fiscalYear(date);
		return "th".equals(this.locale.getLanguage()) ? "ปีงบประมาณ พ.ศ. " + year : "Fiscal year " + year + " BE";
	}

	/** The B.E. year of a date. */
	public @Nullable Integer buddhistYear(@Nullable LocalDate date) {
		return (date != null) ? ThaiDates.buddhistYear(date.getYear()) : null;
	}

	/** Today in Bangkok. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The current B.E. fiscal year in Bangkok. */
	public int currentFiscalYear() {
		return ThaiDates.fiscalYear(today());
	}

}
