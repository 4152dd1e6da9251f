package th.ita.assessment;

/**
 * The activities of a round, each with its own dated window in the calendar. Windows may
 * overlap, as in the real ITA calendar.
 */
public enum Activity {

	/** Staff (IIT) and external stakeholders (EIT) answer the surveys. */
	COLLECTION,
	/** Agencies submit their OIT evidence. */
	OIT_SUBMISSION,
	/** Assessors review the OIT evidence (first review). */
	OIT_REVIEW,
	/** Agencies clarify what the first review found. */
	OIT_CLARIFICATION,
	/** Assessors confirm the OIT verdicts. */
	OIT_CONFIRMATION,
	/** Results are published. */
	PUBLICATION;

	/** The message key of this activity's name. */
	public String messageKey() {
		return "assessment.activity." + name();
	}

}
