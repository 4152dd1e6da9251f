package th.ita.framework.domain;

import java.util.List;

/**
 * A framework file was rejected as a whole and nothing of it was stored: 422 with every
 * problem found (400 when the YAML does not parse, 413 when the file is too large).
 */
public class FrameworkRejectedException extends RuntimeException {

	/** Why the file was rejected. */
	public enum Kind {

		/** The YAML does not parse (HTTP 400). */
		MALFORMED,
		/** It parses but is not a valid framework (HTTP 422). */
		INVALID,
		/** Larger than {@link FrameworkYaml#MAX_BYTES} (HTTP 413). */
		TOO_LARGE

	}

	private final Kind kind;

	private final List<FrameworkError> errors;

	public FrameworkRejectedException(Kind kind, List<FrameworkError> errors) {
		super("Framework rejected: " + errors);
		this.kind = kind;
		this.errors = List.copyOf(errors);
	}

	public Kind kind() {
		return this.kind;
	}

	public List<FrameworkError> errors() {
		return this.errors;
	}

}
