package th.ita.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * A per-framework mapping of a module's published documents to OIT item codes, read from
 * a classpath properties file ({@code <FRAMEWORK>.<document key>=O27,ESA-O1}). A
 * framework with no line in the file uses the lines of {@code default-framework}; in a
 * framework with lines, a missing or empty document key answers no item. Used by the
 * modules that publish {@link EvidenceOffered} (planning, integrity), so the offers
 * follow the round's framework instead of codes fixed in the code.
 */
public final class OitItemMapping {

	private final Properties lines;

	private final String defaultFramework;

	private OitItemMapping(Properties lines) {
		this.lines = lines;
		this.defaultFramework = lines.getProperty("default-framework", "").strip();
	}

	/**
	 * Reads the mapping from a UTF-8 classpath resource, e.g.
	 * {@code integrity/oit-items.properties}.
	 */
	public static OitItemMapping load(String resource) {
		Properties p = new Properties();
		try (InputStream in = OitItemMapping.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("No OIT item mapping " + resource);
			}
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new OitItemMapping(p);
	}

	public String defaultFramework() {
		return this.defaultFramework;
	}

	/** True when the file has lines of its own for the framework. */
	public boolean maps(String framework) {
		String prefix = framework + ".";
		return this.lines.stringPropertyNames().stream().anyMatch(k -> k.startsWith(prefix));
	}

	/** The OIT item codes the document answers in the framework (possibly none). */
	public List<String> items(String framework, String documentKey) {
		String used = maps(framework) ? framework : this.defaultFramework;
		String value = this.lines.getProperty(used + "." + documentKey, "");
		return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

}
