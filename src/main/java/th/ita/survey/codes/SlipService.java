package th.ita.survey.codes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import th.ita.agency.AgencyDirectory;
import th.ita.agency.AgencySummary;
import th.ita.shared.NotFoundException;
import th.ita.shared.pdf.PdfOptions;
import th.ita.shared.pdf.PdfRenderer;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Access-code slips: A4 PDF, {@value #PER_PAGE} slips a page with cut lines, each with
 * the code and a QR code of the survey link carrying it ({@code /s/...?code=}, taken out
 * of the request by {@code QrCodeParameterFilter}). Only for a batch just generated on
 * this node ({@link SlipBatches}); the batch is dropped once its PDF is made.
 */
@Service
public class SlipService {

	static final int PER_PAGE = 10;

	private final SlipBatches batches;

	private final PdfRenderer pdf;

	private final AgencyDirectory agencies;

	private final MessageSource messages;

	SlipService(SlipBatches batches, PdfRenderer pdf, AgencyDirectory agencies, MessageSource messages) {
		this.batches = batches;
		this.pdf = pdf;
		this.agencies = agencies;
		this.messages = messages;
	}

	/** Keeps freshly generated codes for one download of their slips; the batch id. */
	public String keep(GeneratedCodes codes) {
		return this.batches.put(codes);
	}

	/** One slip: the code and its QR image as a PNG data URI. */
	public record Slip(String code, String link, String qr) {

		@Override
		public String toString() {
			return "Slip[<redacted>]";
		}

	}

	/**
	 * The slips of a batch as PDF, once (system admin or the agency's admin).
	 * @param baseUrl the site's address, e.g. {@code https://ita.example.go.th}
	 * @throws NotFoundException when the batch is unknown, expired, already downloaded,
	 * or of another round or agency
	 */
	public byte[] slips(int fiscalYear, String agencyCode, String batch, String baseUrl, Locale locale) {
		AccessCodeService.requireMayIssue(agencyCode);
		GeneratedCodes codes = this.batches.peek(batch)
			.filter(c -> c.fiscalYear() == fiscalYear && c.agencyCode().equals(agencyCode))
			.orElseThrow(() -> new NotFoundException(
					this.messages.getMessage("survey.slips.gone", null, "Generate the codes again", locale)));
		AgencySummary agency = this.agencies.find(agencyCode).orElseThrow(() -> new NotFoundException(agencyCode));
		List<Slip> slips = new ArrayList<>();
		for (String code : codes.codes()) {
			String link = baseUrl + "/s/" + fiscalYear + "/" + codes.instrument().name() + "/" + agencyCode + "?code="
					+ code;
			slips.add(new Slip(code, link, qr(link)));
		}
		List<List<Slip>> pages = new ArrayList<>();
		for (int i = 0; i < slips.size(); i += PER_PAGE) {
			pages.add(slips.subList(i, Math.min(slips.size(), i + PER_PAGE)));
		}
		byte[] document = this.pdf.renderTemplate("survey/slips",
				Map.of("pages", pages, "agency", agency, "fiscalYear", fiscalYear, "instrument",
						codes.instrument().name(), "english", "en".equals(locale.getLanguage())),
				locale, PdfOptions.a4().margins(10, 10, 10, 10).footer(null));
		this.batches.remove(batch);
		return document;
	}

	static String qr(String text) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 240, 240,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			MatrixToImageWriter.writeToStream(matrix, "PNG", png);
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
		}
		catch (WriterException ex) {
			throw new IllegalStateException("QR code", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
