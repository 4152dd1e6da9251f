package th.ita.framework.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One problem of a rejected framework file.
 *
 * @param path where, e.g. {@code indicators[3].items[2].scale} ({@code $} for the whole
 * file)
 * @param code the reason; its message key is {@code framework.error.<code>}
 * @param args message arguments
 * @param line 1-based line of a YAML syntax error, else {@code null}
 * @param column 1-based column of a YAML syntax error, else {@code null}
 */
public record FrameworkError(String path, String code, List<String> args, @Nullable Integer line,
		@Nullable Integer column) {

	public FrameworkError {
		args = List.copyOf(args);
	}

	static FrameworkError at(String path, String code, Object... args) {
		return new FrameworkError(path, code, java.util.Arrays.stream(args).map(String::valueOf).toList(), null, null);
	}

	/** The message key of the reason. */
	public String messageKey() {
		return "framework.error." + this.code;
	}

}
