package th.ita.web;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The security headers on pages, API responses, static assets and error pages. */
class SecurityHeadersTests extends WebIntegrationTest {

	@Test
	void onAPage() {
		assertSecurityHeaders(http().get("/"), 200);
	}

	@Test
	void onAnApiResponse() {
		assertSecurityHeaders(http().get("/actuator/health"), 200);
		assertSecurityHeaders(http().get("/api/v1/test-web/ok"), 401);
	}

	@Test
	void onAStaticAsset() {
		assertSecurityHeaders(http().get("/css/ita.css"), 200);
		assertSecurityHeaders(http().get("/webjars/htmx.org/dist/htmx.min.js"), 200);
		assertSecurityHeaders(http().get("/fonts/sarabun-thai-400-normal.woff2"), 200);
	}

	@Test
	void onAnErrorPage() {
		assertSecurityHeaders(http().get("/policies/nothing"), 404);
		assertSecurityHeaders(http().login(ADMIN, ADMIN_PASSWORD).get("/test-web/boom"), 500);
	}

	@Test
	void hstsOnlyOverHttps() {
		HttpResponse<String> https = http().get("/", "X-Forwarded-Proto", "https");
		assertThat(https.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying(h -> assertThat(h).contains("max-age=31536000").contains("includeSubDomains"));
		HttpResponse<String> plain = http().get("/");
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void htmxIsToldNotToInjectItsIndicatorStyles() {
		assertThat(http().get("/").body())
			.containsPattern("<meta name=\"htmx-config\"[^>]*\"includeIndicatorStyles\":false");
	}

	/**
	 * Swagger UI's pages allow exactly its one injected style element by hash; no other
	 * page does.
	 */
	@Test
	void swaggerUiAloneAllowsItsStyleElementByHash() {
		HttpResponse<String> swagger = http().get("/swagger-ui/index.html");
		assertSecurityHeaders(swagger, 200);
		assertThat(swagger.headers().firstValue("Content-Security-Policy").orElseThrow())
			.contains("style-src 'self' 'sha256-");
		assertThat(http().get("/").headers().firstValue("Content-Security-Policy").orElseThrow())
			.contains("style-src 'self';")
			.doesNotContain("sha256-");
	}

	static void assertSecurityHeaders(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> {
			assertThat(csp).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'",
					"object-src 'none'");
			assertThat(csp).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
		});
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(response.headers().firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
	}

}
