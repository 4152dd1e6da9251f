package th.ita.survey.rest;

import org.jspecify.annotations.Nullable;
import th.ita.survey.codes.AccessCodeService;
import th.ita.survey.codes.GeneratedCodes;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Generating access codes: {@code POST
 * /api/v1/rounds/{fiscalYear}/agencies/{agencyCode}/access-codes} with
 * {@code {"instrument": "IIT", "count": N}} → 201 with the codes, shown this once
 * ({@code Cache-Control: no-store}). The system admin, or the agency admin of that
 * agency; errors are problem documents.
 */
@RestController
class AccessCodeRestController {

	private final AccessCodeService codes;

	AccessCodeRestController(AccessCodeService codes) {
		this.codes = codes;
	}

	/** The request body; {@code count} up to {@value AccessCodeService#MAX_COUNT}. */
	record GenerateRequest(@Nullable String instrument, @Nullable Integer count) {
	}

	@PostMapping("/api/v1/rounds/{fiscalYear}/agencies/{agencyCode}/access-codes")
	ResponseEntity<GeneratedCodes> generate(@PathVariable int fiscalYear, @PathVariable String agencyCode,
			@RequestBody GenerateRequest request) {
		GeneratedCodes generated = this.codes.generate(fiscalYear, agencyCode, request.instrument(), request.count());
		return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore()).body(generated);
	}

}
