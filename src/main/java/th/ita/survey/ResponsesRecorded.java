package th.ita.survey;

/**
 * Published after survey responses are stored (after their transaction commits): scoring
 * may recompute the agency's survey indicators. It carries no answer, code or time, so it
 * cannot be linked to a respondent. The group-commit writer publishes one per (round,
 * agency, instrument) and committed batch, with the number of responses of that batch, so
 * listeners see every stored response counted; listeners should still coalesce (mark the
 * agency dirty, recompute shortly after) rather than recompute or write a row per event.
 *
 * @param fiscalYear the round
 * @param agencyCode the agency
 * @param instrument {@code IIT} or {@code EIT}
 * @param responses how many responses were stored (at least 1)
 */
public record ResponsesRecorded(int fiscalYear, String agencyCode, SurveyInstrument instrument, int responses) {

	public ResponsesRecorded {
		if (responses < 1) {
			throw new IllegalArgumentException("responses must be at least 1");
		}
	}

	/** One stored response. */
	public ResponsesRecorded(int fiscalYear, String agencyCode, SurveyInstrument instrument) {
		this(fiscalYear, agencyCode, instrument, 1);
	}

}
