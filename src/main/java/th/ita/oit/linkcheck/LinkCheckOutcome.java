package th.ita.oit.linkcheck;

/** How a link check ended. Only {@link #OK} is a working link. */
public enum LinkCheckOutcome {

	/** A 2xx answer, body read within the size cap and hashed. */
	OK,
	/** The final answer was not 2xx (see the HTTP status). */
	HTTP_ERROR,
	/** Connecting or the whole check took longer than configured. */
	TIMEOUT,
	/** The body is larger than the configured cap; reading stopped there. */
	TOO_LARGE,
	/** More redirects than allowed. */
	TOO_MANY_REDIRECTS,
	/** The URL or a redirect pointed at an address the checker refuses (SSRF guard). */
	BLOCKED_ADDRESS,
	/** The host name does not resolve. */
	DNS_FAILURE,
	/** Connection refused or reset, TLS failure, or a malformed HTTP answer. */
	CONNECTION_FAILED,
	/** Not an absolute http(s) URL of at most 2,048 characters, or a bad redirect. */
	INVALID_URL

}
