package th.ita.oit.evidence;

/** The review stages: one in the review window, one in the confirmation window. */
public enum ReviewStage {

	FIRST_REVIEW, CONFIRMATION;

	public String messageKey() {
		return "oit.stage." + name();
	}

}
