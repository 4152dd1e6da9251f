package th.ita.scoring.results;

import java.math.BigDecimal;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import th.ita.agency.AgencyType;
import th.ita.agency.Region;
import th.ita.scoring.AgencyHistory;
import th.ita.scoring.AgencyResult;
import th.ita.scoring.RankingQuery;
import th.ita.scoring.RoundRanking;
import th.ita.scoring.ScoreResults;
import th.ita.scoring.snapshot.Recomputer;
import th.ita.scoring.snapshot.Reproducibility;
import th.ita.shared.FieldException;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.NotFoundException;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Results API: one agency's result, a round's ranking with the national summary, an
 * agency's history; publication, recompute and the reproducibility check for system
 * admins. Unpublished results are a 404 for anyone who may not read them.
 */
@RestController
class ResultsRestController {

	private final ScoreResults results;

	private final ResultsAccess access;

	private final Publication publication;

	private final Recomputer recomputer;

	private final Reproducibility reproducibility;

	private final ResultBytes bodies;

	private final ResultsBodies source;

	ResultsRestController(ScoreResults results, ResultsAccess access, Publication publication, Recomputer recomputer,
			Reproducibility reproducibility, ResultBytes bodies, ResultsBodies source) {
		this.bodies = bodies;
		this.source = source;
		this.results = results;
		this.access = access;
		this.publication = publication;
		this.recomputer = recomputer;
		this.reproducibility = reproducibility;
	}

	/**
	 * The default answer (no item detail, default threshold) is served from the cached
	 * JSON ({@link ResultBytes}) once access is checked; without parameters
	 * {@link ResultFastPath} usually answers before this.
	 */
	@GetMapping("/api/v1/rounds/{fiscalYear}/results/{agencyCode}")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
			schema = @Schema(implementation = ResultsJson.Agency.class)))
	ResponseEntity<?> agency(@PathVariable int fiscalYear, @PathVariable String agencyCode,
			@RequestParam(required = false) @Nullable String detail,
			@RequestParam(required = false) @Nullable BigDecimal threshold) {
		if (detail == null && threshold == null) {
			this.access.requireAgency(fiscalYear, agencyCode);
			byte[] body = Gzip
				.inflate(this.bodies.get(fiscalYear, agencyCode, () -> this.source.body(fiscalYear, agencyCode))
					.orElseThrow(() -> ResultsAccess.missing(fiscalYear, agencyCode)));
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
		}
		AgencyResult result = this.access.agency(fiscalYear, agencyCode);
		return ResponseEntity.ok(ResultsJson.of(result, "items".equals(detail), threshold(threshold)));
	}

	@GetMapping("/api/v1/rounds/{fiscalYear}/results")
	RoundRanking ranking(@PathVariable int fiscalYear, @RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String province,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "RANK") String sort,
			@RequestParam(defaultValue = "false") boolean desc, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		this.access.requireRound(fiscalYear);
		return this.results.ranking(fiscalYear, query(type, region, province, q, sort, desc, page, size));
	}

	@GetMapping("/api/v1/agencies/{agencyCode}/history")
	AgencyHistory history(@PathVariable String agencyCode) {
		AgencyHistory history = this.results.history(agencyCode);
		if (!this.access.seesUnpublished(agencyCode)) {
			history = history.publishedOnly();
		}
		if (history.years().isEmpty()) {
			throw new NotFoundException("No history for " + agencyCode);
		}
		return history;
	}

	@PostMapping("/api/v1/rounds/{fiscalYear}/publication")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	ResultsJson.Published publish(@PathVariable int fiscalYear) {
		String by = ItaPrincipal.current().map(ItaPrincipal::username).orElse("system");
		return new ResultsJson.Published(fiscalYear, this.publication.publish(fiscalYear, by).toString());
	}

	@PostMapping("/api/v1/rounds/{fiscalYear}/results/recompute")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	ResultsJson.Recomputed recompute(@PathVariable int fiscalYear) {
		long start = System.nanoTime();
		int n = this.recomputer.recomputeRound(fiscalYear);
		return new ResultsJson.Recomputed(fiscalYear, n, (System.nanoTime() - start) / 1_000_000);
	}

	@GetMapping("/api/v1/rounds/{fiscalYear}/results/{agencyCode}/verification")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	Reproducibility.Verification verify(@PathVariable int fiscalYear, @PathVariable String agencyCode) {
		return this.reproducibility.verify(fiscalYear, agencyCode)
			.orElseThrow(() -> new NotFoundException("No snapshot for " + agencyCode + " in " + fiscalYear));
	}

	static BigDecimal threshold(@Nullable BigDecimal threshold) {
		if (threshold == null) {
			return AgencyResult.DEFAULT_WEAK_THRESHOLD;
		}
		if (threshold.signum() < 0 || threshold.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new FieldException("threshold", "threshold must be between 0 and 100");
		}
		return threshold;
	}

	static RankingQuery query(@Nullable String type, @Nullable String region, @Nullable String province,
			@Nullable String q, String sort, boolean desc, int page, int size) {
		AgencyType t = (type == null || type.isBlank()) ? null
				: AgencyType.parse(type).orElseThrow(() -> new FieldException("type", "unknown type " + type));
		Region r = (region == null || region.isBlank()) ? null
				: Region.parse(region).orElseThrow(() -> new FieldException("region", "unknown region " + region));
		RankingQuery.Sort s;
		try {
			s = RankingQuery.Sort.valueOf(sort.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new FieldException("sort", "sort must be RANK, NAME or CODE");
		}
		if (page < 0 || size < 1 || size > RankingQuery.MAX_SIZE) {
			throw new FieldException((page < 0) ? "page" : "size", "page >= 0 and size 1.." + RankingQuery.MAX_SIZE);
		}
		return new RankingQuery(t, r, province, q, s, desc, page, size);
	}

}
