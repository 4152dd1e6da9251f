package th.ita.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Writes a small RFC 9457 problem document straight to the response, for the places that
 * run outside Spring MVC's message converters (security filter chain, errors raised
 * before a handler is chosen).
 */
final class ProblemJson {

	private ProblemJson() {
	}

	/**
	 * Write {@code {type, title, status, detail, instance}} with texts from
	 * {@code <code>.title} and {@code <code>.detail} in the request's language.
	 */
	static void write(HttpServletRequest request, HttpServletResponse response, MessageSource messages, int status,
			String code) throws IOException {
		java.util.Locale locale = RequestContextUtils.getLocale(request);
		String title = messages.getMessage(code + ".title", null, code, locale);
		String detail = messages.getMessage(code + ".detail", null, code, locale);
		String json = "{\"type\":\"about:blank\",\"title\":" + quote(title) + ",\"status\":" + status + ",\"detail\":"
				+ quote(detail) + ",\"instance\":" + quote(request.getRequestURI()) + "}";
		response.setStatus(status);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter().write(json);
		response.getWriter().flush();
	}

	static String quote(String text) {
		StringBuilder out = new StringBuilder(text.length() + 2).append('"');
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

}
