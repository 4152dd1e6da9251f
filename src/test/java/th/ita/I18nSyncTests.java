package th.ita;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message bundle has the same keys in Thai and English, and every key a template
 * uses exists.
 */
class I18nSyncTests {

	static final Path MESSAGES = Path.of("src/main/resources/messages");

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	@Test
	void thaiAndEnglishBundlesHaveTheSameKeys() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path english : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
				Path thai = english
					.resolveSibling(english.getFileName().toString().replace(".properties", "_th.properties"));
				assertThat(thai).as("Thai bundle for " + english).exists();
				Set<String> en = keys(english);
				Set<String> th = keys(thai);
				diff(en, th).forEach(k -> problems.add(thai.getFileName() + " lacks " + k));
				diff(th, en).forEach(k -> problems.add(english.getFileName() + " lacks " + k));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyMessageKeyUsedInTemplatesExists() throws IOException {
		Set<String> known = new TreeSet<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path file : files.toList()) {
				known.addAll(keys(file));
			}
		}
		Pattern key = Pattern.compile("#\\{([a-zA-Z0-9_.-]+)");
		List<String> missing = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path template : files.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher m = key.matcher(Files.readString(template));
				while (m.find()) {
					if (!known.contains(m.group(1))) {
						missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	static Set<String> diff(Set<String> a, Set<String> b) {
		Set<String> d = new TreeSet<>(a);
		d.removeAll(b);
		return d;
	}

	static Set<String> keys(Path file) throws IOException {
		Properties props = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return new TreeSet<>(props.stringPropertyNames());
	}

}
