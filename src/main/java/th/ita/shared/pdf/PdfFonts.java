package th.ita.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;

/**
 * The embedded fonts as CSS: Sarabun Regular and Bold (OFL-1.1, {@code fonts/} on the
 * class path, from npm {@code @expo-google-fonts/sarabun} 0.4.1) as data URIs, so a page
 * set from a string needs no server to load them.
 */
final class PdfFonts {

	static final String FAMILY = "Sarabun";

	private static final String CSS = face("fonts/Sarabun-Regular.ttf", 400) + face("fonts/Sarabun-Bold.ttf", 700)
			+ "html{font-family:" + FAMILY + ",sans-serif;-webkit-print-color-adjust:exact;print-color-adjust:exact}";

	private PdfFonts() {
	}

	/** A {@code <style>} element with the font faces and the default family. */
	static String styleElement() {
		return "<style>" + CSS + "</style>";
	}

	/** Puts the font style first in the document's head (or in front of the document). */
	static String embed(String html) {
		int head = indexOfIgnoreCase(html, "<head");
		if (head >= 0) {
			int end = html.indexOf('>', head);
			if (end > 0) {
				return html.substring(0, end + 1) + styleElement() + html.substring(end + 1);
			}
		}
		return styleElement() + html;
	}

	private static int indexOfIgnoreCase(String text, String what) {
		return text.toLowerCase(java.util.Locale.ROOT).indexOf(what);
	}

	private static String face(String resource, int weight) {
		try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Font missing from the class path: " + resource);
			}
			String data = Base64.getEncoder().encodeToString(in.readAllBytes());
			return "@font-face{font-family:" + FAMILY + ";font-style:normal;font-weight:" + weight
					+ ";src:url(data:font/ttf;base64," + data + ") format('truetype')}";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
