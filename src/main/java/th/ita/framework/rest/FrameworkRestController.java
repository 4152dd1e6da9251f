package th.ita.framework.rest;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import th.ita.framework.FrameworkDefinition;
import th.ita.framework.FrameworkSummary;
import th.ita.framework.domain.FrameworkImporter;
import th.ita.framework.domain.FrameworkService;
import th.ita.framework.domain.FrameworkYaml;
import th.ita.framework.domain.ImportOutcome;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The framework JSON API: signed-in users read versions and trees; system admins import
 * YAML. Errors are RFC 9457 problems ({@link FrameworkApiAdvice}).
 */
@RestController
@RequestMapping("/api/v1/frameworks")
class FrameworkRestController {

	static final MediaType YAML = MediaType.parseMediaType("application/yaml;charset=UTF-8");

	private final FrameworkService frameworks;

	private final FrameworkImporter importer;

	FrameworkRestController(FrameworkService frameworks, FrameworkImporter importer) {
		this.frameworks = frameworks;
		this.importer = importer;
	}

	/** One version in a list. */
	record Version(String code, int version, String programme, int fiscalYear, String nameTh, @Nullable String nameEn,
			boolean pinned, java.time.Instant importedAt) {

		static Version of(FrameworkSummary s) {
			return new Version(s.ref().code(), s.ref().version(), s.programme(), s.fiscalYear(), s.nameTh(), s.nameEn(),
					s.pinned(), s.importedAt());
		}

	}

	/** The outcome of an import. */
	record Imported(String status, String code, int version, boolean pinned, String sha256) {

		static Imported of(ImportOutcome o) {
			return new Imported(o.status().name().toLowerCase(java.util.Locale.ROOT), o.summary().ref().code(),
					o.summary().ref().version(), o.summary().pinned(), o.sha256());
		}

	}

	@GetMapping
	List<Version> list() {
		return this.frameworks.all().stream().map(Version::of).toList();
	}

	@GetMapping("/{code}")
	ResponseEntity<String> tree(@PathVariable String code, @RequestParam(required = false) @Nullable Integer version) {
		FrameworkDefinition definition = this.frameworks.resolve(code, version);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(FrameworkYaml.toPrettyJson(definition));
	}

	@GetMapping("/{code}/export")
	ResponseEntity<String> export(@PathVariable String code,
			@RequestParam(required = false) @Nullable Integer version) {
		FrameworkDefinition definition = this.frameworks.resolve(code, version);
		String name = definition.code() + "-v" + definition.version() + ".yaml";
		return ResponseEntity.ok()
			.contentType(YAML)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(FrameworkYaml.toYaml(definition));
	}

	@PostMapping(consumes = { "application/yaml", "text/yaml", "application/x-yaml" })
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	ResponseEntity<Imported> importBody(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > FrameworkYaml.MAX_BYTES) {
			throw FrameworkYaml.tooLarge();
		}
		return imported(this.importer.importYaml(FrameworkYaml.readLimited(request.getInputStream())));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	ResponseEntity<Imported> importFile(@RequestPart("file") MultipartFile file) throws IOException {
		if (file.getSize() > FrameworkYaml.MAX_BYTES) {
			throw FrameworkYaml.tooLarge();
		}
		return imported(this.importer.importYaml(file.getBytes()));
	}

	private ResponseEntity<Imported> imported(ImportOutcome outcome) {
		Imported body = Imported.of(outcome);
		if (outcome.status() == ImportOutcome.Status.CREATED) {
			return ResponseEntity
				.created(URI.create("/api/v1/frameworks/" + body.code() + "?version=" + body.version()))
				.body(body);
		}
		return ResponseEntity.status(HttpStatus.OK).body(body);
	}

}
