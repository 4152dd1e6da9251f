package th.ita.planning.web;

import jakarta.servlet.http.HttpServletResponse;
import th.ita.planning.PlanDocument;
import th.ita.planning.PlanKind;
import th.ita.planning.PlanStatus;
import th.ita.planning.domain.PlanAccess;
import th.ita.planning.domain.PlanQueries;
import th.ita.planning.domain.PlanTexts;
import th.ita.planning.domain.PlanTransitionException;
import th.ita.planning.domain.SuggestionService;
import th.ita.shared.ConflictException;
import th.ita.shared.FieldException;
import th.ita.shared.ItaPrincipal;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every page of a plan shows (the plan, its months, what the user may do) and how a
 * form post ends: a redirect with a flash message, or the page again (200, like the
 * survey pages, so browsers log no failed load) with the error naming the field and the
 * typed values kept.
 */
@Component
class PlanPageModel {

	private final PlanQueries queries;

	private final PlanAccess access;

	private final PlanTexts texts;

	private final SuggestionService suggestions;

	PlanPageModel(PlanQueries queries, PlanAccess access, PlanTexts texts, SuggestionService suggestions) {
		this.queries = queries;
		this.access = access;
		this.texts = texts;
		this.suggestions = suggestions;
	}

	PlanTexts texts() {
		return this.texts;
	}

	SuggestionService suggestions() {
		return this.suggestions;
	}

	static String base(String code, int fy, PlanKind kind) {
		return "/plans/" + code + "/" + fy + "/" + kind.slug();
	}

	PlanDocument fill(String code, int fy, PlanKind kind, Model model) {
		ItaPrincipal user = PlanForms.user();
		PlanDocument plan = this.queries.view(fy, code, kind, user);
		boolean draft = plan.status() == PlanStatus.DRAFT;
		boolean published = plan.status() == PlanStatus.PUBLISHED;
		model.addAttribute("plan", plan);
		model.addAttribute("months", MonthColumns.of(fy));
		model.addAttribute("base", base(code, fy, kind));
		model.addAttribute("imageBase", "/api/v1/agencies/" + code + "/plans/" + fy + "/" + kind.slug() + "/images/");
		model.addAttribute("canEdit", draft && this.access.canEdit(code, user));
		model.addAttribute("canRecord", published && this.access.canEdit(code, user));
		model.addAttribute("canApprove", this.access.canApprove(code, user));
		return plan;
	}

	/** Runs a form command: redirects to {@code back} on success, else re-renders. */
	String act(Runnable command, String back, String done, RedirectAttributes redirect, Model model,
			HttpServletResponse response, java.util.function.Supplier<String> page) {
		try {
			command.run();
		}
		catch (FieldException ex) {
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("errorField", ex.field());
			return page.get();
		}
		catch (ConflictException ex) {
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("errorField", ex.field());
			return page.get();
		}
		catch (PlanTransitionException ex) {
			model.addAttribute("error", this.texts.transition(ex));
			model.addAttribute("errorField", "status");
			return page.get();
		}
		redirect.addFlashAttribute("flash", done);
		return "redirect:" + back;
	}

}
