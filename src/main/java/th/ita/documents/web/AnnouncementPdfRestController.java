package th.ita.documents.web;

import java.util.List;

import th.ita.documents.announcements.AnnouncementDocuments;
import th.ita.documents.announcements.IssuedDocument;
import th.ita.shared.ItaPrincipal;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Announcement PDFs: under the integrity API's path with {@code .pdf} for the agency's
 * users (drafts too), on the public page's path once published; {@code lang=en} gives the
 * English version. The issued documents (hash, approver) of an agency's year.
 */
@RestController
class AnnouncementPdfRestController {

	private final AnnouncementDocuments announcements;

	AnnouncementPdfRestController(AnnouncementDocuments announcements) {
		this.announcements = announcements;
	}

	@GetMapping("/api/v1/agencies/{code}/declarations/{fiscalYear}/{kind}.pdf")
	ResponseEntity<byte[]> declaration(@PathVariable String code, @PathVariable int fiscalYear,
			@PathVariable String kind, @RequestParam(defaultValue = "th") String lang) {
		return Downloads
			.file(this.announcements.announcement(code, fiscalYear, kind, "en".equals(lang), ItaPrincipal.current()));
	}

	@GetMapping("/public/agencies/{code}/integrity/{fiscalYear}/{kind}.pdf")
	ResponseEntity<byte[]> published(@PathVariable String code, @PathVariable int fiscalYear, @PathVariable String kind,
			@RequestParam(defaultValue = "th") String lang) {
		return Downloads.file(
				this.announcements.announcement(code, fiscalYear, kind, "en".equals(lang), java.util.Optional.empty()));
	}

	@GetMapping("/api/v1/agencies/{code}/documents/{fiscalYear}")
	List<IssuedDocument> issued(@PathVariable String code, @PathVariable int fiscalYear) {
		return this.announcements.issued(code, fiscalYear, ItaPrincipal.current());
	}

}
