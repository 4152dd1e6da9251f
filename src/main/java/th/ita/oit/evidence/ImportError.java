package th.ita.oit.evidence;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One reason a bulk import is refused: the line (1 is the header; 0 means the whole
 * file), the column (null: the whole row or file), a stable code and the arguments of its
 * message {@code oit.import.error.<code>}.
 */
public record ImportError(int line, @Nullable String column, String code, List<String> args) {

	ImportError(int line, @Nullable String column, String code, String... args) {
		this(line, column, code, List.of(args));
	}

	public String messageKey() {
		return "oit.import.error." + this.code;
	}

}
