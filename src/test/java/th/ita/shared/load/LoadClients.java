package th.ita.shared.load;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;

/**
 * The benchmarks' HTTP client: Apache HttpClient 5 (classic, blocking), one pooled
 * keep-alive connection per client thread; lighter on CPU than the JDK client, which
 * shares the JVM with the server. No retries, cookies, redirects or decompression: each
 * request is one exchange, and the bytes are what the server sent.
 */
public final class LoadClients {

	private LoadClients() {
	}

	public static CloseableHttpClient pooled(int clients) {
		return HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setMaxConnTotal(clients)
				.setMaxConnPerRoute(clients)
				.setDefaultConnectionConfig(ConnectionConfig.custom()
					.setConnectTimeout(Timeout.ofSeconds(10))
					.setSocketTimeout(Timeout.ofSeconds(30))
					.build())
				.build())
			.setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.ofSeconds(30)).build())
			.disableAutomaticRetries()
			.disableCookieManagement()
			.disableRedirectHandling()
			.disableContentCompression()
			.build();
	}

}
