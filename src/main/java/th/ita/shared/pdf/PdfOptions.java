package th.ita.shared.pdf;

import org.jspecify.annotations.Nullable;

/**
 * Page set-up of one PDF: A4, margins in millimetres, optional landscape, and an optional
 * centred footer with page numbers ({@code {page}} and {@code {pages}} are replaced, e.g.
 * {@code "หน้า {page} / {pages}"}; {@code null} prints no footer).
 */
public record PdfOptions(boolean landscape, double marginTopMm, double marginRightMm, double marginBottomMm,
		double marginLeftMm, @Nullable String pageFooter) {

	/** The Thai page footer "หน้า x / y". */
	public static final String THAI_PAGE_FOOTER = "หน้า {page} / {pages}";

	/** The English page footer "Page x / y". */
	public static final String ENGLISH_PAGE_FOOTER = "Page {page} / {pages}";

	/**
	 * A4 portrait, 20 mm margins (wider at the bottom for the footer), Thai page numbers.
	 */
	public static PdfOptions a4() {
		return new PdfOptions(false, 18, 18, 20, 20, THAI_PAGE_FOOTER);
	}

	/**
	 * A4 portrait, Thai official layout: left margin 3 cm, right 2 cm, no page numbers.
	 */
	public static PdfOptions thaiOfficial() {
		return new PdfOptions(false, 20, 20, 20, 30, null);
	}

	public PdfOptions landscape(boolean value) {
		return new PdfOptions(value, this.marginTopMm, this.marginRightMm, this.marginBottomMm, this.marginLeftMm,
				this.pageFooter);
	}

	public PdfOptions footer(@Nullable String value) {
		return new PdfOptions(this.landscape, this.marginTopMm, this.marginRightMm, this.marginBottomMm,
				this.marginLeftMm, value);
	}

	public PdfOptions margins(double top, double right, double bottom, double left) {
		return new PdfOptions(this.landscape, top, right, bottom, left, this.pageFooter);
	}

}
