package th.ita.oit.linkcheck;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Link checks for the OIT cycle: request one in the background when an agency submits an
 * item or an assessor opens it, and read the stored results with their {@code changed}
 * and {@code broken} flags. No database transaction is held while a site is fetched.
 */
@Service
public class LinkCheckService {

	/** How many past checks {@link #history} returns at most. */
	public static final int HISTORY_LIMIT = 100;

	private final LinkChecker checker;

	private final LinkCheckQueue queue;

	private final LinkChecks checks;

	LinkCheckService(LinkChecker checker, LinkCheckQueue queue, LinkChecks checks) {
		this.checker = checker;
		this.queue = queue;
		this.checks = checks;
	}

	/**
	 * Queues a background check of the URL and returns at once; the result is stored and
	 * then visible through {@link #latest}. Never blocks: a full queue answers
	 * {@link LinkCheckQueue.Submission#REJECTED}.
	 */
	public LinkCheckQueue.Submission requestCheck(String url) {
		return this.queue.submit(url, () -> checkNow(url));
	}

	/** Checks the URL on the caller's thread (up to the total timeout) and stores it. */
	public StoredLinkCheck checkNow(String url) {
		return this.checks.save(this.checker.check(url));
	}

	/** The URL's most recent stored check, if any. */
	public Optional<StoredLinkCheck> latest(String url) {
		return this.checks.history(url, 1).stream().findFirst();
	}

	/** The URL's stored checks, newest first, at most {@value #HISTORY_LIMIT}. */
	public List<StoredLinkCheck> history(String url) {
		return this.checks.history(url, HISTORY_LIMIT);
	}

}
