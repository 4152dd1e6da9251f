package th.ita.assessment.rest;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import th.ita.assessment.domain.HistoryImporter;
import th.ita.assessment.domain.HistoryResult;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Results from before the system: CSV import for system admins (all or nothing, 422 with
 * the errors row by row), and one agency's years for any signed-in user.
 */
@RestController
@RequestMapping("/api/v1/history")
class HistoryRestController {

	private final HistoryImporter history;

	HistoryRestController(HistoryImporter history) {
		this.history = history;
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	RoundJson.Imported importFile(@RequestPart("file") MultipartFile file) throws IOException {
		return imported(this.history.importCsv(file.getBytes()));
	}

	@PostMapping(path = "/import", consumes = "text/csv")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	RoundJson.Imported importBody(HttpServletRequest request) throws IOException {
		return imported(
				this.history.importCsv(request.getInputStream().readNBytes((int) HistoryImporter.MAX_BYTES + 1)));
	}

	@GetMapping("/{agencyCode}")
	RoundJson.History get(@PathVariable String agencyCode) {
		return new RoundJson.History(agencyCode, this.history.of(agencyCode));
	}

	private static RoundJson.Imported imported(HistoryResult result) {
		if (!result.ok()) {
			throw new HistoryRejectedException(result.errors());
		}
		return new RoundJson.Imported(result.created(), result.updated(), result.unchanged());
	}

}
