package th.ita.survey.responses;

import org.jspecify.annotations.Nullable;

/**
 * A submission body that cannot be read: not JSON or a wrong type (400, naming the field
 * when known), or larger than {@link SubmissionReader#MAX_BYTES} (413).
 */
public class BadSubmissionException extends RuntimeException {

	private final int status;

	private final @Nullable String field;

	public BadSubmissionException(int status, @Nullable String field, String message) {
		super(message);
		this.status = status;
		this.field = field;
	}

	public int status() {
		return this.status;
	}

	public @Nullable String field() {
		return this.field;
	}

}
