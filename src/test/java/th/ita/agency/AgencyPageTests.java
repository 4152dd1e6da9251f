package th.ita.agency;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public list and detail pages, htmx fragments, and the import page over real HTTP.
 */
class AgencyPageTests extends AgencyTestSupport {

	@LocalServerPort
	int port;

	@Test
	void listPageSearchesAndPagesInThai() throws Exception {
		this.mvc.perform(get("/agencies").param("q", "ขอนแก่น"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("id=\"agency-results\"")))
			.andExpect(content().string(containsString("data-code=\"S4001\"")))
			.andExpect(content().string(containsString("data-code=\"4005\"")))
			.andExpect(content().string(not(containsString("data-code=\"1001\""))))
			.andExpect(content().string(containsString("name=\"q\"")))
			.andExpect(content().string(containsString("สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา")))
			.andExpect(content().string(not(containsString("style="))))
			.andExpect(content().string(not(containsString("<script>"))));
		this.mvc.perform(get("/agencies").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-current=\"page\"")));
	}

	@Test
	void htmxRequestGetsOnlyTheResults() throws Exception {
		this.mvc.perform(get("/agencies").param("region", "NORTH").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"agency-results\"")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(not(containsString("id=\"q\""))));
	}

	@Test
	void englishPageTranslatesTypesAndRegions() throws Exception {
		this.mvc.perform(get("/agencies").param("q", "S4001").param("lang", "en"))
			.andExpect(content().string(containsString("Secondary Educational Service Area")))
			.andExpect(content().string(containsString("Northeast")));
		this.mvc.perform(get("/agencies/S4001"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ภาคตะวันออกเฉียงเหนือ")))
			.andExpect(content().string(containsString("สพม.ขอนแก่น")));
	}

	@Test
	void importPageOverRealHttpRejectsAFileOver5Mb() throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String base = "http://localhost:" + this.port;
		String login = http
			.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		String form = "username=admin&password=admin-test-password&_csrf=" + csrf(login);
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		String page = http
			.send(HttpRequest.newBuilder(URI.create(base + "/admin/agencies/import")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		String token = csrf(page);

		String code = uniqueCode();
		String boundary = "----agency" + code;
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(AgencyImportTests.bigFile(code));
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> upload = http.send(HttpRequest
			.newBuilder(URI
				.create(base + "/admin/agencies/import?_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(upload.statusCode()).isEqualTo(303);
		String location = upload.headers().firstValue("Location").orElseThrow();
		String message = http
			.send(HttpRequest.newBuilder(URI.create(base).resolve(location)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(message).contains("id=\"import-too-large\"").contains("5 MB");
		assertThat(this.directory.exists(code)).isFalse();
	}

	private static String csrf(String html) {
		Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"")
			.matcher(html);
		if (m.find()) {
			return (m.group(1) != null) ? m.group(1) : m.group(2);
		}
		Matcher meta = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(html);
		assertThat(meta.find()).as("CSRF token in page").isTrue();
		return meta.group(1);
	}

}
