package th.ita.survey.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import th.ita.assessment.WindowClosedException;
import th.ita.shared.ConflictException;
import th.ita.shared.FieldException;
import th.ita.survey.responses.Questionnaire;
import th.ita.survey.responses.Submission;
import th.ita.survey.responses.SurveyBusyException;
import th.ita.survey.responses.SurveyForms;
import th.ita.survey.responses.SurveyValidationException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The respondent pages: {@code /s/{fiscalYear}/{instrument}/{agencyCode}} (EIT first asks
 * for the respondent group), the thank-you page with the receipt, and {@code /s/privacy}.
 * Plain forms that work without JavaScript; pages are never cached.
 */
@Controller
class SurveyPageController {

	static final String ANSWER_PREFIX = "a.";

	private final SurveyForms forms;

	private final MessageSource messages;

	SurveyPageController(SurveyForms forms, MessageSource messages) {
		this.forms = forms;
		this.messages = messages;
	}

	@GetMapping("/s/privacy")
	String privacy() {
		return "survey/privacy";
	}

	@GetMapping("/s/{fiscalYear}/{instrument}/{agencyCode}")
	String form(@PathVariable int fiscalYear, @PathVariable String instrument, @PathVariable String agencyCode,
			@RequestParam(required = false) @Nullable String group, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale) {
		noStore(response);
		Questionnaire questionnaire;
		try {
			questionnaire = this.forms.questionnaire(fiscalYear, instrument, agencyCode, false);
		}
		catch (WindowClosedException ex) {
			return closed(ex, response, model);
		}
		String chosen = (questionnaire.onlyGroup() != null) ? questionnaire.onlyGroup() : valid(questionnaire, group);
		model.addAttribute("q", questionnaire);
		model.addAttribute("english", english(locale));
		if (chosen == null) {
			return "survey/group";
		}
		String token = this.forms.issueToken(fiscalYear, instrument, agencyCode);
		return render(questionnaire, chosen, token, QrCodeParameterFilter.code(request), Map.of(), Map.of(), model,
				locale);
	}

	@PostMapping("/s/{fiscalYear}/{instrument}/{agencyCode}")
	String submit(@PathVariable int fiscalYear, @PathVariable String instrument, @PathVariable String agencyCode,
			HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
		noStore(response);
		Questionnaire questionnaire;
		try {
			questionnaire = this.forms.questionnaire(fiscalYear, instrument, agencyCode, false);
		}
		catch (WindowClosedException ex) {
			return closed(ex, response, model);
		}
		model.addAttribute("q", questionnaire);
		model.addAttribute("english", english(locale));
		Map<String, Integer> answers = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (name.startsWith(ANSWER_PREFIX) && values.length > 0) {
				answers.put(name.substring(ANSWER_PREFIX.length()), number(values[0]));
			}
		});
		String group = (questionnaire.onlyGroup() != null) ? questionnaire.onlyGroup()
				: valid(questionnaire, request.getParameter("respondentGroup"));
		if (group == null) {
			return "survey/group";
		}
		String token = request.getParameter("formToken");
		String accessCode = request.getParameter("accessCode");
		Submission submission = new Submission(accessCode, group, (token != null) ? token : "", answers);
		Map<String, String> errors = new LinkedHashMap<>();
		try {
			String receipt = this.forms.submit(fiscalYear, instrument, agencyCode, submission);
			model.addAttribute("receipt", receipt);
			return "survey/thanks";
		}
		catch (WindowClosedException ex) {
			return closed(ex, response, model);
		}
		catch (SurveyValidationException ex) {
			ex.errors().forEach(e -> errors.putIfAbsent(e.field(), e.message()));
		}
		catch (ConflictException ex) {
			if (SurveyForms.FORM_TOKEN_FIELD.equals(ex.field())) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				return "survey/received";
			}
			errors.put(ex.field(), String.valueOf(ex.getMessage()));
		}
		catch (SurveyBusyException ex) {
			// Nothing was stored and the token is unused: the same form can be sent
			// again.
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader("Retry-After", String.valueOf(SurveyBusyException.RETRY_SECONDS));
			errors.put(SurveyForms.FORM_TOKEN_FIELD, String.valueOf(ex.getMessage()));
		}
		catch (FieldException ex) {
			if (SurveyForms.FORM_TOKEN_FIELD.equals(ex.field())) {
				token = this.forms.issueToken(fiscalYear, instrument, agencyCode);
			}
			errors.put(ex.field(), String.valueOf(ex.getMessage()));
		}
		// 200, not 422: the re-rendered form is a normal page to the browser.
		return render(questionnaire, group, String.valueOf(token), accessCode, answers, errors, model, locale);
	}

	private String render(Questionnaire questionnaire, String group, String token, @Nullable String accessCode,
			Map<String, Integer> answers, Map<String, String> errors, Model model, Locale locale) {
		String indicator = this.messages.getMessage("survey.page.indicator", null, "{0} {1}", locale);
		model.addAttribute("group", group);
		model.addAttribute("formToken", token);
		model.addAttribute("accessCode", accessCode);
		model.addAttribute("view",
				SurveyFormView.of(questionnaire, group, answers, errors, english(locale), String.valueOf(indicator)));
		model.addAttribute("accessCodeError", errors.get("accessCode"));
		return "survey/form";
	}

	private static String closed(WindowClosedException ex, HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("message", ex.getMessage());
		return "survey/closed";
	}

	private static @Nullable String valid(Questionnaire questionnaire, @Nullable String group) {
		return questionnaire.respondentGroups()
			.stream()
			.map(Questionnaire.Group::code)
			.filter(code -> code.equals(group))
			.findFirst()
			.orElse(null);
	}

	private static int number(String value) {
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			return Submission.NOT_A_NUMBER;
		}
	}

	private static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

	private static void noStore(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
	}

}
