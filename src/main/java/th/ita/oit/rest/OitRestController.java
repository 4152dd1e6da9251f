package th.ita.oit.rest;

import th.ita.oit.evidence.EvidenceQueries;
import th.ita.oit.evidence.EvidenceService;
import th.ita.oit.evidence.EvidenceViews.Checklist;
import th.ita.oit.evidence.EvidenceViews.ItemState;
import th.ita.oit.evidence.SiteUrl;
import th.ita.shared.ItaPrincipal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An agency's OIT evidence in a round: read by the agency's users, its assigned assessors
 * and the central team; saved and submitted by the agency, reviewed by its assessors.
 * Each command answers the item as it is afterwards.
 */
@RestController
@RequestMapping("/api/v1/rounds/{fiscalYear}/oit/{agencyCode}")
class OitRestController {

	private final EvidenceService evidence;

	private final EvidenceQueries queries;

	private final SiteUrl site;

	OitRestController(EvidenceService evidence, EvidenceQueries queries, SiteUrl site) {
		this.evidence = evidence;
		this.queries = queries;
		this.site = site;
	}

	@GetMapping
	Checklist checklist(@PathVariable int fiscalYear, @PathVariable String agencyCode) {
		return this.queries.checklist(fiscalYear, agencyCode, user());
	}

	@GetMapping("/items/{itemCode}")
	ItemState item(@PathVariable int fiscalYear, @PathVariable String agencyCode, @PathVariable String itemCode) {
		return this.queries.item(fiscalYear, agencyCode, itemCode, user());
	}

	@PutMapping("/items/{itemCode}")
	ItemState save(@PathVariable int fiscalYear, @PathVariable String agencyCode, @PathVariable String itemCode,
			@RequestBody OitJson.Save body) {
		this.evidence.save(fiscalYear, agencyCode, itemCode, body.urls(), body.note(), body.version(), user());
		return item(fiscalYear, agencyCode, itemCode);
	}

	@PostMapping("/items/{itemCode}/submit")
	ItemState submit(@PathVariable int fiscalYear, @PathVariable String agencyCode, @PathVariable String itemCode) {
		this.evidence.submit(fiscalYear, agencyCode, itemCode, user());
		return item(fiscalYear, agencyCode, itemCode);
	}

	/** The agency admin submits every draft item of the checklist. */
	@PostMapping("/submit")
	OitJson.SubmittedAll submitAll(@PathVariable int fiscalYear, @PathVariable String agencyCode) {
		return new OitJson.SubmittedAll(fiscalYear, agencyCode,
				this.evidence.submitAll(fiscalYear, agencyCode, user()));
	}

	/** One click: the document offered for the item becomes one of its URLs (a draft). */
	@PostMapping("/items/{itemCode}/use-offer")
	ItemState useOffer(@PathVariable int fiscalYear, @PathVariable String agencyCode, @PathVariable String itemCode) {
		this.evidence.useOffer(fiscalYear, agencyCode, itemCode, this.site.base(), user());
		return item(fiscalYear, agencyCode, itemCode);
	}

	@PostMapping("/items/{itemCode}/reviews")
	ItemState review(@PathVariable int fiscalYear, @PathVariable String agencyCode, @PathVariable String itemCode,
			@RequestBody OitJson.ReviewBody body) {
		this.evidence.review(fiscalYear, agencyCode, itemCode, body.verdict(), body.reasonCode(), body.reason(),
				body.comment(), body.score(), user());
		return item(fiscalYear, agencyCode, itemCode);
	}

	@PostMapping("/items/{itemCode}/clarifications")
	ItemState clarify(@PathVariable int fiscalYear, @PathVariable String agencyCode, @PathVariable String itemCode,
			@RequestBody OitJson.Clarify body) {
		this.evidence.clarify(fiscalYear, agencyCode, itemCode, body.urls(), body.explanation(), user());
		return item(fiscalYear, agencyCode, itemCode);
	}

	@PostMapping("/items/{itemCode}/reopen")
	ItemState reopen(@PathVariable int fiscalYear, @PathVariable String agencyCode, @PathVariable String itemCode,
			@RequestBody OitJson.Reopen body) {
		this.evidence.reopen(fiscalYear, agencyCode, itemCode, body.reason(), user());
		return item(fiscalYear, agencyCode, itemCode);
	}

	static ItaPrincipal user() {
		return ItaPrincipal.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

}
