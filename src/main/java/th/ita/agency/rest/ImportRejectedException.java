package th.ita.agency.rest;

import java.util.List;

import th.ita.agency.domain.ImportError;

/** An import file was rejected as a whole: HTTP 422 with the errors row by row. */
class ImportRejectedException extends RuntimeException {

	private final List<ImportError> errors;

	ImportRejectedException(List<ImportError> errors) {
		super("Import rejected");
		this.errors = errors;
	}

	List<ImportError> errors() {
		return this.errors;
	}

}
