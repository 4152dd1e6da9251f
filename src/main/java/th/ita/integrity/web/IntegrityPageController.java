package th.ita.integrity.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import th.ita.integrity.IntegrityDocument;
import th.ita.integrity.domain.ComplaintChannel;
import th.ita.integrity.domain.ComplaintService;
import th.ita.integrity.domain.DeclarationService;
import th.ita.integrity.domain.ExecutiveService;
import th.ita.integrity.domain.FollowUp;
import th.ita.integrity.domain.GiftAction;
import th.ita.integrity.domain.GiftService;
import th.ita.integrity.domain.IntegrityAccess;
import th.ita.integrity.domain.IntegrityTexts;
import th.ita.integrity.domain.PublicationService;
import th.ita.integrity.domain.RiskService;
import th.ita.integrity.domain.ValueBand;
import th.ita.shared.ConflictException;
import th.ita.shared.FieldException;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.ThaiDates;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static th.ita.integrity.web.DeclarationRestController.user;

/**
 * The agency's integrity pages for signed-in users: the overview (executive record,
 * announcements, publication workflow), the gift register (named: every view is audited),
 * the risk assessment with its heat map, and complaint statistics. Each POST validates
 * and redirects, or re-renders the page with the error (422, or 409 for a refused
 * transition).
 */
@Controller
@RequestMapping("/agencies/{code}/integrity")
class IntegrityPageController {

	private final IntegrityAccess access;

	private final ExecutiveService executives;

	private final DeclarationService declarations;

	private final PublicationService publications;

	private final GiftService gifts;

	private final RiskService risks;

	private final ComplaintService complaints;

	private final IntegrityTexts texts;

	IntegrityPageController(IntegrityAccess access, ExecutiveService executives, DeclarationService declarations,
			PublicationService publications, GiftService gifts, RiskService risks, ComplaintService complaints,
			IntegrityTexts texts) {
		this.access = access;
		this.executives = executives;
		this.declarations = declarations;
		this.publications = publications;
		this.gifts = gifts;
		this.risks = risks;
		this.complaints = complaints;
		this.texts = texts;
	}

	@GetMapping
	String overview(@PathVariable String code, @RequestParam(required = false) @Nullable Integer fiscalYear,
			Model model) {
		int year = year(fiscalYear);
		ItaPrincipal user = user();
		common(code, year, user, model);
		model.addAttribute("signer", this.executives.read(code, user).orElse(null));
		model.addAttribute("announcements", this.declarations.list(code, year, user));
		model.addAttribute("publications", this.publications.all(code, year));
		model.addAttribute("kinds", new IntegrityDocument[] { IntegrityDocument.INTEGRITY_INTENT,
				IntegrityDocument.NO_GIFT_POLICY, IntegrityDocument.INTEGRITY_POLICY });
		return "integrity/overview";
	}

	@PostMapping("/executive")
	String saveExecutive(@PathVariable String code, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		int year = year(null);
		return act(() -> {
			this.executives.save(code, form.get("nameTh"), form.get("positionTh"), form.get("nameEn"),
					form.get("positionEn"), user());
			return "integrity.page.saved";
		}, () -> overview(code, year, model), base(code, year, ""), model, response, redirect);
	}

	@PostMapping("/declarations")
	String createDeclaration(@PathVariable String code, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		int year = intOr(form.get("fiscalYear"), year(null));
		return act(() -> {
			this.declarations.create(code, form.get("kind"), year, date("issuedOn", form.get("issuedOn")),
					form.containsKey("thaiNumerals"), user());
			return "integrity.page.saved";
		}, () -> overview(code, year, model), base(code, year, ""), model, response, redirect);
	}

	@PostMapping("/publications/{fiscalYear}/{document}/{action}")
	String transition(@PathVariable String code, @PathVariable int fiscalYear, @PathVariable String document,
			@PathVariable String action, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		IntegrityDocument d = PublicationRestController.document(document);
		return act(() -> {
			switch (action) {
				case "approve" -> this.publications.approve(code, fiscalYear, d, user());
				case "publish" -> this.publications.publish(code, fiscalYear, d, user());
				case "withdraw" -> this.publications.withdraw(code, fiscalYear, d, user());
				default -> throw new th.ita.shared.NotFoundException("No action " + action);
			}
			return "integrity.page." + action;
		}, () -> overview(code, fiscalYear, model), base(code, fiscalYear, ""), model, response, redirect);
	}

	@GetMapping("/gifts")
	String gifts(@PathVariable String code, @RequestParam(required = false) @Nullable Integer fiscalYear, Model model) {
		int year = year(fiscalYear);
		ItaPrincipal user = user();
		common(code, year, user, model);
		frozen(code, year, IntegrityDocument.GIFT_REPORT, model);
		model.addAttribute("gifts", this.gifts.named(code, year, user));
		model.addAttribute("summary", this.gifts.summary(code, year, user));
		model.addAttribute("actions", GiftAction.values());
		model.addAttribute("bands", ValueBand.values());
		return "integrity/gifts";
	}

	@PostMapping("/gifts")
	String recordGift(@PathVariable String code, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		int year = intOr(form.get("fiscalYear"), year(null));
		return act(() -> {
			this.gifts.record(code,
					new GiftService.Input(date("receivedOn", form.get("receivedOn")), form.get("giver"),
							form.get("relation"), form.get("item"), money(form.get("value")), form.get("action"),
							form.get("recordedBy")),
					user());
			return "integrity.page.saved";
		}, () -> gifts(code, year, model), base(code, year, "/gifts"), model, response, redirect);
	}

	@GetMapping("/risks")
	String risks(@PathVariable String code, @RequestParam(required = false) @Nullable Integer fiscalYear, Model model) {
		int year = year(fiscalYear);
		ItaPrincipal user = user();
		common(code, year, user, model);
		frozen(code, year, IntegrityDocument.RISK_ASSESSMENT, model);
		var list = this.risks.list(code, year, user);
		model.addAttribute("risks", list);
		model.addAttribute("heatMap", RiskService.heatMap(code, year, list));
		model.addAttribute("followUps", FollowUp.values());
		return "integrity/risks";
	}

	@PostMapping("/risks")
	String createRisk(@PathVariable String code, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		int year = intOr(form.get("fiscalYear"), year(null));
		return act(() -> {
			this.risks.create(code,
					new RiskService.Input(year, form.get("process"), form.get("description"),
							integer("likelihood", form.get("likelihood")), integer("impact", form.get("impact")),
							form.get("existingControls"), form.get("newControls"), form.get("owner"),
							form.get("followUp"), form.get("result")),
					user());
			return "integrity.page.saved";
		}, () -> risks(code, year, model), base(code, year, "/risks"), model, response, redirect);
	}

	@GetMapping("/complaints")
	String complaints(@PathVariable String code, @RequestParam(required = false) @Nullable Integer fiscalYear,
			Model model) {
		int year = year(fiscalYear);
		ItaPrincipal user = user();
		common(code, year, user, model);
		frozen(code, year, IntegrityDocument.COMPLAINT_STATS, model);
		model.addAttribute("stats", this.complaints.stats(code, year, user));
		model.addAttribute("channels", ComplaintChannel.values());
		return "integrity/complaints";
	}

	@PostMapping("/complaints")
	String saveComplaints(@PathVariable String code, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		int year = intOr(form.get("fiscalYear"), year(null));
		return act(() -> {
			this.complaints.save(code, year, String.valueOf(form.get("channel")),
					integer("received", form.get("received")), integer("completed", form.get("completed")),
					integer("inProgress", form.get("inProgress")), user());
			return "integrity.page.saved";
		}, () -> complaints(code, year, model), base(code, year, "/complaints"), model, response, redirect);
	}

	private void common(String code, int year, ItaPrincipal user, Model model) {
		model.addAttribute("agency", this.access.requireView(code, user));
		model.addAttribute("fiscalYear", year);
		model.addAttribute("canEdit", this.access.canEdit(code, user));
		model.addAttribute("canApprove", this.access.canApprove(code, user));
	}

	/**
	 * A register whose document is approved or published: a notice instead of the form.
	 */
	private void frozen(String code, int year, IntegrityDocument document, Model model) {
		var p = this.publications.find(code, year, document);
		if (p.status() != th.ita.integrity.domain.Publication.Status.DRAFT) {
			model.addAttribute("frozenNotice",
					this.texts.get("integrity.page.frozen", this.texts.get(document.messageKey()), String.valueOf(year),
							this.texts.get("integrity.status." + p.status().name())));
			model.addAttribute("canEdit", false);
		}
	}

	/** Runs a command: redirect with a flash message, or re-render with the error. */
	private String act(Supplier<String> command, Supplier<String> page, String redirectTo, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("flash", command.get());
			return "redirect:" + redirectTo;
		}
		catch (FieldException ex) {
			response.setStatus(422);
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("errorField", ex.field());
		}
		catch (ConflictException ex) {
			response.setStatus(409);
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("errorField", ex.field());
		}
		return page.get();
	}

	private static String base(String code, int year, String page) {
		return "/agencies/" + code + "/integrity" + page + "?fiscalYear=" + year;
	}

	private static int year(@Nullable Integer fiscalYear) {
		return (fiscalYear != null) ? fiscalYear : ThaiDates.fiscalYear(LocalDate.now(ThaiDates.BANGKOK));
	}

	private static int intOr(@Nullable String text, int fallback) {
		try {
			return (text == null || text.isBlank()) ? fallback : Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

	private @Nullable LocalDate date(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new FieldException(field, this.texts.get("integrity.error.date"));
		}
	}

	private @Nullable Integer integer(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new FieldException(field, this.texts.get("integrity.error.number"));
		}
	}

	private @Nullable BigDecimal money(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(",", ""));
		}
		catch (NumberFormatException ex) {
			throw new FieldException("value", this.texts.get("integrity.error.money"));
		}
	}

}
