package th.ita.agency.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import th.ita.agency.AgencyType;
import th.ita.agency.Region;
import th.ita.agency.domain.AgencyCsv;
import th.ita.agency.domain.AgencyFields;
import th.ita.agency.domain.AgencyImporter;
import th.ita.agency.domain.AgencyQuery;
import th.ita.agency.domain.AgencyService;
import th.ita.agency.domain.ImportResult;
import th.ita.agency.domain.PayloadTooLargeException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The agency JSON API: public reads, CSV export, and CSV import and edits for system
 * admins. Errors are RFC 9457 problems ({@link AgencyApiAdvice}).
 */
@RestController
@RequestMapping("/api/v1/agencies")
class AgencyRestController {

	private final AgencyService agencies;

	private final AgencyImporter importer;

	AgencyRestController(AgencyService agencies, AgencyImporter importer) {
		this.agencies = agencies;
		this.importer = importer;
	}

	@GetMapping
	ResponseEntity<?> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String province, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + AgencyQuery.DEFAULT_SIZE) int size,
			@RequestParam(required = false) @Nullable String format) {
		AgencyQuery query = query(q, type, region, province, page, size);
		if ("csv".equalsIgnoreCase(format)) {
			return csv(query);
		}
		return ResponseEntity.ok(AgencyResponses.ListPage.of(this.agencies.search(query)));
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String province) {
		return csv(query(q, type, region, province, 1, AgencyQuery.MAX_SIZE));
	}

	@GetMapping("/{code}")
	AgencyResponses.Detail get(@PathVariable String code) {
		return AgencyResponses.Detail.of(this.agencies.get(code));
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	AgencyResponses.Imported importFile(@RequestPart("file") MultipartFile file) throws IOException {
		if (file.getSize() > AgencyImporter.MAX_BYTES) {
			throw new PayloadTooLargeException(AgencyImporter.MAX_BYTES);
		}
		return imported(this.importer.importCsv(file.getBytes()));
	}

	@PostMapping(path = "/import", consumes = "text/csv")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	AgencyResponses.Imported importBody(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > AgencyImporter.MAX_BYTES) {
			throw new PayloadTooLargeException(AgencyImporter.MAX_BYTES);
		}
		return imported(this.importer.importCsv(AgencyImporter.readLimited(request.getInputStream())));
	}

	@PatchMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	AgencyResponses.Detail patch(@PathVariable String code, @RequestBody AgencyResponses.Patch patch) {
		AgencyFields changes = new AgencyFields(code, patch.nameTh(), patch.shortNameTh(), patch.nameEn(), patch.type(),
				patch.province(), patch.region(), patch.parentCode(),
				(patch.staffCount() != null) ? patch.staffCount().toString() : null);
		return AgencyResponses.Detail.of(this.agencies.update(code, changes));
	}

	private AgencyResponses.Imported imported(ImportResult result) {
		if (!result.ok()) {
			throw new ImportRejectedException(result.errors());
		}
		return new AgencyResponses.Imported(result.created(), result.updated(), result.unchanged());
	}

	private ResponseEntity<byte[]> csv(AgencyQuery query) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(AgencyCsv.MEDIA_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("agencies.csv", StandardCharsets.UTF_8).build().toString())
			.body(this.agencies.exportCsv(query));
	}

	static AgencyQuery query(@Nullable String q, @Nullable String type, @Nullable String region,
			@Nullable String province, int page, int size) {
		AgencyType t = (type != null && !type.isBlank()) ? AgencyType.parse(type).orElse(null) : null;
		Region r = (region != null && !region.isBlank()) ? Region.parse(region).orElse(null) : null;
		return new AgencyQuery(q, t, r, province, page, size);
	}

}
