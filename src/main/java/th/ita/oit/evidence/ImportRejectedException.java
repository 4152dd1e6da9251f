package th.ita.oit.evidence;

import java.util.List;

/** A bulk import with bad rows: HTTP 422 listing every error; nothing was stored. */
public class ImportRejectedException extends RuntimeException {

	private final List<ImportError> errors;

	public ImportRejectedException(List<ImportError> errors) {
		super("Import rejected: " + errors.size() + " error(s)");
		this.errors = List.copyOf(errors);
	}

	public List<ImportError> errors() {
		return this.errors;
	}

}
