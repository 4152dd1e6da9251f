package th.ita.framework;

/** The three ITA instruments. */
public enum Instrument {

	/**
	 * Internal Integrity and Transparency Assessment: the staff survey (indicators 1-5).
	 */
	IIT,
	/** External Integrity and Transparency Assessment: the stakeholders' survey (6-8). */
	EIT,
	/** Open Integrity and Transparency Assessment: the open-data checklist (9-10). */
	OIT

}
