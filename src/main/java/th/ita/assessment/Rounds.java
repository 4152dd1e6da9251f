package th.ita.assessment;

import java.util.List;
import java.util.Optional;

/**
 * The assessment module's API for other modules: rounds, their windows, and enrolments.
 * Fiscal years without a programme mean {@link #DEFAULT_PROGRAMME}.
 */
public interface Rounds {

	/** The programme of OBEC's ITA of the Educational Service Area offices. */
	String DEFAULT_PROGRAMME = "OBEC-ESA";

	Optional<RoundSummary> find(String programme, int fiscalYear);

	default Optional<RoundSummary> find(int fiscalYear) {
		return find(DEFAULT_PROGRAMME, fiscalYear);
	}

	/** True when the round exists and today (Bangkok) falls in the activity's window. */
	boolean isOpen(int fiscalYear, Activity activity);

	/**
	 * Checks that an activity's window is open today.
	 * @throws WindowClosedException (409) naming the window and its dates, or saying it
	 * is not scheduled
	 * @throws th.ita.shared.NotFoundException when there is no such round
	 */
	void requireOpen(int fiscalYear, Activity activity);

	/** Every enrolment of the round, by agency code; empty when there is no round. */
	List<Enrolment> enrolments(int fiscalYear);

	Optional<Enrolment> enrolment(int fiscalYear, String agencyCode);

}
