package th.ita.survey.anomalies;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import th.ita.shared.FieldException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The anomaly report page of the central team ({@code /admin/**}). */
@Controller
class AnomalyPageController {

	private final SurveyAnomalies anomalies;

	AnomalyPageController(SurveyAnomalies anomalies) {
		this.anomalies = anomalies;
	}

	@GetMapping("/admin/rounds/{fiscalYear}/surveys/anomalies")
	String page(@PathVariable int fiscalYear, Model model) {
		model.addAttribute("report", this.anomalies.report(fiscalYear));
		return "survey/anomalies";
	}

	@PostMapping("/admin/rounds/{fiscalYear}/surveys/anomalies/exclusions")
	String exclude(@PathVariable int fiscalYear, @RequestParam(required = false) @Nullable String flag,
			@RequestParam(required = false) @Nullable String reason, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return change(fiscalYear, flag, model, response, () -> {
			redirect.addFlashAttribute("excluded", this.anomalies.exclude(fiscalYear, flag, reason));
		});
	}

	@PostMapping("/admin/rounds/{fiscalYear}/surveys/anomalies/exclusions/undo")
	String restore(@PathVariable int fiscalYear, @RequestParam(required = false) @Nullable String flag,
			@RequestParam(required = false) @Nullable String reason, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return change(fiscalYear, flag, model, response, () -> {
			redirect.addFlashAttribute("restored", this.anomalies.restore(fiscalYear, flag, reason));
		});
	}

	private String change(int fiscalYear, @Nullable String flag, Model model, HttpServletResponse response,
			Runnable change) {
		try {
			change.run();
			return "redirect:/admin/rounds/" + fiscalYear + "/surveys/anomalies";
		}
		catch (FieldException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("errorFlag", flag);
			return page(fiscalYear, model);
		}
	}

}
