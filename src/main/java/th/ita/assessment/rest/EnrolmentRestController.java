package th.ita.assessment.rest;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import th.ita.assessment.Enrolment;
import th.ita.assessment.domain.EnrolResult;
import th.ita.assessment.domain.EnrolmentService;
import th.ita.shared.ItaPrincipal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Enrolments of a round: system admins enrol agencies; agency users see (and their agency
 * admin edits) only their own agency's figures.
 */
@RestController
@RequestMapping("/api/v1/rounds/{fiscalYear}/enrolments")
class EnrolmentRestController {

	private final EnrolmentService enrolments;

	EnrolmentRestController(EnrolmentService enrolments) {
		this.enrolments = enrolments;
	}

	@PostMapping
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	EnrolResult enrol(@PathVariable int fiscalYear, @RequestBody RoundJson.Enrol body) {
		return this.enrolments.enrol(fiscalYear, body.agencies(), body.types(), body.population());
	}

	@GetMapping
	List<Enrolment> list(@PathVariable int fiscalYear) {
		return this.enrolments.visible(fiscalYear, user());
	}

	@GetMapping("/{agencyCode}")
	Enrolment get(@PathVariable int fiscalYear, @PathVariable String agencyCode) {
		return this.enrolments.get(fiscalYear, agencyCode, user());
	}

	@PutMapping("/{agencyCode}/population")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'AGENCY_ADMIN')")
	Enrolment population(@PathVariable int fiscalYear, @PathVariable String agencyCode,
			@RequestBody @Nullable Map<String, @Nullable Integer> body) {
		return this.enrolments.changePopulation(fiscalYear, agencyCode, body, user());
	}

	static ItaPrincipal user() {
		return ItaPrincipal.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

}
