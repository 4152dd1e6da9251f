package th.ita.oit.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import th.ita.assessment.Activity;
import th.ita.assessment.Rounds;
import th.ita.oit.evidence.EvidenceQueries;
import th.ita.oit.evidence.EvidenceService;
import th.ita.oit.evidence.OitTexts;
import th.ita.oit.evidence.ReviewStage;
import th.ita.oit.evidence.TransitionRefusedException;
import th.ita.shared.ConflictException;
import th.ita.shared.FieldException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The assessor's side: the queue of assigned agencies and one item's review page, where
 * opening the item requests fresh link checks.
 */
@Controller
class ReviewPageController {

	private final EvidenceService evidence;

	private final EvidenceQueries queries;

	private final Rounds rounds;

	private final OitTexts texts;

	ReviewPageController(EvidenceService evidence, EvidenceQueries queries, Rounds rounds, OitTexts texts) {
		this.evidence = evidence;
		this.queries = queries;
		this.rounds = rounds;
		this.texts = texts;
	}

	@GetMapping("/review/{fiscalYear}")
	String queue(@PathVariable int fiscalYear, Model model) {
		model.addAttribute("fiscalYear", fiscalYear);
		model.addAttribute("queue", this.queries.queue(fiscalYear, OitForms.user()));
		return "oit/queue";
	}

	@GetMapping("/review/{fiscalYear}/{agencyCode}/{itemCode}")
	String item(@PathVariable int fiscalYear, @PathVariable String agencyCode, @PathVariable String itemCode,
			Model model) {
		model.addAttribute("item", this.queries.open(fiscalYear, agencyCode, itemCode, OitForms.user()));
		return page(fiscalYear, agencyCode, model);
	}

	@PostMapping("/review/{fiscalYear}/{agencyCode}/{itemCode}")
	String review(@PathVariable int fiscalYear, @PathVariable String agencyCode, @PathVariable String itemCode,
			@RequestParam(required = false) @Nullable String verdict,
			@RequestParam(required = false) @Nullable String reasonCode,
			@RequestParam(required = false) @Nullable String reasonText,
			@RequestParam(required = false) @Nullable String comment, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			this.evidence.review(fiscalYear, agencyCode, itemCode, verdict, reasonCode, reasonText, comment, null,
					OitForms.user());
		}
		catch (FieldException ex) {
			return error(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage(), fiscalYear, agencyCode, itemCode, model,
					response);
		}
		catch (ConflictException ex) {
			return error(HttpStatus.CONFLICT, ex.getMessage(), fiscalYear, agencyCode, itemCode, model, response);
		}
		catch (TransitionRefusedException ex) {
			return error(HttpStatus.CONFLICT, this.texts.transition(ex), fiscalYear, agencyCode, itemCode, model,
					response);
		}
		redirect.addFlashAttribute("flash", "oit.review.sent");
		return "redirect:/review/" + fiscalYear + "/" + agencyCode + "/" + itemCode;
	}

	/** A system admin reopens a locked item, with a reason. */
	@PostMapping("/review/{fiscalYear}/{agencyCode}/{itemCode}/reopen")
	String reopen(@PathVariable int fiscalYear, @PathVariable String agencyCode, @PathVariable String itemCode,
			@RequestParam(required = false) @Nullable String reason, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			this.evidence.reopen(fiscalYear, agencyCode, itemCode, reason, OitForms.user());
		}
		catch (FieldException ex) {
			return error(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage(), fiscalYear, agencyCode, itemCode, model,
					response);
		}
		catch (TransitionRefusedException ex) {
			return error(HttpStatus.CONFLICT, this.texts.transition(ex), fiscalYear, agencyCode, itemCode, model,
					response);
		}
		redirect.addFlashAttribute("flash", "oit.review.reopened");
		return "redirect:/review/" + fiscalYear + "/" + agencyCode + "/" + itemCode;
	}

	private String error(HttpStatus status, @Nullable String message, int fiscalYear, String agencyCode,
			String itemCode, Model model, HttpServletResponse response) {
		response.setStatus(status.value());
		model.addAttribute("error", message);
		model.addAttribute("item", this.queries.item(fiscalYear, agencyCode, itemCode, OitForms.user()));
		return page(fiscalYear, agencyCode, model);
	}

	private String page(int fiscalYear, String agencyCode, Model model) {
		ReviewStage stage = this.rounds.isOpen(fiscalYear, Activity.OIT_CONFIRMATION) ? ReviewStage.CONFIRMATION
				: this.rounds.isOpen(fiscalYear, Activity.OIT_REVIEW) ? ReviewStage.FIRST_REVIEW : null;
		model.addAttribute("fiscalYear", fiscalYear);
		model.addAttribute("agencyCode", agencyCode);
		model.addAttribute("stage", stage);
		model.addAttribute("canReopen", OitForms.user().isSystemAdmin());
		return "oit/review";
	}

}
