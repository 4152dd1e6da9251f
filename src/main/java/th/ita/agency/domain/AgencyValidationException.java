package th.ita.agency.domain;

import java.util.List;

/** An edit of an agency was rejected; the errors name the fields. */
public class AgencyValidationException extends RuntimeException {

	private final List<ImportError> errors;

	public AgencyValidationException(List<ImportError> errors) {
		super("Invalid agency: " + errors);
		this.errors = List.copyOf(errors);
	}

	public List<ImportError> errors() {
		return this.errors;
	}

}
