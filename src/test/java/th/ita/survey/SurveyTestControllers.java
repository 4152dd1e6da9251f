package th.ita.survey;

import org.jspecify.annotations.Nullable;
import th.ita.survey.codes.AccessCodeService;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only stand-in for the survey response endpoint (kept for the code tests, which
 * need no round): uses the code in its own transaction, as the real one does, under a
 * path the rate limit guards.
 */
final class SurveyTestControllers {

	private SurveyTestControllers() {
	}

	/** Like the real request record: the code never appears in {@link #toString()}. */
	record TestResponse(@Nullable String accessCode) {

		@Override
		public String toString() {
			return "TestResponse[accessCode=<redacted>]";
		}

	}

	@RestController
	static class ResponseController {

		private final AccessCodeService codes;

		private final TransactionTemplate transaction;

		ResponseController(AccessCodeService codes, PlatformTransactionManager transactions) {
			this.codes = codes;
			this.transaction = new TransactionTemplate(transactions);
		}

		@PostMapping("/api/v1/rounds/{fiscalYear}/surveys/{instrument}/{agencyCode}/test-responses")
		@ResponseStatus(HttpStatus.CREATED)
		String respond(@PathVariable int fiscalYear, @PathVariable SurveyInstrument instrument,
				@PathVariable String agencyCode, @RequestBody TestResponse body) {
			this.transaction.executeWithoutResult(
					status -> this.codes.consume(fiscalYear, agencyCode, instrument, body.accessCode()));
			return "{\"receipt\":\"test\"}";
		}

	}

}
