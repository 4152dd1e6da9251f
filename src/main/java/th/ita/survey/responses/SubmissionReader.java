package th.ita.survey.responses;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads a JSON submission with a bounded read: more than {@value #MAX_BYTES} bytes is 413
 * (checked on {@code Content-Length} first, then while reading), not JSON or a wrong type
 * is 400 naming the property. Nothing here logs the body.
 */
@Component
public class SubmissionReader {

	/** The largest accepted body: 64 KB. */
	public static final int MAX_BYTES = 64 * 1024;

	/** accessCode, respondentGroup, formToken (strings), answers (an object). */
	private static final List<String> KNOWN = List.of("accessCode", "respondentGroup", "formToken", "answers");

	private final JsonMapper json;

	private final MessageSource messages;

	SubmissionReader(JsonMapper json, MessageSource messages) {
		this.json = json;
		this.messages = messages;
	}

	public Submission read(long contentLength, InputStream body) {
		if (contentLength > MAX_BYTES) {
			throw tooLarge();
		}
		byte[] bytes = readBounded(body);
		Submission plain = readPlain(bytes);
		return (plain != null) ? plain : readTree(bytes);
	}

	/**
	 * The body read as a JSON tree: decides every case the token-by-token read leaves.
	 */
	Submission readTree(byte[] bytes) {
		JsonNode tree;
		try {
			tree = this.json.readTree(bytes);
		}
		catch (JacksonException ex) {
			throw bad(null);
		}
		if (tree == null || !tree.isObject()) {
			throw bad(null);
		}
		String accessCode = text(tree, "accessCode");
		String group = text(tree, "respondentGroup");
		String token = text(tree, "formToken");
		JsonNode answers = tree.get("answers");
		Map<String, Integer> values = new LinkedHashMap<>();
		if (answers != null && !answers.isNull()) {
			if (!answers.isObject()) {
				throw bad("answers");
			}
			for (Map.Entry<String, JsonNode> answer : answers.properties()) {
				JsonNode value = answer.getValue();
				if (!value.isIntegralNumber() || !value.canConvertToInt()) {
					throw bad(answer.getKey());
				}
				values.put(answer.getKey(), value.intValue());
			}
		}
		return new Submission(accessCode, group, token, values);
	}

	/**
	 * The common case read token by token, without a tree: an object whose known
	 * properties are strings or null and whose answers are whole numbers that fit an
	 * {@code int}, each property once, nothing after it. Anything else returns null, and
	 * the tree above decides (and names the problem), so both ways give the same result.
	 */
	@Nullable Submission readPlain(byte[] bytes) {
		try (JsonParser parser = this.json.createParser(bytes)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return null;
			}
			String[] texts = new String[3];
			boolean[] seen = new boolean[4];
			Map<String, Integer> values = new LinkedHashMap<>();
			String name;
			while ((name = parser.nextName()) != null) {
				int known = KNOWN.indexOf(name);
				JsonToken token = parser.nextToken();
				if (known >= 0) {
					if (seen[known]) {
						return null;
					}
					seen[known] = true;
				}
				if (known >= 0 && known < 3) {
					if (token == JsonToken.VALUE_STRING) {
						texts[known] = parser.getString();
					}
					else if (token != JsonToken.VALUE_NULL) {
						return null;
					}
				}
				else if (known == 3) {
					if (token == JsonToken.START_OBJECT && !readAnswers(parser, values)) {
						return null;
					}
					else if (token != JsonToken.START_OBJECT && token != JsonToken.VALUE_NULL) {
						return null;
					}
				}
				else {
					parser.skipChildren();
				}
			}
			if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
				return null;
			}
			return new Submission(texts[0], texts[1], texts[2], values);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static boolean readAnswers(JsonParser parser, Map<String, Integer> values) {
		String code;
		while ((code = parser.nextName()) != null) {
			if (parser.nextToken() != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT
					|| values.put(code, parser.getIntValue()) != null) {
				return false;
			}
		}
		return parser.currentToken() == JsonToken.END_OBJECT;
	}

	private @Nullable String text(JsonNode tree, String name) {
		JsonNode node = tree.get(name);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isString()) {
			throw bad(name);
		}
		return node.stringValue();
	}

	private byte[] readBounded(InputStream body) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			int n;
			while ((n = body.read(buffer)) != -1) {
				out.write(buffer, 0, n);
				if (out.size() > MAX_BYTES) {
					throw tooLarge();
				}
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw bad(null);
		}
	}

	private BadSubmissionException tooLarge() {
		return new BadSubmissionException(413, null, text("survey.error.tooLarge", MAX_BYTES / 1024));
	}

	private BadSubmissionException bad(@Nullable String field) {
		return new BadSubmissionException(400, field,
				(field != null) ? text("survey.error.wrongType", field) : text("survey.error.notJson"));
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
	}

}
