package th.ita;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migrations live in one folder per module, are named
 * {@code V<yyyyMMddHHmm>__<module>_<what>.sql}, create only tables with their module's
 * prefix, and no two share a version (one Flyway history covers every folder).
 */
class MigrationLayoutTests {

	static final Path ROOT = Path.of("src/main/resources/db/migration");

	static final Pattern NAME = Pattern.compile("V(\\d{12})__([a-z]+)_[a-z0-9_]+\\.sql");

	static final Pattern CREATE_TABLE = Pattern
		.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z0-9_]+)");

	@Test
	void migrationsAreNamedPrefixedAndUniquelyVersioned() throws IOException {
		List<String> problems = new ArrayList<>();
		Map<String, Path> versions = new HashMap<>();
		try (Stream<Path> files = Files.walk(ROOT)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
				String module = file.getParent().getFileName().toString();
				Matcher name = NAME.matcher(file.getFileName().toString());
				if (!name.matches()) {
					problems.add(file + ": name is not V<yyyyMMddHHmm>__<module>_<what>.sql");
					continue;
				}
				if (!name.group(2).equals(module)) {
					problems.add(file + ": named for module '" + name.group(2) + "' but lives in '" + module + "'");
				}
				Path other = versions.put(name.group(1), file);
				if (other != null) {
					problems.add(file + ": version " + name.group(1) + " is also used by " + other);
				}
				Matcher table = CREATE_TABLE.matcher(Files.readString(file));
				while (table.find()) {
					if (!table.group(1).toLowerCase().startsWith(module + "_")) {
						problems.add(file + ": table " + table.group(1) + " lacks the prefix " + module + "_");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

}
