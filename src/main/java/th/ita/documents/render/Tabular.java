package th.ita.documents.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes one table (headers and rows) as XLSX (fastexcel, streamed: rows are flushed as
 * they are written) or as CSV (UTF-8 with a byte-order mark, so Excel reads Thai, CRLF
 * lines). Numbers stay numbers: {@link Number} cells are numeric in XLSX and written
 * without grouping in CSV; {@code null} is an empty cell.
 */
public final class Tabular {

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	public static final String CSV = "text/csv;charset=UTF-8";

	private static final int FLUSH_EVERY = 500;

	private Tabular() {
	}

	/** A source of rows, written one by one. */
	@FunctionalInterface
	public interface Rows {

		void each(RowSink sink) throws IOException;

	}

	/** Receives the rows. */
	@FunctionalInterface
	public interface RowSink {

		void row(List<?> cells) throws IOException;

	}

	public static void xlsx(String sheet, List<String> headers, Rows rows, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "ITA Online", "1.0");
		Worksheet ws = workbook.newWorksheet(sheet);
		for (int c = 0; c < headers.size(); c++) {
			ws.value(0, c, headers.get(c));
			ws.style(0, c).bold().fillColor("DDE6F2").set();
		}
		ws.freezePane(0, 1);
		int[] r = { 1 };
		rows.each(cells -> {
			for (int c = 0; c < cells.size(); c++) {
				cell(ws, r[0], c, cells.get(c));
			}
			if (r[0]++ % FLUSH_EVERY == 0) {
				ws.flush();
			}
		});
		workbook.finish();
	}

	public static void csv(List<String> headers, Rows rows, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL);
		printer.printRecord(headers);
		rows.each(cells -> printer.printRecord(cells.stream().map(Tabular::text).toList()));
		printer.flush();
	}

	private static void cell(Worksheet ws, int r, int c, Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof Number number) {
			ws.value(r, c, number);
		}
		else if (value instanceof Boolean bool) {
			ws.value(r, c, bool);
		}
		else if (value instanceof LocalDate date) {
			ws.value(r, c, date);
			ws.style(r, c).format("yyyy-mm-dd").set();
		}
		else {
			ws.value(r, c, value.toString());
		}
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return value.toString();
	}

}
