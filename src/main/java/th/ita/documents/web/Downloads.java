package th.ita.documents.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import th.ita.documents.render.DocumentFile;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Download responses: attachment with a UTF-8 file name, never cached by proxies. */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<byte[]> file(DocumentFile file) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition(file.fileName()))
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.contentType(MediaType.parseMediaType(file.contentType()))
			.body(file.bytes());
	}

	/** Starts a streamed download: the caller writes the body afterwards. */
	static void start(HttpServletResponse response, String fileName, String contentType) throws IOException {
		response.setStatus(200);
		response.setContentType(contentType);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
	}

	static String disposition(String fileName) {
		return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
	}

}
