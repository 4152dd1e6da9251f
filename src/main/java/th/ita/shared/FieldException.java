package th.ita.shared;

/**
 * Input that is well-formed but invalid, naming the offending field: HTTP 422 in the API,
 * a field error on pages.
 */
public class FieldException extends RuntimeException {

	private final String field;

	public FieldException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
