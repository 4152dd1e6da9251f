package th.ita.survey.rest;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import th.ita.survey.responses.Questionnaire;
import th.ita.survey.responses.SubmissionReader;
import th.ita.survey.responses.SurveyForms;
import th.ita.survey.responses.SurveyProgress;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The survey JSON API: the questionnaire with a one-time form token (public), submitting
 * a response (public; 201 with a receipt), and progress per agency (signed in). The body
 * of a submission is read here with a 64 KB bound, never logged.
 */
@RestController
class SurveyRestController {

	private final SurveyForms forms;

	private final SubmissionReader reader;

	private final SurveyProgress progress;

	SurveyRestController(SurveyForms forms, SubmissionReader reader, SurveyProgress progress) {
		this.forms = forms;
		this.reader = reader;
		this.progress = progress;
	}

	@GetMapping("/api/v1/rounds/{fiscalYear}/surveys/{instrument}/{agencyCode}")
	ResponseEntity<Questionnaire> questionnaire(@PathVariable int fiscalYear, @PathVariable String instrument,
			@PathVariable String agencyCode) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(this.forms.questionnaire(fiscalYear, instrument, agencyCode, true));
	}

	@PostMapping("/api/v1/rounds/{fiscalYear}/surveys/{instrument}/{agencyCode}/responses")
	ResponseEntity<Receipt> respond(@PathVariable int fiscalYear, @PathVariable String instrument,
			@PathVariable String agencyCode, HttpServletRequest request) throws IOException {
		String receipt = this.forms.submit(fiscalYear, instrument, agencyCode,
				this.reader.read(request.getContentLengthLong(), request.getInputStream()));
		return ResponseEntity.status(HttpStatus.CREATED)
			.cacheControl(CacheControl.noStore())
			.body(new Receipt(receipt));
	}

	/**
	 * The receipt; never printed by {@link #toString()} (Spring logs bodies at DEBUG).
	 */
	record Receipt(String receipt) {

		@Override
		public String toString() {
			return "Receipt[<redacted>]";
		}

	}

	@GetMapping("/api/v1/rounds/{fiscalYear}/surveys/progress")
	List<SurveyProgress.AgencyProgress> progress(@PathVariable int fiscalYear,
			@RequestParam(name = "agency", required = false) @Nullable String agencyCode) {
		return this.progress.progress(fiscalYear, agencyCode);
	}

}
