package th.ita.assessment.rest;

import java.util.List;

import th.ita.assessment.domain.HistoryError;

/** A history file was rejected as a whole: HTTP 422 with the errors row by row. */
class HistoryRejectedException extends RuntimeException {

	private final List<HistoryError> errors;

	HistoryRejectedException(List<HistoryError> errors) {
		super("History import rejected");
		this.errors = errors;
	}

	List<HistoryError> errors() {
		return this.errors;
	}

}
