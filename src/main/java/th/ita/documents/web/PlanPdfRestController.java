package th.ita.documents.web;

import java.util.Locale;

import th.ita.documents.plans.PlanPdfDocuments;
import th.ita.shared.ItaPrincipal;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The O32 measures document and the O33 progress report under the plans API path, and on
 * a public path once published.
 */
@RestController
class PlanPdfRestController {

	private final PlanPdfDocuments plans;

	PlanPdfRestController(PlanPdfDocuments plans) {
		this.plans = plans;
	}

	@GetMapping("/api/v1/agencies/{code}/plans/{fiscalYear}/measures.pdf")
	ResponseEntity<byte[]> measures(@PathVariable String code, @PathVariable int fiscalYear, Locale locale) {
		return Downloads.file(this.plans.measures(fiscalYear, code, ItaPrincipal.current(), locale));
	}

	@GetMapping("/api/v1/agencies/{code}/plans/{fiscalYear}/progress.pdf")
	ResponseEntity<byte[]> progress(@PathVariable String code, @PathVariable int fiscalYear, Locale locale) {
		return Downloads.file(this.plans.progress(fiscalYear, code, ItaPrincipal.current(), locale));
	}

	@GetMapping("/public/agencies/{code}/plans/{fiscalYear}/{document:measures|progress}.pdf")
	ResponseEntity<byte[]> published(@PathVariable String code, @PathVariable int fiscalYear,
			@PathVariable String document, Locale locale) {
		java.util.Optional<ItaPrincipal> anonymous = java.util.Optional.empty();
		return Downloads.file("measures".equals(document) ? this.plans.measures(fiscalYear, code, anonymous, locale)
				: this.plans.progress(fiscalYear, code, anonymous, locale));
	}

}
