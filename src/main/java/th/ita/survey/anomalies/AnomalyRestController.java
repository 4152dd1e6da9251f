package th.ita.survey.anomalies;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/rounds/{fiscalYear}/surveys/anomalies} (system admin) and
 * {@code POST .../anomalies/exclusions} with {@code {"flag": "<flag id>", "reason": "…"}}
 * → 201 {@code {"excluded": n}}.
 */
@RestController
class AnomalyRestController {

	private final SurveyAnomalies anomalies;

	AnomalyRestController(SurveyAnomalies anomalies) {
		this.anomalies = anomalies;
	}

	record ExclusionInput(@Nullable String flag, @Nullable String reason) {
	}

	record Excluded(String flag, int excluded) {
	}

	record Restored(String flag, int restored) {
	}

	@GetMapping("/api/v1/rounds/{fiscalYear}/surveys/anomalies")
	AnomalyReport report(@PathVariable int fiscalYear) {
		return this.anomalies.report(fiscalYear);
	}

	@PostMapping("/api/v1/rounds/{fiscalYear}/surveys/anomalies/exclusions")
	ResponseEntity<Excluded> exclude(@PathVariable int fiscalYear, @RequestBody ExclusionInput input) {
		int excluded = this.anomalies.exclude(fiscalYear, input.flag(), input.reason());
		return ResponseEntity.status(HttpStatus.CREATED).body(new Excluded(String.valueOf(input.flag()), excluded));
	}

	@PostMapping("/api/v1/rounds/{fiscalYear}/surveys/anomalies/exclusions/undo")
	Restored restore(@PathVariable int fiscalYear, @RequestBody ExclusionInput input) {
		return new Restored(String.valueOf(input.flag()),
				this.anomalies.restore(fiscalYear, input.flag(), input.reason()));
	}

}
