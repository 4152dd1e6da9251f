package th.ita.framework.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import th.ita.framework.FrameworkDefinition;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Reads and writes framework definitions. YAML and JSON share one mapping (the public
 * records of the framework module), so the JSON tree has the structure of the YAML file
 * and an exported file re-imports to an equal definition. The canonical JSON (fixed
 * property order, no empty values) is what is stored and hashed.
 */
public final class FrameworkYaml {

	/** The largest file accepted. */
	public static final int MAX_BYTES = 1024 * 1024;

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
		.enable(YAMLWriteFeature.MINIMIZE_QUOTES)
		.enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
		.disable(YAMLWriteFeature.SPLIT_LINES)
		.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
		.changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_EMPTY))
		.build();

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_EMPTY))
		.build();

	private FrameworkYaml() {
	}

	/**
	 * Reads at most {@link #MAX_BYTES} from a stream.
	 * @throws FrameworkRejectedException (TOO_LARGE) when there is more
	 */
	public static byte[] readLimited(InputStream in) throws IOException {
		byte[] bytes = in.readNBytes(MAX_BYTES + 1);
		if (bytes.length > MAX_BYTES) {
			throw tooLarge();
		}
		return bytes;
	}

	public static FrameworkRejectedException tooLarge() {
		return new FrameworkRejectedException(FrameworkRejectedException.Kind.TOO_LARGE,
				List.of(FrameworkError.at("$", "too-large", MAX_BYTES)));
	}

	/**
	 * Parses a YAML (or JSON) file into a definition, without validating it.
	 * @throws FrameworkRejectedException MALFORMED with line and column when the YAML
	 * does not parse, INVALID with the path when a value has the wrong type or a property
	 * is unknown
	 */
	public static FrameworkDefinition parse(byte[] bytes) {
		if (bytes.length > MAX_BYTES) {
			throw tooLarge();
		}
		JsonNode tree;
		try {
			tree = YAML.readTree(bytes);
		}
		catch (JacksonException ex) {
			throw new FrameworkRejectedException(FrameworkRejectedException.Kind.MALFORMED,
					List.of(located("$", "syntax", ex)));
		}
		if (tree == null || tree.isMissingNode() || tree.isNull()) {
			throw new FrameworkRejectedException(FrameworkRejectedException.Kind.INVALID,
					List.of(FrameworkError.at("$", "empty")));
		}
		try {
			return YAML.treeToValue(tree, FrameworkDefinition.class);
		}
		catch (JacksonException ex) {
			throw new FrameworkRejectedException(FrameworkRejectedException.Kind.INVALID,
					List.of(new FrameworkError(path(ex), "type", List.of(ex.getOriginalMessage()), null, null)));
		}
	}

	private static FrameworkError located(String path, String code, JacksonException ex) {
		TokenStreamLocation location = ex.getLocation();
		Integer line = (location != null && location.getLineNr() > 0) ? location.getLineNr() : null;
		Integer column = (location != null && location.getColumnNr() > 0) ? location.getColumnNr() : null;
		return new FrameworkError(path, code, List.of(ex.getOriginalMessage()), line, column);
	}

	/** The path of a binding error, e.g. {@code indicators[3].items[2].weight}. */
	static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference ref : ex.getPath()) {
			if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
			else if (ref.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(ref.getPropertyName());
			}
		}
		return path.isEmpty() ? "$" : path.toString();
	}

	/** The definition as YAML that re-imports to an equal definition. */
	public static String toYaml(FrameworkDefinition definition) {
		return YAML.writeValueAsString(definition);
	}

	/** The canonical JSON of a definition: the stored form, and what is hashed. */
	public static String toJson(FrameworkDefinition definition) {
		return JSON.writeValueAsString(definition);
	}

	/** Pretty JSON for the API. */
	public static String toPrettyJson(FrameworkDefinition definition) {
		return JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(definition);
	}

	public static FrameworkDefinition fromJson(String json) {
		return JSON.readValue(json, FrameworkDefinition.class);
	}

	/** SHA-256 of the canonical JSON, hex. */
	public static String sha256(FrameworkDefinition definition) {
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest(toJson(definition).getBytes(StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(digest);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
