package th.ita.integrity.web;

import java.util.List;

import th.ita.integrity.IntegrityDocument;
import th.ita.integrity.domain.IntegrityAccess;
import th.ita.integrity.domain.PublicationService;
import th.ita.integrity.web.IntegrityJson.PublicationView;
import th.ita.shared.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Approval, publication and withdrawal of the yearly documents (announcements and
 * register reports): {@code POST .../{fiscalYear}/{document}/approve|publish|withdraw} by
 * the agency admin or executive.
 */
@RestController
@RequestMapping("/api/v1/agencies/{code}/integrity/publications/{fiscalYear}")
class PublicationRestController {

	private final PublicationService publications;

	private final IntegrityAccess access;

	PublicationRestController(PublicationService publications, IntegrityAccess access) {
		this.publications = publications;
		this.access = access;
	}

	@GetMapping
	List<PublicationView> all(@PathVariable String code, @PathVariable int fiscalYear) {
		this.access.requireView(code, DeclarationRestController.user());
		return this.publications.all(code, fiscalYear).stream().map(PublicationView::of).toList();
	}

	@PostMapping("/{document}/approve")
	PublicationView approve(@PathVariable String code, @PathVariable int fiscalYear, @PathVariable String document) {
		return PublicationView
			.of(this.publications.approve(code, fiscalYear, document(document), DeclarationRestController.user()));
	}

	@PostMapping("/{document}/publish")
	PublicationView publish(@PathVariable String code, @PathVariable int fiscalYear, @PathVariable String document) {
		return PublicationView
			.of(this.publications.publish(code, fiscalYear, document(document), DeclarationRestController.user()));
	}

	@PostMapping("/{document}/withdraw")
	PublicationView withdraw(@PathVariable String code, @PathVariable int fiscalYear, @PathVariable String document) {
		return PublicationView
			.of(this.publications.withdraw(code, fiscalYear, document(document), DeclarationRestController.user()));
	}

	static IntegrityDocument document(String text) {
		for (IntegrityDocument d : IntegrityDocument.values()) {
			if (d.name().equalsIgnoreCase(text) || d.slug().equals(text)) {
				return d;
			}
		}
		throw new NotFoundException("No such document");
	}

}
