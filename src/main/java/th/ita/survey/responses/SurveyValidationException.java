package th.ita.survey.responses;

import java.util.List;

/**
 * A submission that breaks one or more rules (HTTP 422): each error names the item code,
 * {@code respondentGroup} or {@code accessCode}. Messages never contain answers or codes.
 */
public class SurveyValidationException extends RuntimeException {

	private final List<FieldError> errors;

	public SurveyValidationException(List<FieldError> errors) {
		super(errors.isEmpty() ? "Invalid submission" : errors.get(0).message());
		this.errors = List.copyOf(errors);
	}

	public List<FieldError> errors() {
		return this.errors;
	}

	/** One error: the field (item code or property) and why. */
	public record FieldError(String field, String message) {
	}

}
