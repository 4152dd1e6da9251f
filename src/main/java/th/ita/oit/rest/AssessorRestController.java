package th.ita.oit.rest;

import java.util.List;
import java.util.Map;

import th.ita.oit.evidence.AssignmentService;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Assessor assignments of a round (system admins). A POST sets the agencies of one
 * assessor, replacing earlier ones; the username is taken as given.
 */
@RestController
@RequestMapping("/api/v1/rounds/{fiscalYear}/assessors")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class AssessorRestController {

	private final AssignmentService assignments;

	AssessorRestController(AssignmentService assignments) {
		this.assignments = assignments;
	}

	@GetMapping
	Map<String, List<String>> all(@PathVariable int fiscalYear) {
		return this.assignments.all(fiscalYear);
	}

	@PostMapping
	OitJson.Assigned assign(@PathVariable int fiscalYear, @RequestBody OitJson.Assign body) {
		List<String> agencies = this.assignments.assign(fiscalYear, body.username(), body.agencies());
		return new OitJson.Assigned(fiscalYear, String.valueOf(body.username()).strip(), agencies);
	}

}
