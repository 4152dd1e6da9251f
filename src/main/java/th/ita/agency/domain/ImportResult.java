package th.ita.agency.domain;

import java.util.List;

/**
 * The outcome of a CSV import: either every row was applied (no errors), or nothing was
 * (the errors say why, row by row).
 */
public record ImportResult(int created, int updated, int unchanged, List<ImportError> errors) {

	static ImportResult failed(List<ImportError> errors) {
		return new ImportResult(0, 0, 0, List.copyOf(errors));
	}

	public boolean ok() {
		return this.errors.isEmpty();
	}

}
