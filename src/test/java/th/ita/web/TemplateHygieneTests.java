package th.ita.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the Content Security Policy would block, caught before a browser does: no inline
 * script, no inline style, no inline event handler, nothing loaded from another host.
 */
class TemplateHygieneTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path STATIC = Path.of("src/main/resources/static");

	static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);

	static final Pattern STYLE_ATTRIBUTE = Pattern.compile("\\s(th:)?style\\s*=", Pattern.CASE_INSENSITIVE);

	static final Pattern STYLE_ELEMENT = Pattern.compile("<style\\b", Pattern.CASE_INSENSITIVE);

	static final Pattern EVENT_HANDLER = Pattern.compile("\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

	static final Pattern EXTERNAL = Pattern.compile("(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}", Pattern.CASE_INSENSITIVE);

	static final Pattern NAMESPACE = Pattern.compile("xmlns(:[a-z]+)?=\"[^\"]*\"", Pattern.CASE_INSENSITIVE);

	@Test
	void templatesHaveNoInlineScriptStyleOrHandlers() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path file : files(TEMPLATES, ".html")) {
			String html = Files.readString(file);
			if (printOnly(html)) {
				// Printed to PDF by the server's own Chromium, never served to a browser:
				// no CSP
				// applies, and print layout needs its own styles. Scripts stay forbidden.
				if (SCRIPT.matcher(html).find()) {
					problems.add(file + ": <script> in a print template");
				}
				continue;
			}
			Matcher script = SCRIPT.matcher(html);
			while (script.find()) {
				if (!script.group(1).contains("src=")) {
					problems.add(file + ": inline <script>");
				}
			}
			if (STYLE_ATTRIBUTE.matcher(html).find()) {
				problems.add(file + ": style attribute");
			}
			if (STYLE_ELEMENT.matcher(html).find()) {
				problems.add(file + ": <style> element");
			}
			if (EVENT_HANDLER.matcher(html).find()) {
				problems.add(file + ": inline event handler");
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void nothingReferencesAnotherHost() throws IOException {
		List<String> problems = new ArrayList<>();
		List<Path> all = new ArrayList<>(files(TEMPLATES, ".html"));
		all.addAll(files(STATIC, ".css"));
		all.addAll(files(STATIC, ".js"));
		for (Path file : all) {
			String text = NAMESPACE.matcher(Files.readString(file)).replaceAll("");
			Matcher external = EXTERNAL.matcher(text);
			while (external.find()) {
				problems.add(file + ": " + external.group());
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyPageUsesTheLayoutSoDeclaresItsLanguage() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path file : files(TEMPLATES, ".html")) {
			String html = Files.readString(file);
			// A file of fragments (no <head>) is not a page.
			boolean fragmentOnly = !html.contains("<html") || !html.contains("<head");
			boolean declaresLanguage = html.contains("th:lang=") || (printOnly(html) && html.contains(" lang="));
			if (!fragmentOnly && !html.contains("layout/base :: page") && !declaresLanguage) {
				problems.add(file.toString());
			}
		}
		assertThat(problems).isEmpty();
	}

	/** Templates marked {@code <html data-print-only="pdf">} are only printed to PDF. */
	static boolean printOnly(String html) {
		return html.contains("data-print-only=\"pdf\"");
	}

	@Test
	void errorPagesExist() {
		for (String page : new String[] { "403", "404", "413", "4xx", "500", "error" }) {
			assertThat(TEMPLATES.resolve("error/" + page + ".html")).exists();
		}
	}

	static List<Path> files(Path root, String suffix) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(p -> p.toString().endsWith(suffix)).toList();
		}
	}

}
