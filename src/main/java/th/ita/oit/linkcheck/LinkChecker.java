package th.ita.oit.linkcheck;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;

import org.apache.hc.client5.http.io.DetachedSocketFactory;
import org.jspecify.annotations.Nullable;
import th.ita.oit.linkcheck.LinkTarget.InvalidUrlException;
import th.ita.oit.linkcheck.ValidatingDnsResolver.RefusedAddressException;

/**
 * Fetches one URL synchronously and reports what it found; see the {@code th.ita.oit}
 * package documentation for the rules. Each hop is one GET through {@link HttpFetcher}
 * (Apache HttpClient 5), whose only source of addresses is a
 * {@link ValidatingDnsResolver}: one lookup per connection, every address checked, and
 * HttpClient connects to exactly the addresses it returns, so DNS rebinding between check
 * and connection is not possible. Redirects are followed here, not by HttpClient, each
 * hop validated like the first. Thread-safe.
 */
public class LinkChecker {

	/** Looks a host name up; replaceable in tests so they never need real DNS. */
	@FunctionalInterface
	interface Resolver {

		List<InetAddress> resolve(String host) throws UnknownHostException;

	}

	static final Resolver SYSTEM_RESOLVER = (host) -> List.of(InetAddress.getAllByName(host));

	/**
	 * Unconnected plain sockets that never use a proxy (SOCKS system properties are
	 * ignored); replaceable in tests to observe connection attempts.
	 */
	static final DetachedSocketFactory DIRECT = (socksProxy) -> new Socket(Proxy.NO_PROXY);

	private static final int MAX_DETAIL = 500;

	private final LinkCheckProperties properties;

	private final AddressPolicy policy;

	private final HttpFetcher fetcher;

	private final Clock clock;

	public LinkChecker(LinkCheckProperties properties) {
		this(properties, SYSTEM_RESOLVER, DIRECT, defaultTls(), Clock.systemUTC());
	}

	LinkChecker(LinkCheckProperties properties, Resolver resolver, DetachedSocketFactory sockets, SSLContext tls,
			Clock clock) {
		this.properties = properties;
		this.policy = new AddressPolicy(properties.allowedHosts());
		this.fetcher = new HttpFetcher(properties, new ValidatingDnsResolver(this.policy, resolver), sockets, tls);
		this.clock = clock;
	}

	/**
	 * Checks the URL now, on the caller's thread, within the configured total timeout.
	 */
	public LinkCheckResult check(URI url) {
		return check(url.toString());
	}

	/**
	 * Checks the URL now, on the caller's thread, within the configured total timeout.
	 */
	public LinkCheckResult check(String url) {
		Instant at = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		long deadline = System.nanoTime() + this.properties.totalTimeout().toNanos();
		LinkTarget target;
		try {
			target = LinkTarget.parse(url);
		}
		catch (InvalidUrlException ex) {
			return LinkCheckResult.failed(url, at, LinkCheckOutcome.INVALID_URL, null, 0, ex.getMessage());
		}
		int redirects = 0;
		while (true) {
			String here = target.uri().toString();
			Optional<String> refused = refuseBeforeRequest(target);
			if (refused.isPresent()) {
				return LinkCheckResult.failed(url, at, LinkCheckOutcome.BLOCKED_ADDRESS, here, redirects,
						refused.get());
			}
			HttpFetcher.Answer answer;
			try {
				answer = this.fetcher.fetch(target, deadline);
			}
			catch (IOException ex) {
				return failure(url, at, here, redirects, target, ex);
			}
			if (answer.redirect()) {
				if (redirects >= this.properties.maxRedirects()) {
					return new LinkCheckResult(url, at, LinkCheckOutcome.TOO_MANY_REDIRECTS, answer.status(), here,
							null, null, null, redirects, "more than " + this.properties.maxRedirects() + " redirects");
				}
				try {
					target = target.redirect(answer.location());
				}
				catch (InvalidUrlException ex) {
					return new LinkCheckResult(url, at, LinkCheckOutcome.INVALID_URL, answer.status(), here, null, null,
							null, redirects, detail("redirect: " + ex.getMessage()));
				}
				redirects++;
				continue;
			}
			return result(url, at, here, redirects, answer);
		}
	}

	/**
	 * Refuses metadata host names without a lookup and IP literals outright, before
	 * HttpClient is involved. Host names are validated by the
	 * {@link ValidatingDnsResolver} when HttpClient connects (it would validate literals
	 * too, this is only earlier).
	 */
	private Optional<String> refuseBeforeRequest(LinkTarget target) {
		Optional<String> refused = this.policy.refuseName(target.host());
		if (refused.isPresent() || !target.ipLiteral()) {
			return refused;
		}
		try {
			return this.policy.refuse(target.host(), List.of(InetAddress.getByName(target.host())));
		}
		catch (UnknownHostException ex) {
			return Optional.of("not a valid IP address: " + target.host());
		}
	}

	private static LinkCheckResult failure(String url, Instant at, String here, int redirects, LinkTarget target,
			IOException ex) {
		if (ex instanceof RefusedAddressException) {
			return LinkCheckResult.failed(url, at, LinkCheckOutcome.BLOCKED_ADDRESS, here, redirects,
					detail(message(ex)));
		}
		if (ex instanceof UnknownHostException) {
			return LinkCheckResult.failed(url, at, LinkCheckOutcome.DNS_FAILURE, here, redirects,
					"no such host: " + target.host());
		}
		if (ex instanceof SocketTimeoutException) {
			return LinkCheckResult.failed(url, at, LinkCheckOutcome.TIMEOUT, here, redirects,
					detail("timed out: " + message(ex)));
		}
		if (ex instanceof SSLException) {
			return LinkCheckResult.failed(url, at, LinkCheckOutcome.CONNECTION_FAILED, here, redirects,
					detail("TLS failed: " + message(ex)));
		}
		return LinkCheckResult.failed(url, at, LinkCheckOutcome.CONNECTION_FAILED, here, redirects,
				detail(ex.getClass().getSimpleName() + ": " + message(ex)));
	}

	private LinkCheckResult result(String url, Instant at, String finalUrl, int redirects, HttpFetcher.Answer answer) {
		int status = answer.status();
		LinkCheckOutcome outcome = answer.tooLarge() ? LinkCheckOutcome.TOO_LARGE
				: (status >= 200 && status < 300) ? LinkCheckOutcome.OK : LinkCheckOutcome.HTTP_ERROR;
		String why = switch (outcome) {
			case OK -> null;
			case TOO_LARGE -> "larger than " + this.properties.maxBodySize().toBytes() + " bytes";
			default -> "HTTP " + status;
		};
		return new LinkCheckResult(url, at, outcome, status, finalUrl, truncate(answer.contentType(), 255),
				answer.size(), answer.sha256(), redirects, why);
	}

	private static String message(Exception ex) {
		return (ex.getMessage() != null) ? ex.getMessage() : "no detail";
	}

	private static String detail(String text) {
		return (text.length() <= MAX_DETAIL) ? text : text.substring(0, MAX_DETAIL);
	}

	private static @Nullable String truncate(@Nullable String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

	private static SSLContext defaultTls() {
		try {
			return SSLContext.getDefault();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
