package th.ita.agency.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
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
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import th.ita.agency.AgencySummary;

/**
 * The agency CSV format: UTF-8 (a BOM is accepted on input and written on output so Excel
 * reads Thai), with the header {@value #HEADER}. The 7-column header of the shipped ESA
 * file ({@value #SHORT_HEADER}) is accepted too.
 */
public final class AgencyCsv {

	public static final String HEADER = "code,name_th,short_th,name_en,type,province_th,region,parent_code,staff_count";

	public static final String SHORT_HEADER = "code,name_th,short_th,name_en,type,province_th,region";

	public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

	private static final char BOM = '\uFEFF';

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

	private AgencyCsv() {
	}

	/** The parsed rows with their line numbers, or the errors that stop the import. */
	public record Parsed(List<Row> rows, List<ImportError> errors) {
	}

	/** One data row: its line in the file and its raw fields. */
	public record Row(int line, AgencyFields fields) {
	}

	/**
	 * Decodes (strictly as UTF-8) and splits a file into rows; validates nothing else.
	 */
	static Parsed parse(byte[] bytes) {
		List<ImportError> errors = new ArrayList<>();
		String text = decodeUtf8(bytes, errors);
		if (text == null) {
			return new Parsed(List.of(), errors);
		}
		if (!text.isEmpty() && text.charAt(0) == BOM) {
			text = text.substring(1);
		}
		List<Row> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
			int columns = -1;
			for (CSVRecord record : parser) {
				int line = (int) record.getRecordNumber();
				if (columns < 0) {
					columns = header(record, errors);
					if (columns < 0) {
						break;
					}
					continue;
				}
				if (record.size() == 1 && record.get(0).isBlank()) {
					continue;
				}
				if (record.size() != columns) {
					errors.add(new ImportError(line, null, "column-count", String.valueOf(columns),
							String.valueOf(record.size())));
					continue;
				}
				rows.add(new Row(line, fields(record, columns)));
			}
			if (columns < 0 && errors.isEmpty()) {
				errors.add(new ImportError(0, null, "empty-file"));
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			errors.add(new ImportError(0, null, "malformed-csv", String.valueOf(ex.getMessage())));
		}
		if (errors.isEmpty() && rows.isEmpty()) {
			errors.add(new ImportError(0, null, "no-rows"));
		}
		return new Parsed(rows, errors);
	}

	private static int header(CSVRecord record, List<ImportError> errors) {
		String header = String.join(",", record.toList()).strip();
		if (header.equalsIgnoreCase(HEADER)) {
			return 9;
		}
		if (header.equalsIgnoreCase(SHORT_HEADER)) {
			return 7;
		}
		errors.add(new ImportError(1, null, "wrong-header", HEADER, header));
		return -1;
	}

	private static AgencyFields fields(CSVRecord r, int columns) {
		return new AgencyFields(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6),
				(columns > 7) ? r.get(7) : null, (columns > 8) ? r.get(8) : null);
	}

	/**
	 * Strict UTF-8: a TIS-620 / Windows-874 file is rejected with the line of its first
	 * bad byte instead of turning into replacement characters.
	 */
	static @Nullable String decodeUtf8(byte[] bytes, List<ImportError> errors) {
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

	/** The agencies as CSV with the full header, UTF-8 with a BOM. */
	public static byte[] write(List<AgencySummary> agencies) {
		StringWriter writer = new StringWriter();
		writer.write(BOM);
		try (CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
			printer.printRecord((Object[]) HEADER.split(","));
			for (AgencySummary a : agencies) {
				printer.printRecord(a.code(), a.nameTh(), a.shortNameTh(), a.nameEn(), a.type().name(), a.province(),
						a.region().name(), a.parentCode(), a.staffCount());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return writer.toString().getBytes(StandardCharsets.UTF_8);
	}

}
