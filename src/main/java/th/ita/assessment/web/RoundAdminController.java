package th.ita.assessment.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import th.ita.agency.AgencyType;
import th.ita.assessment.Activity;
import th.ita.assessment.RoundSummary;
import th.ita.assessment.domain.AssessmentTexts;
import th.ita.assessment.domain.EnrolResult;
import th.ita.assessment.domain.EnrolmentService;
import th.ita.assessment.domain.NewRound;
import th.ita.assessment.domain.RoundService;
import th.ita.assessment.domain.WindowInput;
import th.ita.framework.FrameworkCatalog;
import th.ita.shared.ConflictException;
import th.ita.shared.FieldException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** System admins: create rounds, edit their calendars, enrol agencies. */
@Controller
@RequestMapping("/admin/rounds")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class RoundAdminController {

	private final RoundService rounds;

	private final EnrolmentService enrolments;

	private final FrameworkCatalog frameworks;

	private final AssessmentTexts texts;

	RoundAdminController(RoundService rounds, EnrolmentService enrolments, FrameworkCatalog frameworks,
			AssessmentTexts texts) {
		this.rounds = rounds;
		this.enrolments = enrolments;
		this.frameworks = frameworks;
		this.texts = texts;
	}

	@GetMapping
	String list(Model model) {
		return list(model, null, null, null);
	}

	@PostMapping
	String create(@RequestParam(required = false) @Nullable Integer fiscalYear,
			@RequestParam(required = false) @Nullable String framework, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			RoundSummary round = this.rounds.create(new NewRound(fiscalYear, null, framework, null, Map.of(), false));
			redirect.addFlashAttribute("created", true);
			return "redirect:/admin/rounds/" + round.fiscalYear();
		}
		catch (FieldException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return list(model, ex.field(), ex.getMessage(), fiscalYear);
		}
		catch (ConflictException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return list(model, ex.field(), ex.getMessage(), fiscalYear);
		}
	}

	@GetMapping("/{fiscalYear}")
	String round(@PathVariable int fiscalYear, Model model) {
		RoundSummary round = this.rounds.get(fiscalYear);
		Map<String, String> values = new LinkedHashMap<>();
		round.windows().forEach((a, w) -> {
			values.put("from_" + a.name(), w.from().toString());
			values.put("to_" + a.name(), w.to().toString());
		});
		return round(round, values, model);
	}

	@PostMapping("/{fiscalYear}/calendar")
	String calendar(@PathVariable int fiscalYear, @RequestParam Map<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		RoundSummary round = this.rounds.get(fiscalYear);
		Map<String, @Nullable WindowInput> windows = new LinkedHashMap<>();
		try {
			for (Activity activity : Activity.values()) {
				windows.put(activity.name(),
						new WindowInput(date(params, "from", activity), date(params, "to", activity)));
			}
			this.rounds.changeCalendar(fiscalYear, windows);
		}
		catch (FieldException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("calendarError", ex.getMessage());
			model.addAttribute("calendarField", ex.field());
			return round(round, params, model);
		}
		redirect.addFlashAttribute("calendarSaved", true);
		return "redirect:/admin/rounds/" + fiscalYear;
	}

	@PostMapping("/{fiscalYear}/enrolments")
	String enrol(@PathVariable int fiscalYear, @RequestParam(required = false) @Nullable List<String> types,
			@RequestParam(required = false) @Nullable String agencies, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		RoundSummary round = this.rounds.get(fiscalYear);
		List<String> codes = (agencies != null)
				? Arrays.stream(agencies.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList() : List.of();
		try {
			EnrolResult result = this.enrolments.enrol(fiscalYear, codes, types, null);
			redirect.addFlashAttribute("enrolled", result);
		}
		catch (FieldException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("enrolError", ex.getMessage());
			model.addAttribute("agencies", agencies);
			return round(round, Map.of(), model);
		}
		return "redirect:/admin/rounds/" + fiscalYear;
	}

	private String list(Model model, @Nullable String errorField, @Nullable String error,
			@Nullable Integer fiscalYear) {
		List<RoundItem> items = new ArrayList<>();
		for (RoundSummary round : this.rounds.all()) {
			items.add(new RoundItem(round, WindowRow.of(round, this.rounds.today()),
					this.rounds.enrolmentCount(round.fiscalYear())));
		}
		model.addAttribute("rounds", items);
		model.addAttribute("frameworks", this.frameworks.all());
		model.addAttribute("errorField", errorField);
		model.addAttribute("error", error);
		model.addAttribute("fiscalYear", (fiscalYear != null) ? fiscalYear : this.rounds.today().getYear() + 544);
		return "assessment/admin-rounds";
	}

	private String round(RoundSummary round, Map<String, String> values, Model model) {
		model.addAttribute("round", round);
		model.addAttribute("windows", WindowRow.of(round, this.rounds.today()));
		model.addAttribute("values", values);
		model.addAttribute("enrolmentCount", this.rounds.enrolmentCount(round.fiscalYear()));
		model.addAttribute("types", AgencyType.values());
		return "assessment/admin-round";
	}

	private @Nullable LocalDate date(Map<String, String> params, String end, Activity activity) {
		String value = params.get(end + "_" + activity.name());
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new FieldException("windows." + activity.name() + "." + end,
					this.texts.get("assessment.error.date", value));
		}
	}

	/** One round in the list. */
	record RoundItem(RoundSummary round, List<WindowRow> windows, int enrolments) {
	}

}
