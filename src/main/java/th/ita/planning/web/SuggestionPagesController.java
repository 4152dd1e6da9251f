package th.ita.planning.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import th.ita.planning.domain.PlanInput.MeasureInput;
import th.ita.planning.domain.PlanTexts;
import th.ita.planning.domain.SuggestionService;
import th.ita.planning.domain.SuggestionService.Suggestion;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The central team's page of the suggested-measure library (system admins): the
 * suggestions by indicator (optionally one indicator), add, edit in place, retire and
 * restore. Plain forms; a refused form is shown again with the error next to its field.
 */
@Controller
@RequestMapping("/admin/suggested-measures")
class SuggestionPagesController {

	private final SuggestionService suggestions;

	private final PlanPageModel pages;

	SuggestionPagesController(SuggestionService suggestions, PlanPageModel pages) {
		this.suggestions = suggestions;
		this.pages = pages;
	}

	@GetMapping
	String library(@RequestParam(required = false) @Nullable Integer indicator, Model model) {
		List<Suggestion> all = this.suggestions.library(PlanForms.user());
		Map<Integer, List<Suggestion>> byIndicator = new TreeMap<>();
		for (Suggestion s : all) {
			if (indicator == null || s.indicatorNumber() == indicator) {
				byIndicator.computeIfAbsent(s.indicatorNumber(), k -> new java.util.ArrayList<>()).add(s);
			}
		}
		Map<String, EditForms.Values> forms = new LinkedHashMap<>();
		for (Suggestion s : all) {
			forms.put("suggestion-" + s.id(), new EditForms.Values("suggestion-" + s.id(), fields(s), List.of()));
		}
		if (model.getAttribute(EditForms.POSTED) instanceof EditForms.Values posted) {
			forms.put(posted.key(), posted);
		}
		model.addAttribute("byIndicator", byIndicator);
		model.addAttribute("indicators", all.stream().map(Suggestion::indicatorNumber).distinct().sorted().toList());
		model.addAttribute("indicator", indicator);
		model.addAttribute("editForms", forms);
		model.addAttribute("newForm", forms.getOrDefault("suggestion-new", new EditForms.Values("suggestion-new",
				(indicator != null) ? Map.of("indicatorNumber", String.valueOf(indicator)) : Map.of(), List.of())));
		return "planning/library";
	}

	@PostMapping
	String add(@RequestParam Map<String, String> form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return this.pages.act(() -> this.suggestions.add(input(form), PlanForms.user()), back(form),
				"planning.flash.saved", redirect, model, response, () -> {
					EditForms.posted("suggestion-new", form, null, model);
					return library(null, model);
				});
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return this.pages.act(() -> this.suggestions.update(id, input(form), PlanForms.user()),
				back(form) + "#suggestion-" + id, "planning.flash.saved", redirect, model, response, () -> {
					EditForms.posted("suggestion-" + id, form, null, model);
					return library(null, model);
				});
	}

	@PostMapping("/{id}/{action:retire|restore}")
	String retire(@PathVariable long id, @PathVariable String action, @RequestParam Map<String, String> form,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return this.pages.act(() -> this.suggestions.retire(id, "retire".equals(action), PlanForms.user()),
				back(form) + "#suggestion-" + id,
				"retire".equals(action) ? "planning.library.retired" : "planning.library.restored", redirect, model,
				response, () -> library(null, model));
	}

	private MeasureInput input(Map<String, String> form) {
		PlanTexts t = this.pages.texts();
		return new MeasureInput(PlanForms.integer("indicatorNumber", form.get("indicatorNumber"), t), form.get("issue"),
				form.get("measure"), PlanForms.lines(form.get("guidelines")).stream().map(s -> (String) s).toList(),
				null, null);
	}

	private static String back(Map<String, String> form) {
		String indicator = form.get("filter");
		return "/admin/suggested-measures"
				+ ((indicator != null && indicator.matches("\\d{1,2}")) ? "?indicator=" + indicator : "");
	}

	private static Map<String, String> fields(Suggestion s) {
		return Map.of("indicatorNumber", String.valueOf(s.indicatorNumber()), "issue", s.issue(), "measure",
				s.measure(), "guidelines", PlanForms.unlines(s.guidelines()));
	}

}
