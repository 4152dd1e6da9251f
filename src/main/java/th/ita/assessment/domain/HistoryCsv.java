package th.ita.assessment.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The history CSV format: UTF-8 (a BOM is accepted), the header {@value #HEADER}, or the
 * same followed by the ten indicator columns {@code i1..i10}. Lines starting with
 * {@code #} are comments.
 */
public final class HistoryCsv {

	public static final String HEADER = "fiscal_year,agency_code,ita_score";

	public static final String FULL_HEADER = HEADER + ",i1,i2,i3,i4,i5,i6,i7,i8,i9,i10";

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

	private HistoryCsv() {
	}

	/** The rows with their line numbers, or the errors that stop the import. */
	record Parsed(List<Row> rows, List<HistoryError> errors) {
	}

	/** One data row: its line and its raw values, in header order. */
	record Row(int line, List<String> values) {
	}

	static Parsed parse(byte[] bytes) {
		List<HistoryError> errors = new ArrayList<>();
		String text = decode(bytes, errors);
		if (text == null) {
			return new Parsed(List.of(), errors);
		}
		if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
			text = text.substring(1);
		}
		// Comments become empty lines, so that line numbers stay those of the file.
		text = text.replaceAll("(?m)^#.*$", "");
		List<Row> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
			int columns = -1;
			for (CSVRecord record : parser) {
				int line = (int) record.getRecordNumber();
				if (record.size() == 1 && record.get(0).isBlank()) {
					continue;
				}
				if (columns < 0) {
					String header = String.join(",", record.toList()).strip();
					columns = header.equalsIgnoreCase(HEADER) ? 3 : header.equalsIgnoreCase(FULL_HEADER) ? 13 : 0;
					if (columns == 0) {
						errors.add(new HistoryError(line, null, "wrong-header", HEADER, header));
						break;
					}
					continue;
				}
				if (record.size() != columns) {
					errors.add(new HistoryError(line, null, "column-count", String.valueOf(columns),
							String.valueOf(record.size())));
					continue;
				}
				rows.add(new Row(line, record.toList().stream().map(String::strip).toList()));
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			errors.add(new HistoryError(0, null, "malformed-csv", String.valueOf(ex.getMessage())));
		}
		if (errors.isEmpty() && rows.isEmpty()) {
			errors.add(new HistoryError(0, null, "no-rows"));
		}
		return new Parsed(rows, errors);
	}

	private static @Nullable String decode(byte[] bytes, List<HistoryError> errors) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			int line = 1;
			for (int i = 0; i < in.position(); i++) {
				if (bytes[i] == '\n') {
					line++;
				}
			}
			errors.add(new HistoryError(line, null, "invalid-encoding"));
			return null;
		}
		out.flip();
		return out.toString();
	}

}
