package th.ita.oit.linkcheck;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * https through HttpClient's TLS against a local {@link HttpsServer} on 127.0.0.1 whose
 * self-signed certificate (made with the JDK's {@code keytool}) names {@code tls.test}
 * only. Host names resolve through a fake resolver to 127.0.0.1; nothing else is
 * contacted.
 */
class LinkCheckerTlsTests {

	static final char[] PASSWORD = "changeit".toCharArray();

	@TempDir
	static Path dir;

	static HttpsServer server;

	static SSLContext trustingTestCert;

	static final AtomicInteger requests = new AtomicInteger();

	@BeforeAll
	static void start() throws Exception {
		Path keystore = dir.resolve("tls.p12");
		String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
		Process process = new ProcessBuilder(keytool, "-genkeypair", "-alias", "test", "-keyalg", "EC", "-dname",
				"CN=tls.test", "-ext", "san=dns:tls.test", "-validity", "2", "-storetype", "PKCS12", "-keystore",
				keystore.toString(), "-storepass", "changeit", "-keypass", "changeit")
			.redirectErrorStream(true)
			.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(new String(process.getInputStream().readAllBytes())).isZero();
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(keystore)) {
			store.load(in, PASSWORD);
		}
		KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keys.init(store, PASSWORD);
		SSLContext serverTls = SSLContext.getInstance("TLS");
		serverTls.init(keys.getKeyManagers(), null, null);
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(store);
		trustingTestCert = SSLContext.getInstance("TLS");
		trustingTestCert.init(null, trust.getTrustManagers(), null);
		server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.setHttpsConfigurator(new HttpsConfigurator(serverTls));
		server.createContext("/", (exchange) -> {
			requests.incrementAndGet();
			byte[] body = "secure".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "text/plain");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
	}

	@AfterAll
	static void stop() {
		if (server != null) {
			server.stop(0);
		}
	}

	LinkChecker checker(SSLContext tls) {
		List<String> allowed = List.of("127.0.0.1/32");
		LinkCheckProperties defaults = LinkCheckProperties.defaults(allowed);
		LinkCheckProperties fast = new LinkCheckProperties(Duration.ofSeconds(2), Duration.ofSeconds(5),
				DataSize.ofMegabytes(1), 5, defaults.userAgent(), allowed, 1, 2);
		return new LinkChecker(fast, LinkCheckerTlsTests::resolve, LinkChecker.DIRECT, tls, Clock.systemUTC());
	}

	static List<InetAddress> resolve(String host) throws UnknownHostException {
		if (host.equals("tls.test") || host.equals("other.test")) {
			return List.of(InetAddress.getByName("127.0.0.1"));
		}
		throw new UnknownHostException(host);
	}

	String url(String host) {
		return "https://" + host + ":" + server.getAddress().getPort() + "/page";
	}

	@Test
	void fetchesOverTlsWhenTheCertificateNamesTheHost() {
		LinkCheckResult result = checker(trustingTestCert).check(url("tls.test"));
		assertThat(result.outcome()).as(result.detail()).isEqualTo(LinkCheckOutcome.OK);
		assertThat(result.sha256()).isEqualTo(LinkCheckerTests.sha256("secure".getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void refusesACertificateForAnotherHost() {
		int before = requests.get();
		LinkCheckResult result = checker(trustingTestCert).check(url("other.test"));
		assertThat(result.outcome()).isEqualTo(LinkCheckOutcome.CONNECTION_FAILED);
		assertThat(result.detail()).startsWith("TLS failed").contains("other.test");
		assertThat(requests).hasValue(before);
	}

	@Test
	void refusesAnUntrustedCertificate() throws Exception {
		int before = requests.get();
		LinkCheckResult result = checker(SSLContext.getDefault()).check(url("tls.test"));
		assertThat(result.outcome()).isEqualTo(LinkCheckOutcome.CONNECTION_FAILED);
		assertThat(result.detail()).startsWith("TLS failed");
		assertThat(requests).hasValue(before);
	}

}
