package th.ita.planning.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import th.ita.planning.PlanKind;
import th.ita.planning.domain.PlanAccess;
import th.ita.planning.domain.PlanQueries;
import th.ita.planning.domain.PlanService;
import th.ita.shared.FieldException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An agency's plans, one plan's overview with its workflow (submit, return, approve,
 * publish, publish the progress report) and the analysis of the weak indicators.
 */
@Controller
class PlanPagesController {

	private final PlanService plans;

	private final PlanQueries queries;

	private final PlanAccess access;

	private final PlanPageModel pages;

	PlanPagesController(PlanService plans, PlanQueries queries, PlanAccess access, PlanPageModel pages) {
		this.plans = plans;
		this.queries = queries;
		this.access = access;
		this.pages = pages;
	}

	@GetMapping("/plans")
	String list(@RequestParam(required = false) @Nullable String agency, Model model) {
		String code = PlanForms.agency(agency);
		model.addAttribute("agencyCode", code);
		model.addAttribute("plans", this.queries.list(code, PlanForms.user()));
		model.addAttribute("kinds", PlanKind.values());
		model.addAttribute("canCreate", this.access.canEdit(code, PlanForms.user()));
		return "planning/plans";
	}

	@PostMapping("/plans")
	String create(@RequestParam(required = false) @Nullable String fiscalYear,
			@RequestParam(required = false) @Nullable String kind, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		String code = PlanForms.agency(null);
		Integer fy = PlanForms.integer("fiscalYear", fiscalYear, this.pages.texts());
		PlanKind k = PlanKind.parse((kind != null) ? kind : "integrity");
		String back = (fy != null) ? PlanPageModel.base(code, fy, k) : "/plans";
		return this.pages.act(() -> {
			if (fy == null) {
				throw new FieldException("fiscalYear", this.pages.texts().get("planning.error.required"));
			}
			this.plans.create(fy, code, k, PlanForms.user());
		}, back, "planning.flash.created", redirect, model, response, () -> list(null, model));
	}

	@GetMapping("/plans/{code}/{fy}/{kind}")
	String overview(@PathVariable String code, @PathVariable int fy, @PathVariable String kind, Model model) {
		this.pages.fill(code, fy, PlanKind.parse(kind), model);
		return "planning/plan";
	}

	@PostMapping("/plans/{code}/{fy}/{kind}/{action:submit|return|approve|publish|publish-progress|reopen}")
	String transition(@PathVariable String code, @PathVariable int fy, @PathVariable String kind,
			@PathVariable String action, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		PlanKind k = PlanKind.parse(kind);
		Runnable command = switch (action) {
			case "submit" -> () -> this.plans.submit(fy, code, k, PlanForms.user());
			case "return" -> () -> this.plans.returnToDraft(fy, code, k, PlanForms.user());
			case "approve" -> () -> this.plans.approve(fy, code, k, PlanForms.user());
			case "publish" -> () -> this.plans.publish(fy, code, k, PlanForms.user());
			case "reopen" -> () -> this.plans.reopen(fy, code, k, PlanForms.user());
			default -> () -> this.plans.publishProgress(fy, code, k, PlanForms.user());
		};
		return this.pages.act(command, PlanPageModel.base(code, fy, k), "planning.flash." + action, redirect, model,
				response, () -> overview(code, fy, kind, model));
	}

	@GetMapping("/plans/{code}/{fy}/{kind}/analysis")
	String analysis(@PathVariable String code, @PathVariable int fy, @PathVariable String kind, Model model) {
		this.pages.fill(code, fy, PlanKind.parse(kind), model);
		return "planning/analysis";
	}

	@PostMapping("/plans/{code}/{fy}/{kind}/analysis/{indicator}")
	String saveAnalysis(@PathVariable String code, @PathVariable int fy, @PathVariable String kind,
			@PathVariable int indicator, @RequestParam(required = false) @Nullable String analysis, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		PlanKind k = PlanKind.parse(kind);
		return this.pages.act(() -> this.plans.saveAnalysis(fy, code, k, indicator, analysis, PlanForms.user()),
				PlanPageModel.base(code, fy, k) + "/analysis", "planning.flash.saved", redirect, model, response,
				() -> analysis(code, fy, kind, model));
	}

}
