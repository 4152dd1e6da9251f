package th.ita.oit.linkcheck;

/**
 * A link check as stored, compared with the URL's earlier checks.
 *
 * @param id the row id
 * @param result what the check found
 * @param changed whether this is an OK check whose body hash differs from the previous OK
 * check of the same URL (false for the first OK check and for every failed one)
 */
public record StoredLinkCheck(long id, LinkCheckResult result, boolean changed) {

	/** Whether the link is broken (any outcome but OK). */
	public boolean broken() {
		return this.result.broken();
	}

}
