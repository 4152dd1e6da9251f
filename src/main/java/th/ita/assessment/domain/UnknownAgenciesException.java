package th.ita.assessment.domain;

import java.util.List;

import th.ita.shared.FieldException;

/** Agency codes that are not in the registry: HTTP 422 listing them; nothing changed. */
public class UnknownAgenciesException extends FieldException {

	private final List<String> codes;

	public UnknownAgenciesException(String field, List<String> codes, String message) {
		super(field, message);
		this.codes = List.copyOf(codes);
	}

	public List<String> codes() {
		return this.codes;
	}

}
