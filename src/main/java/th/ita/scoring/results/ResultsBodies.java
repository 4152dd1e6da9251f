package th.ita.scoring.results;

import java.util.Optional;

import th.ita.scoring.AgencyResult;
import th.ita.scoring.ScoreResults;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The results API's default answer (no item detail, default threshold) as JSON bytes,
 * serialized with the application's mapper (the one the MVC converters use), for
 * {@link ResultBytes}. No access check: callers check first.
 */
@Component
class ResultsBodies {

	private final ScoreResults results;

	private final JsonMapper json;

	ResultsBodies(ScoreResults results, JsonMapper json) {
		this.results = results;
		this.json = json;
	}

	Optional<byte[]> body(int fiscalYear, String agencyCode) {
		return this.results.agency(fiscalYear, agencyCode).map(this::body);
	}

	byte[] body(AgencyResult result) {
		return this.json.writeValueAsBytes(ResultsJson.of(result, false, AgencyResult.DEFAULT_WEAK_THRESHOLD));
	}

}
