package th.ita.oit.rest;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import th.ita.oit.evidence.EvidenceImporter;
import th.ita.oit.evidence.EvidenceSheet;
import th.ita.oit.evidence.ImportTooLargeException;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk import of an agency's evidence URLs (CSV or XLSX, header
 * {@value EvidenceSheet#HEADER}), as a multipart {@code file} or as the raw body. All or
 * nothing: 422 with {@code errors: [{line, column, code, message}]}, 413 over 1 MB.
 */
@RestController
@RequestMapping("/api/v1/rounds/{fiscalYear}/oit/{agencyCode}/import")
class OitImportRestController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final EvidenceImporter importer;

	OitImportRestController(EvidenceImporter importer) {
		this.importer = importer;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	EvidenceImporter.Imported upload(@PathVariable int fiscalYear, @PathVariable String agencyCode,
			@RequestPart("file") MultipartFile file) throws IOException {
		if (file.getSize() > EvidenceSheet.MAX_BYTES) {
			throw new ImportTooLargeException();
		}
		return this.importer.importFile(fiscalYear, agencyCode, file.getOriginalFilename(), file.getBytes(),
				OitRestController.user());
	}

	@PostMapping(consumes = { "text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE })
	EvidenceImporter.Imported body(@PathVariable int fiscalYear, @PathVariable String agencyCode,
			HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > EvidenceSheet.MAX_BYTES) {
			throw new ImportTooLargeException();
		}
		return this.importer.importFile(fiscalYear, agencyCode, null, readLimited(request.getInputStream()),
				OitRestController.user());
	}

	static byte[] readLimited(InputStream in) throws IOException {
		byte[] bytes = in.readNBytes((int) EvidenceSheet.MAX_BYTES + 1);
		if (bytes.length > EvidenceSheet.MAX_BYTES) {
			throw new ImportTooLargeException();
		}
		return bytes;
	}

}
