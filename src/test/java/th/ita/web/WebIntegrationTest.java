package th.ita.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * Base of the web integration tests: the whole application on a random port with the
 * {@code test} profile. It uses exactly the configuration of
 * {@code ApplicationStartsTests} and {@code BrowserTest}, so all of them share one cached
 * context (and one embedded PostgreSQL). MockMvc is built by hand for the same reason.
 * Error pages need a real servlet container, so {@link Http} talks real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class WebIntegrationTest {

	public static final String ADMIN = "admin";

	public static final String ADMIN_PASSWORD = "admin-test-password";

	@LocalServerPort
	protected int port;

	@Autowired
	protected WebApplicationContext context;

	protected MockMvc mvc;

	@BeforeEach
	void setUpMockMvc() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	protected Http http() {
		return new Http(this.port);
	}

	/** A tiny browser: real HTTP, cookies kept, redirects not followed. */
	public static final class Http {

		private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

		private final int port;

		private final HttpClient client;

		Http(int port) {
			this.port = port;
			this.client = HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
		}

		public URI uri(String path) {
			return URI.create("http://localhost:" + this.port + path);
		}

		public HttpResponse<String> get(String path, String... headers) {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
			if (headers.length > 0) {
				request.headers(headers);
			}
			return send(request.build());
		}

		public HttpResponse<String> send(HttpRequest request) {
			try {
				return this.client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		/** Sign in through the login form; the session cookie is kept. */
		public Http login(String username, String password) {
			HttpResponse<String> page = get("/login");
			Matcher csrf = CSRF.matcher(page.body());
			assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
			String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
					+ encode(csrf.group(1));
			HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build());
			assertThat(response.statusCode()).isEqualTo(302);
			assertThat(response.headers().firstValue("Location"))
				.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
			return this;
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
