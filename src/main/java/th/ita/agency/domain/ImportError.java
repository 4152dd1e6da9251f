package th.ita.agency.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One problem found in an import file or an edit.
 *
 * @param line the line of the file (1 is the header), or 0 for the file as a whole
 * @param column the CSV column, or {@code null} for the whole line or file
 * @param code the reason, a stable identifier; its text is the message
 * {@code agency.import.error.<code>}
 * @param args arguments of that message
 */
public record ImportError(int line, @Nullable String column, String code, List<String> args) {

	public ImportError(int line, @Nullable String column, String code, String... args) {
		this(line, column, code, List.of(args));
	}

	public String messageKey() {
		return "agency.import.error." + this.code;
	}

}
