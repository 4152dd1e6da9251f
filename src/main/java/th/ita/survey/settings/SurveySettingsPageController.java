package th.ita.survey.settings;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The system admin's page of a round's survey settings ({@code /admin/**}). */
@Controller
class SurveySettingsPageController {

	private final SurveySettings settings;

	SurveySettingsPageController(SurveySettings settings) {
		this.settings = settings;
	}

	@GetMapping("/admin/rounds/{fiscalYear}/surveys")
	String page(@PathVariable int fiscalYear, Model model) {
		model.addAttribute("settings", this.settings.get(fiscalYear));
		return "survey/settings";
	}

	@PostMapping("/admin/rounds/{fiscalYear}/surveys")
	String save(@PathVariable int fiscalYear, @RequestParam(defaultValue = "false") boolean eitAccessCodes,
			RedirectAttributes redirect) {
		this.settings.update(fiscalYear, eitAccessCodes);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/rounds/" + fiscalYear + "/surveys";
	}

}
