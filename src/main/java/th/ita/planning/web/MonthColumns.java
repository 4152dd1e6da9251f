package th.ita.planning.web;

import java.time.YearMonth;
import java.util.List;

import th.ita.planning.FiscalMonths;
import th.ita.shared.ThaiDates;

/** The month columns of an activity table: Oct-Sep of the fiscal year, by quarter. */
public final class MonthColumns {

	private static final String[] TH = { "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.",
			"ต.ค.", "พ.ย.", "ธ.ค." };

	private static final String[] EN = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
			"Dec" };

	private MonthColumns() {
	}

	/**
	 * One month column: the ISO value posted by forms, the labels as the seed's table
	 * writes them (ม.ค. 68) and its fiscal quarter.
	 */
	public record Column(YearMonth month, String value, String labelTh, String labelEn, int quarter) {

		public String label(boolean english) {
			return english ? this.labelEn : this.labelTh;
		}

	}

	static List<Column> of(int fiscalYear) {
		return FiscalMonths.of(fiscalYear).stream().map(MonthColumns::column).toList();
	}

	static Column column(YearMonth m) {
		String be = String.valueOf(ThaiDates.buddhistYear(m.getYear())).substring(2);
		return new Column(m, m.toString(), TH[m.getMonthValue() - 1] + " " + be,
				EN[m.getMonthValue() - 1] + " " + ThaiDates.buddhistYear(m.getYear()), FiscalMonths.quarter(m));
	}

}
