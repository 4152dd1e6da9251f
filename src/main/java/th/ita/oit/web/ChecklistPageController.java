package th.ita.oit.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import th.ita.assessment.Activity;
import th.ita.assessment.Rounds;
import th.ita.oit.evidence.EvidenceInput.UrlInput;
import th.ita.oit.evidence.EvidenceQueries;
import th.ita.oit.evidence.EvidenceService;
import th.ita.oit.evidence.EvidenceStatus;
import th.ita.oit.evidence.EvidenceViews.Checklist;
import th.ita.oit.evidence.EvidenceViews.ItemState;
import th.ita.oit.evidence.OitTexts;
import th.ita.oit.evidence.SiteUrl;
import th.ita.oit.evidence.TransitionRefusedException;
import th.ita.shared.ConflictException;
import th.ita.shared.FieldException;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.NotFoundException;
import th.ita.shared.Role;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An agency's OIT checklist: every item with its requirement, status, URLs and link
 * checks, the assessors' verdicts and the deadlines; forms to save, submit and clarify.
 * Agency users see their own agency; others pass {@code ?agency=}.
 */
@Controller
class ChecklistPageController {

	private final EvidenceService evidence;

	private final EvidenceQueries queries;

	private final Rounds rounds;

	private final OitTexts texts;

	private final SiteUrl site;

	ChecklistPageController(EvidenceService evidence, EvidenceQueries queries, Rounds rounds, OitTexts texts,
			SiteUrl site) {
		this.site = site;
		this.evidence = evidence;
		this.queries = queries;
		this.rounds = rounds;
		this.texts = texts;
	}

	@GetMapping("/rounds/{fiscalYear}/oit")
	String checklist(@PathVariable int fiscalYear, @RequestParam(required = false) @Nullable String agency,
			Model model) {
		return page(fiscalYear, agencyOf(agency), null, null, model);
	}

	@PostMapping("/rounds/{fiscalYear}/oit/items/{itemCode}")
	String save(@PathVariable int fiscalYear, @PathVariable String itemCode,
			@RequestParam(required = false) @Nullable String note,
			@RequestParam(required = false) @Nullable Long version, HttpServletRequest request, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		String agency = agencyOf(null);
		List<@Nullable UrlInput> urls = OitForms.posted(request);
		return act(fiscalYear, agency, itemCode, urls, model, response, redirect, "oit.checklist.saved",
				() -> this.evidence.save(fiscalYear, agency, itemCode, urls, note, version, OitForms.user()));
	}

	@PostMapping("/rounds/{fiscalYear}/oit/items/{itemCode}/submit")
	String submit(@PathVariable int fiscalYear, @PathVariable String itemCode, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		String agency = agencyOf(null);
		return act(fiscalYear, agency, itemCode, null, model, response, redirect, "oit.checklist.submitted",
				() -> this.evidence.submit(fiscalYear, agency, itemCode, OitForms.user()));
	}

	@PostMapping("/rounds/{fiscalYear}/oit/items/{itemCode}/use-offer")
	String useOffer(@PathVariable int fiscalYear, @PathVariable String itemCode, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		String agency = agencyOf(null);
		return act(fiscalYear, agency, itemCode, null, model, response, redirect, "oit.checklist.offerUsed",
				() -> this.evidence.useOffer(fiscalYear, agency, itemCode, this.site.base(), OitForms.user()));
	}

	@PostMapping("/rounds/{fiscalYear}/oit/submit")
	String submitAll(@PathVariable int fiscalYear, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		String agency = agencyOf(null);
		try {
			this.evidence.submitAll(fiscalYear, agency, OitForms.user());
		}
		catch (ConflictException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("error", ex.getMessage());
			return page(fiscalYear, agency, null, null, model);
		}
		redirect.addFlashAttribute("flash", "oit.checklist.submittedAll");
		return "redirect:/rounds/" + fiscalYear + "/oit";
	}

	@PostMapping("/rounds/{fiscalYear}/oit/items/{itemCode}/clarify")
	String clarify(@PathVariable int fiscalYear, @PathVariable String itemCode,
			@RequestParam(required = false) @Nullable String explanation, HttpServletRequest request, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		String agency = agencyOf(null);
		List<@Nullable UrlInput> urls = OitForms.posted(request);
		return act(fiscalYear, agency, itemCode, null, model, response, redirect, "oit.checklist.clarified",
				() -> this.evidence.clarify(fiscalYear, agency, itemCode, urls, explanation, OitForms.user()));
	}

	private String act(int fiscalYear, String agency, String itemCode, @Nullable List<@Nullable UrlInput> posted,
			Model model, HttpServletResponse response, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
		}
		catch (FieldException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("error", ex.getMessage());
			return page(fiscalYear, agency, itemCode, posted, model);
		}
		catch (ConflictException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("error", ex.getMessage());
			return page(fiscalYear, agency, itemCode, posted, model);
		}
		catch (TransitionRefusedException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("error", this.texts.transition(ex));
			return page(fiscalYear, agency, itemCode, posted, model);
		}
		redirect.addFlashAttribute("flash", done);
		return "redirect:/rounds/" + fiscalYear + "/oit#item-" + itemCode;
	}

	private String page(int fiscalYear, String agency, @Nullable String errorItem,
			@Nullable List<@Nullable UrlInput> posted, Model model) {
		ItaPrincipal user = OitForms.user();
		Checklist checklist = this.queries.checklist(fiscalYear, agency, user);
		Map<String, List<OitForms.Row>> rows = new LinkedHashMap<>();
		for (ItemState item : checklist.items()) {
			rows.put(item.itemCode(), OitForms.rows(item, item.itemCode().equals(errorItem) ? posted : null));
		}
		boolean ownAgency = agency.equals(user.agencyCode());
		boolean editor = ownAgency && (user.hasRole(Role.AGENCY_EDITOR) || user.hasRole(Role.AGENCY_ADMIN));
		model.addAttribute("checklist", checklist);
		model.addAttribute("rows", rows);
		model.addAttribute("errorItem", errorItem);
		model.addAttribute("activities", List.of(Activity.OIT_SUBMISSION, Activity.OIT_REVIEW,
				Activity.OIT_CLARIFICATION, Activity.OIT_CONFIRMATION));
		model.addAttribute("canEdit", editor && this.rounds.isOpen(fiscalYear, Activity.OIT_SUBMISSION));
		model.addAttribute("canSubmit", ownAgency && user.hasRole(Role.AGENCY_ADMIN)
				&& this.rounds.isOpen(fiscalYear, Activity.OIT_SUBMISSION));
		model.addAttribute("drafts",
				checklist.items().stream().filter(i -> i.status() == EvidenceStatus.DRAFT).count());
		model.addAttribute("canClarify", editor && this.rounds.isOpen(fiscalYear, Activity.OIT_CLARIFICATION));
		return "oit/checklist";
	}

	private static String agencyOf(@Nullable String agency) {
		ItaPrincipal user = OitForms.user();
		if (agency != null && !agency.isBlank()) {
			return agency.strip();
		}
		if (user.agencyCode() == null) {
			throw new NotFoundException("No agency");
		}
		return user.agencyCode();
	}

}
