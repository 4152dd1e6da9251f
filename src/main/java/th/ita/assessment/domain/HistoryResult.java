package th.ita.assessment.domain;

import java.util.List;

/** The outcome of a history import: counts, or the errors that stopped it. */
public record HistoryResult(int created, int updated, int unchanged, List<HistoryError> errors) {

	public boolean ok() {
		return this.errors.isEmpty();
	}

	static HistoryResult failed(List<HistoryError> errors) {
		return new HistoryResult(0, 0, 0, List.copyOf(errors));
	}

}
