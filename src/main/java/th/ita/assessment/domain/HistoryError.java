package th.ita.assessment.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One problem of a history file.
 *
 * @param line the line of the file (1 is the header), or 0 for the file as a whole
 * @param column the CSV column, or {@code null} for the whole line or file
 * @param code the reason; its text is the message {@code assessment.history.error.<code>}
 * @param args arguments of that message
 */
public record HistoryError(int line, @Nullable String column, String code, List<String> args) {

	public HistoryError(int line, @Nullable String column, String code, String... args) {
		this(line, column, code, List.of(args));
	}

	public String messageKey() {
		return "assessment.history.error." + this.code;
	}

}
