package th.ita.planning;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import th.ita.shared.ThaiDates;

/**
 * The twelve months of a Thai fiscal year (October to September) and their quarters, as
 * the activity table of an action plan shows them.
 */
public final class FiscalMonths {

	private FiscalMonths() {
	}

	/** October of the year before to September, e.g. 2568 → 2024-10 … 2025-09. */
	public static List<YearMonth> of(int fiscalYear) {
		YearMonth first = YearMonth.from(ThaiDates.fiscalYearStart(fiscalYear));
		List<YearMonth> months = new ArrayList<>(12);
		for (int i = 0; i < 12; i++) {
			months.add(first.plusMonths(i));
		}
		return months;
	}

	/** Whether the month lies in the fiscal year. */
	public static boolean contains(int fiscalYear, YearMonth month) {
		return of(fiscalYear).contains(month);
	}

	/** The fiscal quarter (1 = Oct-Dec … 4 = Jul-Sep) of a month. */
	public static int quarter(YearMonth month) {
		int m = month.getMonthValue();
		return (m >= 10) ? 1 : (m - 1) / 3 + 2;
	}

}
