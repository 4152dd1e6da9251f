package th.ita.identity;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real HTTP against the running application: JSON API calls and browser-like form posts.
 */
final class IdentityHttp {

	static final String ADMIN_PASSWORD = "admin-test-password";

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient client = HttpClient.newHttpClient();

	IdentityHttp(int port) {
		this.base = "http://localhost:" + port;
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	HttpResponse<String> json(String method, String path, String token, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json, application/problem+json")
			.method(method,
					(body == null) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> tokenResponse(String username, String password) throws Exception {
		return json("POST", "/api/v1/auth/token", null,
				JSON.writeValueAsString(Map.of("username", username, "password", password)));
	}

	String token(String username, String password) throws Exception {
		HttpResponse<String> response = tokenResponse(username, password);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body()).get("token").asString();
	}

	String adminToken() throws Exception {
		return token("admin", ADMIN_PASSWORD);
	}

	/** Creates a user through the API as admin. */
	JsonNode createUser(String username, String password, String agency, String... roles) throws Exception {
		Map<String, Object> body = new java.util.HashMap<>();
		body.put("username", username);
		body.put("password", password);
		body.put("displayName", "ทดสอบ " + username);
		body.put("roles", java.util.List.of(roles));
		body.put("agency", agency);
		HttpResponse<String> response = json("POST", "/api/v1/users", adminToken(), JSON.writeValueAsString(body));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return JSON.readTree(response.body());
	}

	static JsonNode body(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	/**
	 * A browser: keeps cookies, reads CSRF tokens from pages, never follows redirects.
	 */
	Browser browser() {
		return new Browser();
	}

	final class Browser {

		private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		HttpResponse<String> get(String path) throws Exception {
			return this.browser.send(HttpRequest.newBuilder(URI.create(IdentityHttp.this.base + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		}

		/** Posts a form with the CSRF token of the page at {@code csrfFrom}. */
		HttpResponse<String> post(String csrfFrom, String path, Map<String, String> form) throws Exception {
			HttpResponse<String> page = get(csrfFrom);
			Matcher csrf = CSRF.matcher(page.body());
			assertThat(csrf.find()).as("CSRF token on " + csrfFrom).isTrue();
			Map<String, String> fields = new java.util.LinkedHashMap<>(form);
			fields.put("_csrf", csrf.group(1));
			return postRaw(path, fields);
		}

		HttpResponse<String> postRaw(String path, Map<String, String> form) throws Exception {
			String encoded = form.entrySet()
				.stream()
				.map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
				.collect(Collectors.joining("&"));
			return this.browser.send(HttpRequest.newBuilder(URI.create(IdentityHttp.this.base + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(encoded))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> login(String username, String password) throws Exception {
			return post("/login", "/login", Map.of("username", username, "password", password));
		}

		private static String enc(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
