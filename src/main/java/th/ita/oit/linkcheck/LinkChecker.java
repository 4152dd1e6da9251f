package th.ita.oit.linkcheck;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
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
import javax.net.ssl.SSLSocketFactory;

import org.jspecify.annotations.Nullable;
import th.ita.oit.linkcheck.LinkTarget.InvalidUrlException;

/**
 * Fetches one URL synchronously and reports what it found; see the {@code th.ita.oit}
 * package documentation for the rules. Each hop resolves the host once, refuses it unless
 * every address is allowed, and then connects to that validated address itself (no second
 * lookup, no proxy), so DNS rebinding between check and connection is not possible.
 * Thread-safe.
 */
public class LinkChecker {

	/** Looks a host name up; replaceable in tests so they never need real DNS. */
	@FunctionalInterface
	interface Resolver {

		List<InetAddress> resolve(String host) throws UnknownHostException;

	}

	/** Opens a TCP connection; replaceable in tests to observe connection attempts. */
	@FunctionalInterface
	interface Connector {

		Socket connect(InetSocketAddress address, int timeoutMillis) throws IOException;

	}

	static final Resolver SYSTEM_RESOLVER = (host) -> List.of(InetAddress.getAllByName(host));

	static final Connector DIRECT = (address, timeout) -> {
		Socket socket = new Socket(Proxy.NO_PROXY);
		try {
			socket.connect(address, timeout);
			return socket;
		}
		catch (IOException ex) {
			socket.close();
			throw ex;
		}
	};

	private static final int MAX_DETAIL = 500;

	private final LinkCheckProperties properties;

	private final AddressPolicy policy;

	private final Resolver resolver;

	private final Connector connector;

	private final SSLSocketFactory tls;

	private final Clock clock;

	public LinkChecker(LinkCheckProperties properties) {
		this(properties, SYSTEM_RESOLVER, DIRECT, defaultTls(), Clock.systemUTC());
	}

	LinkChecker(LinkCheckProperties properties, Resolver resolver, Connector connector, SSLSocketFactory tls,
			Clock clock) {
		this.properties = properties;
		this.policy = new AddressPolicy(properties.allowedHosts());
		this.resolver = resolver;
		this.connector = connector;
		this.tls = tls;
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
			Optional<String> refused = this.policy.refuseName(target.host());
			if (refused.isPresent()) {
				return LinkCheckResult.failed(url, at, LinkCheckOutcome.BLOCKED_ADDRESS, here, redirects,
						refused.get());
			}
			List<InetAddress> addresses;
			try {
				addresses = target.ipLiteral() ? List.of(InetAddress.getByName(target.host()))
						: this.resolver.resolve(target.host());
			}
			catch (UnknownHostException ex) {
				return LinkCheckResult.failed(url, at, LinkCheckOutcome.DNS_FAILURE, here, redirects,
						"no such host: " + target.host());
			}
			refused = this.policy.refuse(target.host(), addresses);
			if (refused.isPresent()) {
				return LinkCheckResult.failed(url, at, LinkCheckOutcome.BLOCKED_ADDRESS, here, redirects,
						refused.get());
			}
			HttpFetch.Response response;
			try {
				response = fetch(target, addresses, deadline);
			}
			catch (SocketTimeoutException ex) {
				return LinkCheckResult.failed(url, at, LinkCheckOutcome.TIMEOUT, here, redirects,
						detail("timed out: " + message(ex)));
			}
			catch (SSLException ex) {
				return LinkCheckResult.failed(url, at, LinkCheckOutcome.CONNECTION_FAILED, here, redirects,
						detail("TLS failed: " + message(ex)));
			}
			catch (IOException ex) {
				return LinkCheckResult.failed(url, at, LinkCheckOutcome.CONNECTION_FAILED, here, redirects,
						detail(ex.getClass().getSimpleName() + ": " + message(ex)));
			}
			if (response.redirect()) {
				if (redirects >= this.properties.maxRedirects()) {
					return new LinkCheckResult(url, at, LinkCheckOutcome.TOO_MANY_REDIRECTS, response.status(), here,
							null, null, null, redirects, "more than " + this.properties.maxRedirects() + " redirects");
				}
				try {
					target = target.redirect(response.location());
				}
				catch (InvalidUrlException ex) {
					return new LinkCheckResult(url, at, LinkCheckOutcome.INVALID_URL, response.status(), here, null,
							null, null, redirects, detail("redirect: " + ex.getMessage()));
				}
				redirects++;
				continue;
			}
			return result(url, at, here, redirects, response);
		}
	}

	private LinkCheckResult result(String url, Instant at, String finalUrl, int redirects,
			HttpFetch.Response response) {
		int status = response.status();
		LinkCheckOutcome outcome = response.tooLarge() ? LinkCheckOutcome.TOO_LARGE
				: (status >= 200 && status < 300) ? LinkCheckOutcome.OK : LinkCheckOutcome.HTTP_ERROR;
		String why = switch (outcome) {
			case OK -> null;
			case TOO_LARGE -> "larger than " + this.properties.maxBodySize().toBytes() + " bytes";
			default -> "HTTP " + status;
		};
		return new LinkCheckResult(url, at, outcome, status, finalUrl, truncate(response.contentType(), 255),
				response.size(), response.sha256(), redirects, why);
	}

	private HttpFetch.Response fetch(LinkTarget target, List<InetAddress> addresses, long deadline) throws IOException {
		IOException failure = null;
		for (InetAddress address : addresses) {
			int timeout = (int) Math.min(this.properties.connectTimeout().toMillis(),
					HttpFetch.remainingMillis(deadline));
			Socket socket;
			try {
				socket = this.connector.connect(new InetSocketAddress(address, target.port()), timeout);
			}
			catch (ConnectException | NoRouteToHostException ex) {
				failure = ex;
				continue;
			}
			try (socket) {
				return HttpFetch.exchange(socket, target, this.properties.userAgent(),
						this.properties.maxBodySize().toBytes(), deadline, this.tls);
			}
		}
		throw (failure != null) ? failure : new ConnectException("no address to connect to");
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

	private static SSLSocketFactory defaultTls() {
		try {
			return SSLContext.getDefault().getSocketFactory();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
