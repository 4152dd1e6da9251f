package th.ita.oit.evidence;

/**
 * One URL of an item's evidence with the title the agency gave it.
 *
 * @param url an absolute http(s) URL of at most 2,048 characters
 * @param title what the page shows
 */
public record EvidenceUrl(String url, String title) {
}
