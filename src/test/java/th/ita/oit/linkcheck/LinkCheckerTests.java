package th.ita.oit.linkcheck;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.DnsResolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The link checker against a local server on 127.0.0.1. Nothing here sends traffic
 * anywhere else: refused addresses are refused before any connection attempt (the
 * recording socket factory handed to HttpClient proves it), and host names resolve
 * through a fake resolver.
 */
class LinkCheckerTests {

	static LocalTestServer server;

	final List<InetSocketAddress> connections = new CopyOnWriteArrayList<>();

	final AtomicInteger lookups = new AtomicInteger();

	/** Allows only 127.0.0.1, the test server. */
	LinkChecker checker;

	/** The production defaults: no allowlist. */
	LinkChecker strict;

	@BeforeAll
	static void startServer() throws IOException {
		server = new LocalTestServer();
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@BeforeEach
	void checkers() {
		this.checker = checker(List.of("127.0.0.1/32"));
		this.strict = checker(List.of());
	}

	LinkChecker checker(List<String> allowed) {
		LinkCheckProperties defaults = LinkCheckProperties.defaults(allowed);
		LinkCheckProperties fast = new LinkCheckProperties(Duration.ofSeconds(1), Duration.ofSeconds(1),
				DataSize.ofMegabytes(1), 5, defaults.userAgent(), allowed, 1, 2);
		return checker(fast, defaultTls());
	}

	LinkChecker checker(LinkCheckProperties properties, SSLContext tls) {
		return new LinkChecker(properties, this::resolve, (socksProxy) -> new RecordingSocket(), tls,
				Clock.systemUTC());
	}

	/** A direct socket that records every connection attempt, before making it. */
	final class RecordingSocket extends Socket {

		RecordingSocket() {
			super(Proxy.NO_PROXY);
		}

		@Override
		public void connect(SocketAddress endpoint, int timeout) throws IOException {
			InetSocketAddress address = (InetSocketAddress) endpoint;
			LinkCheckerTests.this.connections.add(address);
			assertThat(address.getAddress().isLoopbackAddress()).as("tests only ever connect to 127.0.0.1").isTrue();
			super.connect(endpoint, timeout);
		}

	}

	/** A fake DNS: a few test names, never the network. */
	List<InetAddress> resolve(String host) throws UnknownHostException {
		int lookup = this.lookups.incrementAndGet();
		if (host.equals("rebind.test")) {
			// First answer passes the check; any later lookup would point inside.
			return List.of(InetAddress.getByName((lookup == 1) ? "127.0.0.1" : "10.0.0.1"));
		}
		Map<String, List<String>> names = Map.of("localhost", List.of("127.0.0.1", "::1"), "evil.test",
				List.of("10.1.2.3"), "mixed.test", List.of("203.0.113.5", "127.0.0.1"));
		List<String> addresses = names.get(host);
		if (addresses == null) {
			throw new UnknownHostException(host);
		}
		List<InetAddress> result = new java.util.ArrayList<>();
		for (String address : addresses) {
			result.add(InetAddress.getByName(address));
		}
		return result;
	}

	@Test
	void okRecordsStatusTypeSizeAndHash() {
		LinkCheckResult result = this.checker.check(server.url("/ok"));
		byte[] body = "<p>สวัสดี hello</p>".getBytes(StandardCharsets.UTF_8);
		assertThat(result.outcome()).isEqualTo(LinkCheckOutcome.OK);
		assertThat(result.broken()).isFalse();
		assertThat(result.httpStatus()).isEqualTo(200);
		assertThat(result.contentType()).isEqualTo("text/html; charset=utf-8");
		assertThat(result.sizeBytes()).isEqualTo(body.length);
		assertThat(result.sha256()).isEqualTo(sha256(body));
		assertThat(result.finalUrl()).isEqualTo(server.url("/ok"));
		assertThat(result.redirects()).isZero();
		assertThat(result.checkedAt()).isNotNull();
		assertThat(server.lastHeader("User-agent")).startsWith("ITA-Online-LinkCheck/1.0 (+https://");
		assertThat(server.lastHeader("Accept")).isEqualTo("*/*");
		assertThat(server.lastHeader("Accept-encoding")).isEqualTo("identity");
		assertThat(server.lastHeader("Method")).isEqualTo("GET");
	}

	@Test
	void notFoundIsAnHttpError() {
		LinkCheckResult result = this.checker.check(server.url("/missing"));
		assertThat(result.outcome()).isEqualTo(LinkCheckOutcome.HTTP_ERROR);
		assertThat(result.httpStatus()).isEqualTo(404);
		assertThat(result.broken()).isTrue();
	}

	@Test
	void followsAChainOfThreeRedirects() {
		LinkCheckResult result = this.checker.check(server.url("/r/3"));
		assertThat(result.outcome()).isEqualTo(LinkCheckOutcome.OK);
		assertThat(result.redirects()).isEqualTo(3);
		assertThat(result.url()).isEqualTo(server.url("/r/3"));
		assertThat(result.finalUrl()).isEqualTo(server.url("/ok"));
	}

	@Test
	void stopsAfterFiveRedirects() {
		LinkCheckResult result = this.checker.check(server.url("/r/6"));
		assertThat(result.outcome()).isEqualTo(LinkCheckOutcome.TOO_MANY_REDIRECTS);
		assertThat(result.redirects()).isEqualTo(5);
		assertThat(result.httpStatus()).isEqualTo(302);
		assertThat(this.checker.check(server.url("/r/5")).outcome()).isEqualTo(LinkCheckOutcome.OK);
	}

	@Test
	void stopsReadingAStreamedBodyAtTheCap() throws InterruptedException {
		LinkCheckResult result = this.checker.check(server.url("/huge"));
		assertThat(result.outcome()).isEqualTo(LinkCheckOutcome.TOO_LARGE);
		assertThat(result.sha256()).isNull();
		assertThat(result.sizeBytes()).isBetween(DataSize.ofMegabytes(1).toBytes(), DataSize.ofMegabytes(2).toBytes());
		assertThat(server.awaitHugeDone()).isTrue();
		assertThat(server.hugeWritten()).as("the server could not send it all").isLessThan(LocalTestServer.HUGE);
	}

	@Test
	void refusesADeclaredLengthOverTheCapWithoutReading() {
		LinkCheckResult result = this.checker.check(server.url("/huge-declared"));
		assertThat(result.outcome()).isEqualTo(LinkCheckOutcome.TOO_LARGE);
		assertThat(result.sizeBytes()).isEqualTo(LocalTestServer.HUGE);
	}

	@Test
	void aSlowServerTimesOut() {
		long start = System.nanoTime();
		LinkCheckResult result = this.checker.check(server.url("/slow"));
		assertThat(result.outcome()).isEqualTo(LinkCheckOutcome.TIMEOUT);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
	}

	@Test
	void aTricklingBodyTimesOutOnTheTotalLimit() {
		long start = System.nanoTime();
		LinkCheckResult result = this.checker.check(server.url("/trickle"));
		assertThat(result.outcome()).isEqualTo(LinkCheckOutcome.TIMEOUT);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
	}

	@Test
	void changedContentGivesANewHash() {
		server.setChangingBody("version 1");
		LinkCheckResult first = this.checker.check(server.url("/changing"));
		server.setChangingBody("version 2");
		LinkCheckResult second = this.checker.check(server.url("/changing"));
		assertThat(first.sha256()).isEqualTo(sha256("version 1".getBytes(StandardCharsets.UTF_8)));
		assertThat(second.sha256()).isEqualTo(sha256("version 2".getBytes(StandardCharsets.UTF_8)))
			.isNotEqualTo(first.sha256());
	}

	@Test
	void aClosedPortIsAConnectionFailure() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			port = socket.getLocalPort();
		}
		LinkCheckResult result = this.checker.check("http://127.0.0.1:" + port + "/");
		assertThat(result.outcome()).isEqualTo(LinkCheckOutcome.CONNECTION_FAILED);
	}

	@Test
	void connectsToTheAddressItValidatedWithoutASecondLookup() {
		LinkCheckResult result = this.checker.check("http://rebind.test:" + server.port() + "/ok");
		assertThat(result.outcome()).isEqualTo(LinkCheckOutcome.OK);
		assertThat(this.lookups).hasValue(1);
		assertThat(this.connections).extracting((a) -> a.getAddress().getHostAddress()).containsExactly("127.0.0.1");
		assertThat(server.lastHeader("Host")).isEqualTo("rebind.test:" + server.port());
	}

	@Test
	void anAllowlistedHostNameMayBeInternal() {
		LinkChecker byName = checker(List.of("LocalHost"));
		assertThat(byName.check("http://localhost:" + server.port() + "/ok").outcome()).isEqualTo(LinkCheckOutcome.OK);
		assertThat(byName.check(server.url("/ok")).outcome()).isEqualTo(LinkCheckOutcome.BLOCKED_ADDRESS);
	}

	@Test
	void anUnknownHostIsADnsFailure() {
		LinkCheckResult result = this.checker.check("http://no-such-host.test/");
		assertThat(result.outcome()).isEqualTo(LinkCheckOutcome.DNS_FAILURE);
		assertThat(this.connections).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://10.0.0.1/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/",
			"http://localhost/", "http://evil.test/", "http://mixed.test/", "http://0.0.0.0/", "http://100.64.0.1/",
			"http://172.16.5.4/", "http://192.168.1.1/", "http://224.0.0.1/", "http://[fe80::1]/",
			"http://[fd00:ec2::254]/", "http://[fc00::1]/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:a9fe:a9fe]/",
			"http://[64:ff9b::a00:1]/", "http://[2002:a00:1::]/", "http://[::]/", "https://10.0.0.1/",
			"http://metadata.google.internal/computeMetadata/v1/" })
	void refusesInternalAddressesBeforeConnecting(String url) {
		LinkCheckResult result = this.strict.check(url);
		assertThat(result.outcome()).as(result.detail()).isEqualTo(LinkCheckOutcome.BLOCKED_ADDRESS);
		assertThat(this.connections).isEmpty();
	}

	@Test
	void refusesTheTestServerItselfWhenNotAllowlisted() {
		int before = server.requests();
		LinkCheckResult result = this.strict.check(server.url("/ok"));
		assertThat(result.outcome()).isEqualTo(LinkCheckOutcome.BLOCKED_ADDRESS);
		assertThat(result.detail()).contains("loopback");
		assertThat(this.connections).isEmpty();
		assertThat(server.requests()).isEqualTo(before);
		assertThat(this.strict.check("http://localhost:" + server.port() + "/ok").outcome())
			.isEqualTo(LinkCheckOutcome.BLOCKED_ADDRESS);
		assertThat(server.requests()).isEqualTo(before);
	}

	@Test
	void httpClientAsksTheValidatingResolverEvenForIpLiterals() {
		List<String> asked = new CopyOnWriteArrayList<>();
		ValidatingDnsResolver strictResolver = new ValidatingDnsResolver(new AddressPolicy(List.of()), this::resolve);
		DnsResolver recording = new DnsResolver() {

			@Override
			public InetAddress[] resolve(String host) throws UnknownHostException {
				asked.add(host);
				return strictResolver.resolve(host);
			}

			@Override
			public String resolveCanonicalHostname(String host) {
				return host;
			}

		};
		HttpFetcher fetcher = new HttpFetcher(LinkCheckProperties.defaults(List.of()), recording,
				(socksProxy) -> new RecordingSocket(), defaultTls());
		int before = server.requests();
		assertThatExceptionOfType(ValidatingDnsResolver.RefusedAddressException.class)
			.isThrownBy(() -> fetcher.fetch(LinkTarget.parse(server.url("/ok")), System.nanoTime() + 1_000_000_000L))
			.withMessageContaining("loopback");
		assertThat(asked).containsExactly("127.0.0.1");
		assertThat(this.connections).isEmpty();
		assertThat(server.requests()).isEqualTo(before);
	}

	@Test
	void metadataNamesAreRefusedWithoutALookup() {
		assertThat(this.strict.check("http://metadata.google.internal./").outcome())
			.isEqualTo(LinkCheckOutcome.BLOCKED_ADDRESS);
		assertThat(this.lookups).hasValue(0);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/to-metadata", "/to-private" })
	void refusesARedirectToAnInternalAddress(String path) {
		LinkCheckResult result = this.checker.check(server.url(path));
		assertThat(result.outcome()).isEqualTo(LinkCheckOutcome.BLOCKED_ADDRESS);
		assertThat(result.redirects()).isEqualTo(1);
		assertThat(result.finalUrl()).doesNotContain("127.0.0.1");
		assertThat(this.connections).hasSize(1);
		assertThat(this.connections.get(0).getPort()).isEqualTo(server.port());
	}

	@Test
	void refusesARedirectToAScript() {
		LinkCheckResult result = this.checker.check(server.url("/to-script"));
		assertThat(result.outcome()).isEqualTo(LinkCheckOutcome.INVALID_URL);
		assertThat(result.redirects()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "file:///etc/passwd", "data:text/html,<script>x</script>",
			"/relative/page", "example.org/page", "ftp://127.0.0.1/", "http://user:pw@127.0.0.1/", "http://",
			"http:///path", "http://exa mple.org/", "" })
	void refusesUrlsThatAreNotAbsoluteHttp(String url) {
		LinkCheckResult result = this.checker.check(url);
		assertThat(result.outcome()).isEqualTo(LinkCheckOutcome.INVALID_URL);
		assertThat(result.detail()).isNotBlank();
		assertThat(this.connections).isEmpty();
	}

	@Test
	void refusesOverLongUrls() {
		String path = "/ok?" + "a".repeat(LinkTarget.MAX_LENGTH);
		LinkCheckResult result = this.checker.check(server.url(path));
		assertThat(result.outcome()).isEqualTo(LinkCheckOutcome.INVALID_URL);
		assertThat(result.detail()).contains("2048");
		assertThat(this.connections).isEmpty();
		String justRight = server.url("/ok?");
		justRight += "a".repeat(LinkTarget.MAX_LENGTH - justRight.length());
		assertThat(this.checker.check(justRight).outcome()).isEqualTo(LinkCheckOutcome.OK);
	}

	static SSLContext defaultTls() {
		try {
			return SSLContext.getDefault();
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String sha256(byte[] bytes) {
		return java.util.HexFormat.of().formatHex(HttpFetcher.digest().digest(bytes));
	}

}
