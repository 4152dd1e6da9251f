package th.ita.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.jspecify.annotations.Nullable;

/**
 * The embedded fonts: Sarabun Regular and Bold (OFL-1.1, {@code fonts/} on the class
 * path, from npm {@code @expo-google-fonts/sarabun} 0.4.1). They are copied once into a
 * private directory and given to Chromium as system fonts through a fontconfig file
 * ({@code FONTCONFIG_FILE}, which includes the system's configuration), so each browser
 * loads and parses them once, not once per document (they used to travel as ~220 KB of
 * base64 in every page). Chromium still embeds the used glyphs of Sarabun in every PDF.
 */
final class PdfFonts {

	static final String FAMILY = "Sarabun";

	private static final String STYLE = "<style>html{font-family:" + FAMILY
			+ ",sans-serif;-webkit-print-color-adjust:exact;print-color-adjust:exact}</style>";

	private static final String[] FONTS = { "Sarabun-Regular.ttf", "Sarabun-Bold.ttf" };

	private static @Nullable Path config;

	private PdfFonts() {
	}

	/** A {@code <style>} element with the default family. */
	static String styleElement() {
		return STYLE;
	}

	/** Puts the font style first in the document's head (or in front of the document). */
	static String embed(String html) {
		int head = html.toLowerCase(java.util.Locale.ROOT).indexOf("<head");
		if (head >= 0) {
			int end = html.indexOf('>', head);
			if (end > 0) {
				return html.substring(0, end + 1) + STYLE + html.substring(end + 1);
			}
		}
		return STYLE + html;
	}

	/**
	 * The fontconfig file that adds the Sarabun directory to the system's fonts (created
	 * on first use, in a temporary directory deleted when the JVM exits).
	 */
	static synchronized Path fontconfig() {
		if (config != null && Files.isRegularFile(config)) {
			return config;
		}
		try {
			Path dir = Files.createTempDirectory("ita-pdf-fonts");
			Path fonts = Files.createDirectories(dir.resolve("fonts"));
			for (String font : FONTS) {
				try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream("fonts/" + font)) {
					if (in == null) {
						throw new IllegalStateException("Font missing from the class path: fonts/" + font);
					}
					Files.copy(in, fonts.resolve(font), StandardCopyOption.REPLACE_EXISTING);
				}
			}
			Path file = dir.resolve("fonts.conf");
			Files.writeString(file,
					"<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n"
							+ "<fontconfig>\n  <include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>\n  <dir>"
							+ fonts + "</dir>\n</fontconfig>\n",
					StandardCharsets.UTF_8);
			deleteOnExit(dir, fonts, file);
			config = file;
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteOnExit(Path dir, Path fonts, Path file) {
		// registered in reverse order of deletion: files before their directories
		dir.toFile().deleteOnExit();
		fonts.toFile().deleteOnExit();
		file.toFile().deleteOnExit();
		for (String font : FONTS) {
			fonts.resolve(font).toFile().deleteOnExit();
		}
	}

}
