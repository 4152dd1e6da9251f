package th.ita.oit.web;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import th.ita.oit.evidence.AssignmentService;
import th.ita.shared.FieldException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** System admins assign assessors to agencies for a round ({@code /admin/**}). */
@Controller
class AssessorAdminController {

	private final AssignmentService assignments;

	AssessorAdminController(AssignmentService assignments) {
		this.assignments = assignments;
	}

	@GetMapping("/admin/rounds/{fiscalYear}/assessors")
	String page(@PathVariable int fiscalYear, Model model) {
		model.addAttribute("fiscalYear", fiscalYear);
		model.addAttribute("assignments", this.assignments.all(fiscalYear));
		return "oit/assessors";
	}

	@PostMapping("/admin/rounds/{fiscalYear}/assessors")
	String assign(@PathVariable int fiscalYear, @RequestParam(required = false) @Nullable String username,
			@RequestParam(required = false) @Nullable String agencies, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		List<@Nullable String> codes = (agencies == null || agencies.isBlank()) ? List.of()
				: Arrays.stream(agencies.strip().split("[\\s,]+")).map(s -> (@Nullable String) s).toList();
		try {
			this.assignments.assign(fiscalYear, username, codes);
		}
		catch (FieldException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("username", username);
			model.addAttribute("agencies", agencies);
			return page(fiscalYear, model);
		}
		redirect.addFlashAttribute("flash", "oit.assessors.saved");
		return "redirect:/admin/rounds/" + fiscalYear + "/assessors";
	}

}
