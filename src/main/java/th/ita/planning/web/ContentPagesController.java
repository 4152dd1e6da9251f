package th.ita.planning.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import th.ita.planning.PlanKind;
import th.ita.planning.domain.ContentService;
import th.ita.planning.domain.PlanInput.ActivityInput;
import th.ita.planning.domain.PlanInput.MeasureInput;
import th.ita.planning.domain.PlanInput.ProjectInput;
import th.ita.planning.domain.PlanTexts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The measures page (started from the suggested-measure library) and the plan editor
 * (projects with their narrative, activities with month check boxes by quarter).
 */
@Controller
class ContentPagesController {

	private final ContentService content;

	private final PlanPageModel pages;

	ContentPagesController(ContentService content, PlanPageModel pages) {
		this.content = content;
		this.pages = pages;
	}

	@GetMapping("/plans/{code}/{fy}/{kind}/measures")
	String measures(@PathVariable String code, @PathVariable int fy, @PathVariable String kind,
			@RequestParam(required = false) @Nullable Long suggestion, Model model) {
		var plan = this.pages.fill(code, fy, PlanKind.parse(kind), model);
		EditForms.measures(plan, model);
		model.addAttribute("suggestions", this.pages.suggestions().all());
		if (suggestion != null) {
			var suggested = this.pages.suggestions().find(suggestion);
			model.addAttribute("suggested", suggested);
			model.addAttribute("suggestedGuidelines", PlanForms.unlines(suggested.guidelines()));
		}
		return "planning/measures";
	}

	@PostMapping("/plans/{code}/{fy}/{kind}/measures")
	String addMeasure(@PathVariable String code, @PathVariable int fy, @PathVariable String kind,
			@RequestParam(required = false) @Nullable String indicatorNumber,
			@RequestParam(required = false) @Nullable String issue,
			@RequestParam(required = false) @Nullable String measure,
			@RequestParam(required = false) @Nullable String guidelines,
			@RequestParam(required = false) @Nullable String responsibleUnit,
			@RequestParam(required = false) @Nullable String period, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		PlanKind k = PlanKind.parse(kind);
		PlanTexts t = this.pages.texts();
		return this.pages.act(
				() -> this.content.addMeasure(fy, code, k,
						new MeasureInput(PlanForms.integer("indicatorNumber", indicatorNumber, t), issue, measure,
								PlanForms.lines(guidelines).stream().map(s -> (String) s).toList(), responsibleUnit,
								period),
						PlanForms.user()),
				PlanPageModel.base(code, fy, k) + "/measures", "planning.flash.saved", redirect, model, response,
				() -> measures(code, fy, kind, null, model));
	}

	/**
	 * The in-place edit of a measure; refused, the page shows the form open with the
	 * error.
	 */
	@PostMapping("/plans/{code}/{fy}/{kind}/measures/{id}")
	String updateMeasure(@PathVariable String code, @PathVariable int fy, @PathVariable String kind,
			@PathVariable long id, @RequestParam java.util.Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		PlanKind k = PlanKind.parse(kind);
		PlanTexts t = this.pages.texts();
		return this.pages.act(
				() -> this.content.updateMeasure(fy, code, k, id,
						new MeasureInput(PlanForms.integer("indicatorNumber", form.get("indicatorNumber"), t),
								form.get("issue"), form.get("measure"),
								PlanForms.lines(form.get("guidelines")).stream().map(s -> (String) s).toList(),
								form.get("responsibleUnit"), form.get("period")),
						PlanForms.user()),
				PlanPageModel.base(code, fy, k) + "/measures#measure-" + id, "planning.flash.saved", redirect, model,
				response, () -> {
					EditForms.posted("measure-" + id, form, null, model);
					return measures(code, fy, kind, null, model);
				});
	}

	@PostMapping("/plans/{code}/{fy}/{kind}/measures/{id}/delete")
	String deleteMeasure(@PathVariable String code, @PathVariable int fy, @PathVariable String kind,
			@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		PlanKind k = PlanKind.parse(kind);
		return this.pages.act(() -> this.content.deleteMeasure(fy, code, k, id, PlanForms.user()),
				PlanPageModel.base(code, fy, k) + "/measures", "planning.flash.deleted", redirect, model, response,
				() -> measures(code, fy, kind, null, model));
	}

	@GetMapping("/plans/{code}/{fy}/{kind}/projects")
	String projects(@PathVariable String code, @PathVariable int fy, @PathVariable String kind, Model model) {
		var plan = this.pages.fill(code, fy, PlanKind.parse(kind), model);
		EditForms.activities(plan, model);
		java.util.Map<String, String> text = new java.util.HashMap<>();
		for (var p : plan.projects()) {
			text.put(p.id() + "-objectives", PlanForms.unlines(p.objectives()));
			text.put(p.id() + "-expectedImpact", PlanForms.unlines(p.expectedImpact()));
			text.put(p.id() + "-monitoring", PlanForms.unlines(p.monitoring()));
			text.put(p.id() + "-kpiTargets", PlanForms.untargets(p.kpiTargets()));
			text.put(p.id() + "-advisers", PlanForms.unpeople(p.advisers()));
			text.put(p.id() + "-workingGroup", PlanForms.unpeople(p.workingGroup()));
			text.put(p.id() + "-editors", PlanForms.unpeople(p.editors()));
		}
		model.addAttribute("formText", text);
		return "planning/projects";
	}

	@PostMapping("/plans/{code}/{fy}/{kind}/projects")
	String addProject(@PathVariable String code, @PathVariable int fy, @PathVariable String kind,
			@RequestParam(required = false) @Nullable String name, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		PlanKind k = PlanKind.parse(kind);
		return this.pages.act(() -> this.content.addProject(fy, code, k, ProjectInput.named(name), PlanForms.user()),
				PlanPageModel.base(code, fy, k) + "/projects", "planning.flash.saved", redirect, model, response,
				() -> projects(code, fy, kind, model));
	}

	@PostMapping("/plans/{code}/{fy}/{kind}/projects/{id}")
	String updateProject(@PathVariable String code, @PathVariable int fy, @PathVariable String kind,
			@PathVariable long id, ProjectForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		PlanKind k = PlanKind.parse(kind);
		return this.pages.act(
				() -> this.content.updateProject(fy, code, k, id, form.input(this.pages.texts()), PlanForms.user()),
				PlanPageModel.base(code, fy, k) + "/projects#project-" + id, "planning.flash.saved", redirect, model,
				response, () -> projects(code, fy, kind, model));
	}

	@PostMapping("/plans/{code}/{fy}/{kind}/projects/{id}/activities")
	String addActivity(@PathVariable String code, @PathVariable int fy, @PathVariable String kind,
			@PathVariable long id, ActivityForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		PlanKind k = PlanKind.parse(kind);
		model.addAttribute("errorProject", id);
		return this.pages.act(
				() -> this.content.addActivity(fy, code, k, id, form.input(this.pages.texts()), PlanForms.user()),
				PlanPageModel.base(code, fy, k) + "/projects#project-" + id, "planning.flash.saved", redirect, model,
				response, () -> projects(code, fy, kind, model));
	}

	/**
	 * The in-place edit of an activity; refused, the form is shown open with the error.
	 */
	@PostMapping("/plans/{code}/{fy}/{kind}/activities/{id}")
	String updateActivity(@PathVariable String code, @PathVariable int fy, @PathVariable String kind,
			@PathVariable long id, ActivityForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		PlanKind k = PlanKind.parse(kind);
		return this.pages.act(
				() -> this.content.updateActivity(fy, code, k, id, form.input(this.pages.texts()), PlanForms.user()),
				PlanPageModel.base(code, fy, k) + "/projects#activity-" + id, "planning.flash.saved", redirect, model,
				response, () -> {
					EditForms.posted("activity-" + id, form.fields(), form.months(), model);
					return projects(code, fy, kind, model);
				});
	}

	@PostMapping("/plans/{code}/{fy}/{kind}/activities/{id}/delete")
	String deleteActivity(@PathVariable String code, @PathVariable int fy, @PathVariable String kind,
			@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		PlanKind k = PlanKind.parse(kind);
		return this.pages.act(() -> this.content.deleteActivity(fy, code, k, id, PlanForms.user()),
				PlanPageModel.base(code, fy, k) + "/projects", "planning.flash.deleted", redirect, model, response,
				() -> projects(code, fy, kind, model));
	}

	/** The narrative form of a project (lists one per line). */
	record ProjectForm(@Nullable String name, @Nullable String rationale, @Nullable String objectives,
			@Nullable String goals, @Nullable String targetGroup, @Nullable String targetSize,
			@Nullable String kpiTargets, @Nullable String durationFrom, @Nullable String durationTo,
			@Nullable String place, @Nullable String expectedImpact, @Nullable String monitoring,
			@Nullable String advisers, @Nullable String workingGroup, @Nullable String editors) {

		ProjectInput input(PlanTexts t) {
			return new ProjectInput(this.name, this.rationale, strings(this.objectives), this.goals, this.targetGroup,
					PlanForms.integer("targetSize", this.targetSize, t),
					List.copyOf(PlanForms.targets(this.kpiTargets)),
					PlanForms.date("durationFrom", this.durationFrom, t),
					PlanForms.date("durationTo", this.durationTo, t), this.place, strings(this.expectedImpact),
					strings(this.monitoring), List.copyOf(PlanForms.people(this.advisers)),
					List.copyOf(PlanForms.people(this.workingGroup)), List.copyOf(PlanForms.people(this.editors)));
		}

	}

	/** An activity as the editor posts it; {@code months} are the ticked check boxes. */
	record ActivityForm(@Nullable String code, @Nullable String groupName, @Nullable String name, @Nullable String kpi,
			@Nullable String unit, @Nullable String targetQuantity, @Nullable String budget,
			@Nullable List<String> months, @Nullable String responsibleGroup, @Nullable String strategyTargets) {

		ActivityInput input(PlanTexts t) {
			return new ActivityInput(this.code, this.groupName, this.name, this.kpi, this.unit,
					PlanForms.decimal("targetQuantity", this.targetQuantity, t),
					PlanForms.decimal("budget", this.budget, t),
					(this.months != null) ? List.copyOf(this.months) : List.of(), this.responsibleGroup,
					strings(this.strategyTargets));
		}

		/** The typed text by field name, to show a refused form again. */
		java.util.Map<String, String> fields() {
			java.util.Map<String, String> f = new java.util.HashMap<>();
			f.put("code", orEmpty(this.code));
			f.put("groupName", orEmpty(this.groupName));
			f.put("name", orEmpty(this.name));
			f.put("kpi", orEmpty(this.kpi));
			f.put("unit", orEmpty(this.unit));
			f.put("targetQuantity", orEmpty(this.targetQuantity));
			f.put("budget", orEmpty(this.budget));
			f.put("responsibleGroup", orEmpty(this.responsibleGroup));
			f.put("strategyTargets", orEmpty(this.strategyTargets));
			return f;
		}

		private static String orEmpty(@Nullable String s) {
			return (s != null) ? s : "";
		}

	}

	static List<@Nullable String> strings(@Nullable String text) {
		return List.copyOf(PlanForms.lines(text));
	}

}
