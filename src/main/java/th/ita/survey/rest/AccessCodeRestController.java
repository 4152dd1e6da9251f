package th.ita.survey.rest;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import th.ita.survey.SurveyInstrument;
import th.ita.survey.codes.AccessCodeService;
import th.ita.survey.codes.GeneratedCodes;
import th.ita.survey.codes.SlipService;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Generating access codes: {@code POST
 * /api/v1/rounds/{fiscalYear}/agencies/{agencyCode}/access-codes} with
 * {@code {"instrument": "IIT", "count": N}} → 201 with the codes, shown this once
 * ({@code Cache-Control: no-store}), and a one-time {@code slipsUrl}: {@code GET
 * .../access-codes/slips.pdf?batch=…} (A4 slips with QR codes; the batch is kept in this
 * node's memory for 15 minutes and dropped after the download). The system admin, or the
 * agency admin of that agency; errors are problem documents.
 */
@RestController
class AccessCodeRestController {

	private final AccessCodeService codes;

	private final SlipService slips;

	AccessCodeRestController(AccessCodeService codes, SlipService slips) {
		this.codes = codes;
		this.slips = slips;
	}

	/** The request body; {@code count} up to {@value AccessCodeService#MAX_COUNT}. */
	record GenerateRequest(@Nullable String instrument, @Nullable Integer count) {
	}

	/** The codes and where to print their slips; never printed by toString. */
	record Generated(int fiscalYear, String agencyCode, SurveyInstrument instrument, int count, List<String> codes,
			String slipsUrl) {

		@Override
		public String toString() {
			return "Generated[fiscalYear=" + this.fiscalYear + ", agencyCode=" + this.agencyCode + ", count="
					+ this.count + ", codes=<redacted>, slipsUrl=<redacted>]";
		}

	}

	@PostMapping("/api/v1/rounds/{fiscalYear}/agencies/{agencyCode}/access-codes")
	ResponseEntity<Generated> generate(@PathVariable int fiscalYear, @PathVariable String agencyCode,
			@RequestBody GenerateRequest request) {
		GeneratedCodes generated = this.codes.generate(fiscalYear, agencyCode, request.instrument(), request.count());
		String batch = this.slips.keep(generated);
		String url = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/v1/rounds/{fiscalYear}/agencies/{agencyCode}/access-codes/slips.pdf")
			.queryParam("batch", batch)
			.buildAndExpand(fiscalYear, agencyCode)
			.toUriString();
		return ResponseEntity.status(HttpStatus.CREATED)
			.cacheControl(CacheControl.noStore())
			.body(new Generated(generated.fiscalYear(), generated.agencyCode(), generated.instrument(),
					generated.count(), generated.codes(), url));
	}

	@GetMapping("/api/v1/rounds/{fiscalYear}/agencies/{agencyCode}/access-codes/slips.pdf")
	ResponseEntity<byte[]> slips(@PathVariable int fiscalYear, @PathVariable String agencyCode,
			@RequestParam String batch, Locale locale) {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		byte[] pdf = this.slips.slips(fiscalYear, agencyCode, batch, base, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore())
			.header("Content-Disposition", "attachment; filename=\"slips-" + fiscalYear + "-" + agencyCode + ".pdf\"")
			.body(pdf);
	}

}
