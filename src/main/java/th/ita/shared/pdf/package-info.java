/**
 * PDF rendering for every module: {@link th.ita.shared.pdf.PdfRenderer} (HTML or a
 * Thymeleaf template to an A4 PDF with embedded Sarabun, via headless Chromium),
 * {@link th.ita.shared.pdf.PdfOptions} (margins, page-number footer) and
 * {@link th.ita.shared.pdf.PdfUnavailableException} (503 when Chromium is missing).
 * Settings: {@code ita.pdf.chromium} (default {@code /usr/bin/chromium}),
 * {@code ita.pdf.workers} (browsers printing at once, default 1),
 * {@code ita.pdf.timeout-seconds}.
 */
@org.jspecify.annotations.NullMarked
package th.ita.shared.pdf;
