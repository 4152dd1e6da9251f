package th.ita;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** No main source file grows past about 400 lines (the EUSurvey lesson). */
class SourceSizeTests {

	static final int MAX_LINES = 420;

	@Test
	void noMainSourceFileIsOversize() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			List<String> oversize = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
				try {
					return Files.readAllLines(p).size() > MAX_LINES;
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}).map(Path::toString).toList();
			assertThat(oversize).as("files over %d lines", MAX_LINES).isEmpty();
		}
	}

}
