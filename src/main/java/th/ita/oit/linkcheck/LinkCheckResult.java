package th.ita.oit.linkcheck;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The facts one link check found.
 *
 * @param url the URL as requested
 * @param checkedAt when the check started
 * @param outcome how it ended
 * @param httpStatus the last HTTP status received, or null if none
 * @param finalUrl the last URL requested (after redirects), or null if the URL was
 * invalid
 * @param contentType the final answer's {@code Content-Type}, or null
 * @param sizeBytes body bytes read (for {@link LinkCheckOutcome#TOO_LARGE} the declared
 * length or the bytes read until the cap), or null if no body was read
 * @param sha256 lower-case hex SHA-256 of the whole body, or null if not read in full
 * @param redirects how many redirects were followed
 * @param detail a short explanation for outcomes other than OK, or null
 */
public record LinkCheckResult(String url, Instant checkedAt, LinkCheckOutcome outcome, @Nullable Integer httpStatus,
		@Nullable String finalUrl, @Nullable String contentType, @Nullable Long sizeBytes, @Nullable String sha256,
		int redirects, @Nullable String detail) {

	/** Whether the link is broken, that is anything but {@link LinkCheckOutcome#OK}. */
	public boolean broken() {
		return this.outcome != LinkCheckOutcome.OK;
	}

	static LinkCheckResult failed(String url, Instant checkedAt, LinkCheckOutcome outcome, @Nullable String finalUrl,
			int redirects, String detail) {
		return new LinkCheckResult(url, checkedAt, outcome, null, finalUrl, null, null, null, redirects, detail);
	}

}
