package th.ita.oit.evidence;

import java.io.ByteArrayInputStream;
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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * The bulk import file of evidence URLs: CSV (strict UTF-8, a BOM accepted) or XLSX (the
 * first sheet), header {@value #HEADER}, one row per URL; an item has up to 10 rows. This
 * class only splits the file into rows; {@link EvidenceImporter} validates them.
 */
public final class EvidenceSheet {

	public static final String HEADER = "item_code,url,title";

	/** The largest file accepted (1 MB; thousands of rows). */
	public static final long MAX_BYTES = 1024L * 1024;

	static final List<String> COLUMNS = List.of("item_code", "url", "title");

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();

	private EvidenceSheet() {
	}

	/** One data row as read: its line in the file and its three raw cells. */
	record Row(int line, @Nullable String itemCode, @Nullable String url, @Nullable String title) {
	}

	/**
	 * The rows, and the errors found while splitting (a wrong header or encoding: no
	 * rows; a row with too many columns: the other rows are still checked).
	 */
	record Parsed(List<Row> rows, List<ImportError> errors) {
	}

	/** An XLSX file starts with a ZIP header; anything else is read as CSV. */
	static Parsed parse(byte[] bytes) {
		if (bytes.length > MAX_BYTES) {
			throw new ImportTooLargeException();
		}
		byte[] start = Arrays.copyOf(bytes, 8);
		if (bytes.length >= 8 && ReadableWorkbook.isOOXMLZipHeader(start)) {
			return xlsx(bytes);
		}
		if (bytes.length >= 8 && ReadableWorkbook.isOLE2Header(start)) {
			return failed(new ImportError(0, null, "old-excel"));
		}
		return csv(bytes);
	}

	private static Parsed csv(byte[] bytes) {
		List<ImportError> errors = new ArrayList<>();
		String text = decodeUtf8(bytes, errors);
		if (text == null) {
			return new Parsed(List.of(), errors);
		}
		if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
			text = text.substring(1);
		}
		List<List<String>> records = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
			for (CSVRecord record : parser) {
				records.add(record.toList());
				lines.add((int) record.getRecordNumber());
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			return failed(new ImportError(0, null, "malformed-csv", String.valueOf(ex.getMessage())));
		}
		return rows(records, lines);
	}

	private static Parsed xlsx(byte[] bytes) {
		List<List<String>> records = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
				Stream<org.dhatim.fastexcel.reader.Row> stream = sheet(workbook).openStream()) {
			stream.forEach(row -> {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getCellCount(); i++) {
					cells.add(row.getCellText(i));
				}
				records.add(cells);
				lines.add(row.getRowNum());
			});
		}
		catch (IOException | RuntimeException ex) {
			return failed(new ImportError(0, null, "unreadable-xlsx"));
		}
		return rows(records, lines);
	}

	private static Sheet sheet(ReadableWorkbook workbook) {
		return workbook.getFirstSheet();
	}

	/** The first non-blank record is the header; blank records are skipped. */
	private static Parsed rows(List<List<String>> records, List<Integer> lines) {
		List<ImportError> errors = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		boolean header = true;
		for (int i = 0; i < records.size(); i++) {
			List<String> cells = trimTrailingBlanks(records.get(i));
			int line = lines.get(i);
			if (cells.isEmpty()) {
				continue;
			}
			if (header) {
				String given = String.join(",", cells.stream().map(String::strip).toList());
				if (!given.toLowerCase(Locale.ROOT).equals(HEADER)) {
					return failed(new ImportError(line, null, "wrong-header", HEADER, given));
				}
				header = false;
				continue;
			}
			if (cells.size() > COLUMNS.size()) {
				errors.add(new ImportError(line, null, "column-count", String.valueOf(COLUMNS.size()),
						String.valueOf(cells.size())));
				continue;
			}
			rows.add(new Row(line, cell(cells, 0), cell(cells, 1), cell(cells, 2)));
		}
		if (header) {
			return failed(new ImportError(0, null, "empty-file"));
		}
		if (errors.isEmpty() && rows.isEmpty()) {
			errors.add(new ImportError(0, null, "no-rows"));
		}
		return new Parsed(rows, errors);
	}

	private static List<String> trimTrailingBlanks(List<String> cells) {
		int end = cells.size();
		while (end > 0 && (cells.get(end - 1) == null || cells.get(end - 1).isBlank())) {
			end--;
		}
		return cells.subList(0, end);
	}

	private static @Nullable String cell(List<String> cells, int index) {
		if (index >= cells.size() || cells.get(index) == null || cells.get(index).isBlank()) {
			return null;
		}
		return cells.get(index).strip();
	}

	private static Parsed failed(ImportError error) {
		return new Parsed(List.of(), List.of(error));
	}

	/**
	 * Strict UTF-8: a TIS-620 / Windows-874 file is refused with the line of its first
	 * bad byte instead of turning Thai into replacement characters.
	 */
	private static @Nullable String decodeUtf8(byte[] bytes, List<ImportError> errors) {
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
			errors.add(new ImportError(line, null, "invalid-encoding", String.valueOf(in.position() + 1)));
			return null;
		}
		out.flip();
		return out.toString();
	}

}
