package th.ita.survey;

import th.ita.framework.Instrument;

/**
 * How many of an agency's counted responses (not excluded) gave each leaf item each
 * option value, in a round: the raw input of scoring, which applies the framework's
 * scales itself. Only values that are options of the item's scale in the round's pinned
 * framework, and only the instrument's leaf items, are tallied. Three aligned arrays, in
 * no particular order, each (item, value) once; compact so that a round of 30,000
 * agencies fits in a small heap. Counts only: nothing per response.
 *
 * @param fiscalYear the round
 * @param agencyCode the agency
 * @param instrument IIT or EIT
 * @param respondents the counted responses
 * @param items leaf item codes
 * @param values option values
 * @param counts how many gave {@code items[i]} the value {@code values[i]} (positive)
 */
public record AnswerTally(int fiscalYear, String agencyCode, Instrument instrument, long respondents, String[] items,
		int[] values, long[] counts) {

	public AnswerTally {
		if (items.length != values.length || items.length != counts.length) {
			throw new IllegalArgumentException("Unaligned tally of " + agencyCode);
		}
	}

	/** The number of (item, value) entries. */
	public int size() {
		return this.items.length;
	}

	/** No response counted. */
	public static AnswerTally none(int fiscalYear, String agencyCode, Instrument instrument) {
		return new AnswerTally(fiscalYear, agencyCode, instrument, 0, new String[0], new int[0], new long[0]);
	}

}
