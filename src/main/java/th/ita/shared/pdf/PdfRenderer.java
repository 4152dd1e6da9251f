package th.ita.shared.pdf;

import java.util.Locale;
import java.util.Map;

/**
 * Turns HTML into an A4 PDF with correct Thai (shaping, mark placement, dictionary line
 * breaking) and text that stays extractable. Every module may use it: render a Thymeleaf
 * template of its own ({@code templates/<module>/...}) or a ready HTML string. The
 * Sarabun font (OFL) is embedded automatically as the {@code Sarabun} font family, so
 * templates only say {@code font-family: Sarabun}.
 * <p>
 * The implementation prints with headless Chromium (see {@link ChromiumPdfRenderer});
 * when Chromium is missing every call throws {@link PdfUnavailableException} (HTTP 503).
 * Calls are thread-safe and may block while the workers are busy.
 */
public interface PdfRenderer {

	/**
	 * Renders a Thymeleaf template (e.g. {@code "survey/slips"}) with its model and
	 * locale ({@code #{...}} messages resolve from the application's bundles).
	 */
	byte[] renderTemplate(String template, Map<String, ?> model, Locale locale, PdfOptions options);

	/** Renders a complete HTML document. */
	byte[] renderHtml(String html, PdfOptions options);

	/** Whether the browser program is installed (rendering may still fail later). */
	boolean available();

}
