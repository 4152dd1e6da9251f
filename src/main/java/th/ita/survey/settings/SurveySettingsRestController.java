package th.ita.survey.settings;

import org.jspecify.annotations.Nullable;
import th.ita.shared.FieldException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/rounds/{fiscalYear}/surveys/settings} (signed in) and {@code PUT}
 * with {@code {"eitAccessCodes": true}} (system admin).
 */
@RestController
class SurveySettingsRestController {

	private final SurveySettings settings;

	private final MessageSource messages;

	SurveySettingsRestController(SurveySettings settings, MessageSource messages) {
		this.settings = settings;
		this.messages = messages;
	}

	record SettingsInput(@Nullable Boolean eitAccessCodes) {
	}

	@GetMapping("/api/v1/rounds/{fiscalYear}/surveys/settings")
	SurveySettings.RoundSettings get(@PathVariable int fiscalYear) {
		return this.settings.get(fiscalYear);
	}

	@PutMapping("/api/v1/rounds/{fiscalYear}/surveys/settings")
	SurveySettings.RoundSettings put(@PathVariable int fiscalYear, @RequestBody SettingsInput input) {
		if (input.eitAccessCodes() == null) {
			throw new FieldException("eitAccessCodes",
					this.messages.getMessage("survey.settings.eitAccessCodes.required", null,
							"eitAccessCodes: true or false", LocaleContextHolder.getLocale()));
		}
		return this.settings.update(fiscalYear, input.eitAccessCodes());
	}

}
