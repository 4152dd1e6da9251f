package th.ita.planning.domain;

import th.ita.planning.PlanStatus;

/** The plan refuses an action in its current status: a 409 naming {@code status}. */
public class PlanTransitionException extends IllegalStateException {

	private final String action;

	private final PlanStatus status;

	PlanTransitionException(String action, PlanStatus status) {
		super("Cannot " + action + " a plan in status " + status);
		this.action = action;
		this.status = status;
	}

	/** The refused action: edit, submit, return, approve, publish, progress. */
	public String action() {
		return this.action;
	}

	public PlanStatus status() {
		return this.status;
	}

}
