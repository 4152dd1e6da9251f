package th.ita.assessment;

import java.util.List;

/**
 * Agencies were enrolled in a round (published in the enrolment's transaction: listeners
 * that keep a round's agencies drop them).
 *
 * @param fiscalYear the B.E. fiscal year
 * @param agencyCodes the agencies enrolled now
 */
public record AgenciesEnrolled(int fiscalYear, List<String> agencyCodes) {

	public AgenciesEnrolled {
		agencyCodes = List.copyOf(agencyCodes);
	}

}
