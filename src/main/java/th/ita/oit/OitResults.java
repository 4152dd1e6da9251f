package th.ita.oit;

import java.util.List;

/**
 * The OIT module's API for scoring: one result per OIT item (leaf items: sub-items stand
 * for their parent) of the round's framework, in framework order.
 */
public interface OitResults {

	/**
	 * The item results of an agency in a round; empty when there is no such round. An
	 * item scores 100 when its final (or, before confirmation, its latest) verdict is
	 * PASS and 0 when FAIL, unless the framework gives partial credit and the reviewer
	 * gave a score; items without a verdict have a {@code null} score.
	 */
	List<OitItemResult> results(int fiscalYear, String agencyCode);

	/**
	 * The item results of every agency of a round with at least one verdict, by agency
	 * code, as {@link #results(int, String)} gives them, read in one pass over the round
	 * (for a full recompute). Agencies without any verdict are absent.
	 */
	java.util.Map<String, List<OitItemResult>> roundResults(int fiscalYear);

}
