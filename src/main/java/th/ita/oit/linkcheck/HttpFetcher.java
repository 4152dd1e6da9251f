package th.ita.oit.linkcheck;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.client5.http.io.DetachedSocketFactory;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.pool.PoolReusePolicy;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

/**
 * One GET per hop with Apache HttpClient 5, configured for the link checker: the
 * {@link DnsResolver} given (the {@link ValidatingDnsResolver}) is the only source of
 * addresses, sockets come from the given factory ({@code Proxy.NO_PROXY}), the route
 * planner ignores system proxies, TLS is {@link DefaultClientTlsStrategy} (SNI and
 * host-name verification against the URL's host), and automatic redirects, retries,
 * cookies, authentication, content decompression and connection reuse are all off. The
 * body is hashed as it streams, up to the size cap, and never kept.
 */
final class HttpFetcher {

	private static final int MAX_CONNECTIONS = 64;

	/** Limits on the answer's head, as the hand-written parser had them. */
	private static final int MAX_LINE = 8192;

	private static final int MAX_HEADERS = 200;

	/** Cancels requests that outlive the check's total timeout. */
	private static final ScheduledExecutorService DEADLINES = deadlines();

	private final LinkCheckProperties properties;

	private final RequestConfig requestConfig;

	private final CloseableHttpClient client;

	HttpFetcher(LinkCheckProperties properties, DnsResolver dns, DetachedSocketFactory sockets, SSLContext tls) {
		this.properties = properties;
		this.requestConfig = RequestConfig.custom()
			.setRedirectsEnabled(false)
			.setContentCompressionEnabled(false)
			.setExpectContinueEnabled(false)
			.setProtocolUpgradeEnabled(false)
			.setAuthenticationEnabled(false)
			.build();
		this.client = client(properties, dns, sockets, tls, this.requestConfig);
	}

	/**
	 * One GET. A scheduled task cancels the request (closing its connection) when the
	 * check's deadline passes, so a slow or trickling server cannot hold the check
	 * longer; per-read timeouts alone would not stop a trickle. Whatever is left of the
	 * body is never read: the request is cancelled before the response is closed (closing
	 * alone would drain the body).
	 */
	Answer fetch(LinkTarget target, long deadline) throws IOException {
		long remaining = remainingMillis(deadline);
		HttpGet get = new HttpGet(target.uri());
		get.setConfig(RequestConfig.copy(this.requestConfig)
			.setConnectionRequestTimeout(Timeout.ofMilliseconds(remaining))
			.setResponseTimeout(Timeout.ofMilliseconds(remaining))
			.build());
		get.setHeader(HttpHeaders.USER_AGENT, this.properties.userAgent());
		get.setHeader(HttpHeaders.ACCEPT, "*/*");
		get.setHeader(HttpHeaders.ACCEPT_ENCODING, "identity");
		get.setHeader(HttpHeaders.CONNECTION, "close");
		AtomicBoolean expired = new AtomicBoolean();
		ScheduledFuture<?> timer = DEADLINES.schedule(() -> {
			expired.set(true);
			get.cancel();
		}, remaining, TimeUnit.MILLISECONDS);
		ClassicHttpResponse response = null;
		try {
			response = this.client.executeOpen(null, get, HttpClientContext.create());
			return read(response);
		}
		catch (IOException ex) {
			if (expired.get()) {
				SocketTimeoutException timeout = new SocketTimeoutException("the check took longer than allowed");
				timeout.initCause(ex);
				throw timeout;
			}
			throw ex;
		}
		finally {
			timer.cancel(false);
			get.cancel();
			if (response != null) {
				closeQuietly(response);
			}
		}
	}

	private Answer read(ClassicHttpResponse response) throws IOException {
		int status = response.getCode();
		String contentType = header(response, HttpHeaders.CONTENT_TYPE);
		Answer head = new Answer(status, header(response, HttpHeaders.LOCATION), contentType, null, null, false);
		if (head.redirect()) {
			return head;
		}
		long max = this.properties.maxBodySize().toBytes();
		MessageDigest digest = digest();
		HttpEntity entity = response.getEntity();
		if (entity == null) {
			return new Answer(status, null, contentType, 0L, hex(digest), false);
		}
		if (entity.getContentLength() > max) {
			return new Answer(status, null, contentType, entity.getContentLength(), null, true);
		}
		InputStream in = entity.getContent();
		byte[] buffer = new byte[16 * 1024];
		long count = 0;
		int n;
		while ((n = in.read(buffer)) >= 0) {
			count += n;
			if (count > max) {
				return new Answer(status, null, contentType, count, null, true);
			}
			digest.update(buffer, 0, n);
		}
		return new Answer(status, null, contentType, count, hex(digest), false);
	}

	private static @Nullable String header(ClassicHttpResponse response, String name) {
		Header header = response.getFirstHeader(name);
		return (header != null) ? header.getValue() : null;
	}

	private static void closeQuietly(ClassicHttpResponse response) {
		try {
			response.close();
		}
		catch (IOException ex) {
			// the connection was cancelled on purpose; nothing left to release
		}
	}

	private static long remainingMillis(long deadline) throws SocketTimeoutException {
		long remaining = (deadline - System.nanoTime()) / 1_000_000;
		if (remaining <= 0) {
			throw new SocketTimeoutException("the check took longer than allowed");
		}
		return remaining;
	}

	static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
	}

	private static CloseableHttpClient client(LinkCheckProperties properties, DnsResolver dns,
			DetachedSocketFactory sockets, SSLContext tls, RequestConfig requestConfig) {
		// DefaultClientTlsStrategy: SNI and host-name verification against the URL's host
		DefaultHttpClientConnectionOperator operator = new DefaultHttpClientConnectionOperator(sockets,
				DefaultSchemePortResolver.INSTANCE, dns,
				RegistryBuilder.<TlsSocketStrategy>create()
					.register("https", new DefaultClientTlsStrategy(tls))
					.build());
		PoolingHttpClientConnectionManager connections = new PoolingHttpClientConnectionManager(operator,
				PoolConcurrencyPolicy.STRICT, PoolReusePolicy.LIFO, TimeValue.NEG_ONE_MILLISECOND,
				ManagedHttpClientConnectionFactory.builder()
					.http1Config(Http1Config.custom()
						.setMaxLineLength(MAX_LINE)
						.setMaxHeaderCount(MAX_HEADERS)
						.setMaxEmptyLineCount(MAX_HEADERS)
						.build())
					.build());
		connections.setMaxTotal(MAX_CONNECTIONS);
		connections.setDefaultMaxPerRoute(MAX_CONNECTIONS);
		connections.setDefaultConnectionConfig(ConnectionConfig.custom()
			.setConnectTimeout(Timeout.of(properties.connectTimeout()))
			.setSocketTimeout(Timeout.of(properties.totalTimeout()))
			.build());
		return HttpClients.custom()
			.setConnectionManager(connections)
			.setRoutePlanner(new DefaultRoutePlanner(DefaultSchemePortResolver.INSTANCE))
			.setConnectionReuseStrategy((request, response, context) -> false)
			.setDefaultRequestConfig(requestConfig)
			.disableRedirectHandling()
			.disableAutomaticRetries()
			.disableContentCompression()
			.disableCookieManagement()
			.disableAuthCaching()
			.disableConnectionState()
			.build();
	}

	private static ScheduledExecutorService deadlines() {
		ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread thread = new Thread(task, "link-check-deadline");
			thread.setDaemon(true);
			return thread;
		});
		executor.setRemoveOnCancelPolicy(true);
		return executor;
	}

	/**
	 * One answer.
	 *
	 * @param status the HTTP status
	 * @param location the {@code Location} header of a redirect, or null
	 * @param contentType the {@code Content-Type} header, or null
	 * @param size bytes read, or the declared length if it exceeded the cap; null if the
	 * body was not read (redirects)
	 * @param sha256 hex SHA-256 of the whole body, or null if not read in full
	 * @param tooLarge whether the body exceeded the cap
	 */
	record Answer(int status, @Nullable String location, @Nullable String contentType, @Nullable Long size,
			@Nullable String sha256, boolean tooLarge) {

		boolean redirect() {
			return (this.status == 301 || this.status == 302 || this.status == 303 || this.status == 307
					|| this.status == 308) && this.location != null;
		}

	}

}
