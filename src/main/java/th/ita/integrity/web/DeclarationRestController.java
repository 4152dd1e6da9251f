package th.ita.integrity.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import th.ita.integrity.Announcement;
import th.ita.integrity.Emblem;
import th.ita.integrity.IntegrityDocument;
import th.ita.integrity.Signer;
import th.ita.integrity.domain.DeclarationService;
import th.ita.integrity.domain.ExecutiveService;
import th.ita.shared.FieldException;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.NotFoundException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The agency's executive (signer), emblem and announcements. Reads by the agency's users
 * and the central team; drafts by its editors.
 */
@RestController
@RequestMapping("/api/v1/agencies/{code}")
class DeclarationRestController {

	private final DeclarationService declarations;

	private final ExecutiveService executives;

	DeclarationRestController(DeclarationService declarations, ExecutiveService executives) {
		this.declarations = declarations;
		this.executives = executives;
	}

	@GetMapping("/executive")
	Signer executive(@PathVariable String code) {
		return this.executives.read(code, user()).orElseThrow(() -> new NotFoundException("No executive"));
	}

	@PutMapping("/executive")
	Signer saveExecutive(@PathVariable String code, @RequestBody IntegrityJson.ExecutiveBody body) {
		return this.executives.save(code, body.nameTh(), body.positionTh(), body.nameEn(), body.positionEn(), user());
	}

	@GetMapping("/emblem")
	ResponseEntity<byte[]> emblem(@PathVariable String code) {
		this.executives.read(code, user());
		Emblem emblem = this.executives.emblem(code).orElseThrow(() -> new NotFoundException("No emblem"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(emblem.contentType()))
			.header("X-Content-Type-Options", "nosniff")
			.body(emblem.bytes());
	}

	@PutMapping(path = "/emblem", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Void> saveEmblem(@PathVariable String code,
			@RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
		if (file == null) {
			throw new FieldException("file", "A file is required");
		}
		this.executives.saveEmblem(code, file.getBytes(), user());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/declarations")
	List<Announcement> list(@PathVariable String code, @RequestParam int fiscalYear) {
		return this.declarations.list(code, fiscalYear, user());
	}

	@PostMapping("/declarations")
	ResponseEntity<Announcement> create(@PathVariable String code, @RequestBody IntegrityJson.DeclarationBody body) {
		Announcement created = this.declarations.create(code, body.kind(), body.fiscalYear(), body.issuedOn(),
				body.thaiNumerals(), user());
		return ResponseEntity
			.created(URI.create(
					"/api/v1/agencies/" + code + "/declarations/" + created.fiscalYear() + "/" + created.kind().name()))
			.body(created);
	}

	@GetMapping("/declarations/{fiscalYear}/{kind}")
	Announcement read(@PathVariable String code, @PathVariable int fiscalYear, @PathVariable String kind) {
		return this.declarations.read(code, fiscalYear, kind(kind), user());
	}

	@PutMapping("/declarations/{fiscalYear}/{kind}")
	Announcement update(@PathVariable String code, @PathVariable int fiscalYear, @PathVariable String kind,
			@RequestBody IntegrityJson.DeclarationUpdate body) {
		return this.declarations.update(code, fiscalYear, kind(kind), body.issuedOn(), body.thaiNumerals(), user());
	}

	static IntegrityDocument kind(String text) {
		for (IntegrityDocument d : IntegrityDocument.values()) {
			if (d.isAnnouncement() && (d.name().equalsIgnoreCase(text) || d.slug().equals(text))) {
				return d;
			}
		}
		throw new NotFoundException("No such announcement");
	}

	static ItaPrincipal user() {
		return ItaPrincipal.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

}
