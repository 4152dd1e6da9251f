package th.ita.oit;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Uploads over the size limits over real HTTP (MockMvc applies no multipart limits): on
 * the import page, over the import's 1 MB the page itself answers 413 with its message;
 * over the 5 MB multipart limit the 413 error page, not a CSRF 403 or a 500; on the API a
 * 413 problem document. Nothing is imported.
 */
class OitUploadLimitTests extends OitTestSupport {

	static final int YEAR = 2664;

	static final String PASSWORD = "upload-limit-password";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final String BOUNDARY = "----ita-upload-limit-boundary";

	private String editor() throws Exception {
		String username = "oit-upload-" + UUID.randomUUID().toString().substring(0, 8);
		this.mvc
			.perform(post("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD
						+ "\",\"displayName\":\"ทดสอบ\",\"roles\":[\"AGENCY_EDITOR\"],\"agency\":\"" + AGENCY + "\"}")
				.with(authentication(TestPrincipals.admin())))
			.andExpect(status().isCreated());
		return username;
	}

	/**
	 * A CSV of about {@code size} bytes: a valid header, then one long comment-like row.
	 */
	private static byte[] csv(int size) {
		byte[] bytes = new byte[size];
		Arrays.fill(bytes, (byte) 'a');
		byte[] header = "item_code,url,title\nO1,https://example.go.th/".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(header, 0, bytes, 0, header.length);
		return bytes;
	}

	private static HttpRequest.BodyPublisher multipart(String csrf, byte[] file) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--"
				+ BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"urls.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n";
		body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.BodyPublishers.ofByteArray(body.toByteArray());
	}

	private HttpResponse<String> upload(Http http, String csrf, byte[] file) {
		return http.send(HttpRequest.newBuilder(http.uri("/rounds/" + YEAR + "/oit/import"))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.header("Accept", "text/html")
			.POST(multipart(csrf, file))
			.build());
	}

	private long revisions() {
		return this.jdbc.sql("select count(*) from oit_evidence_revision where fiscal_year = :y")
			.param("y", YEAR)
			.query(Long.class)
			.single();
	}

	@Test
	void oversizeUploadsAre413PagesNotCsrfErrors() throws Exception {
		ensureRound(YEAR);
		Http http = http().login(editor(), PASSWORD);
		HttpResponse<String> form = http.get("/rounds/" + YEAR + "/oit/import", "Accept", "text/html");
		assertThat(form.statusCode()).isEqualTo(200);
		Matcher token = CSRF.matcher(form.body());
		assertThat(token.find()).as("CSRF token on the import form").isTrue();

		// over the import's own 1 MB, under the multipart limit: the import page says so
		HttpResponse<String> page = upload(http, token.group(1), csv(2 * 1024 * 1024));
		assertThat(page.statusCode()).isEqualTo(413);
		assertThat(page.body()).contains("ไฟล์ใหญ่เกิน 1 MB", "id=\"oit-import-form\"");

		// over the 5 MB multipart limit: the 413 error page, in Thai, not a CSRF 403
		HttpResponse<String> tooLarge = upload(http, token.group(1), csv(5 * 1024 * 1024 + 100_000));
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(tooLarge.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).contains("html"));
		assertThat(tooLarge.body()).contains("data-status=\"413\"", "ไฟล์มีขนาดใหญ่เกินไป", "5 MB")
			.doesNotContain("ไม่มีสิทธิ์เข้าถึง");
		// without a CSRF token the upload is still refused for its size before anything
		// reads it
		assertThat(upload(http, "wrong", csv(5 * 1024 * 1024 + 100_000)).statusCode()).isEqualTo(413);
		// a small file without a valid token is still a CSRF 403
		assertThat(upload(http, "wrong", csv(100)).statusCode()).isEqualTo(403);

		// the session still works and nothing was imported
		assertThat(http.get("/rounds/" + YEAR + "/oit", "Accept", "text/html").statusCode()).isEqualTo(200);
		assertThat(revisions()).isZero();
	}

	@Test
	void oversizeApiUploadIsA413Problem() throws Exception {
		ensureRound(YEAR);
		String username = editor();
		Http http = http();
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(http.uri("/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"))
			.build());
		assertThat(login.statusCode()).isEqualTo(200);
		Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(login.body());
		assertThat(token.find()).isTrue();
		HttpResponse<String> response = http
			.send(HttpRequest.newBuilder(http.uri("/api/v1/rounds/" + YEAR + "/oit/" + AGENCY + "/import"))
				.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
				.header("Accept", "application/json, application/problem+json")
				.header("Authorization", "Bearer " + token.group(1))
				.POST(multipart("", csv(5 * 1024 * 1024 + 100_000)))
				.build());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
		assertThat(response.body()).contains("\"status\":413");
		assertThat(revisions()).isZero();
	}

}
