package th.ita.assessment.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import th.ita.assessment.Activity;
import th.ita.assessment.Enrolment;
import th.ita.assessment.RoundSummary;
import th.ita.assessment.domain.EnrolmentService;
import th.ita.assessment.domain.RoundService;
import th.ita.framework.FrameworkCatalog;
import th.ita.shared.ConflictException;
import th.ita.shared.FieldException;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A round's overview for every signed-in user, and an agency's enrolment form (its own
 * agency admin, or a system admin with {@code ?agency=}).
 */
@Controller
class RoundPageController {

	private final RoundService rounds;

	private final EnrolmentService enrolments;

	private final FrameworkCatalog frameworks;

	RoundPageController(RoundService rounds, EnrolmentService enrolments, FrameworkCatalog frameworks) {
		this.rounds = rounds;
		this.enrolments = enrolments;
		this.frameworks = frameworks;
	}

	/** Every round, newest first: the way into each round's pages. */
	@GetMapping("/rounds")
	String list(Model model) {
		model.addAttribute("rounds", this.rounds.all());
		return "assessment/rounds";
	}

	@GetMapping("/rounds/{fiscalYear}")
	String overview(@PathVariable int fiscalYear, Model model) {
		RoundSummary round = this.rounds.get(fiscalYear);
		ItaPrincipal user = user();
		model.addAttribute("round", round);
		model.addAttribute("windows", WindowRow.of(round, this.rounds.today()));
		model.addAttribute("enrolmentCount", this.rounds.enrolmentCount(fiscalYear));
		model.addAttribute("ownEnrolment",
				(user.agencyCode() != null) ? this.rounds.enrolment(fiscalYear, user.agencyCode()).orElse(null) : null);
		return "assessment/round";
	}

	@GetMapping("/rounds/{fiscalYear}/enrolment")
	String enrolment(@PathVariable int fiscalYear, @RequestParam(required = false) @Nullable String agency,
			Model model) {
		Enrolment enrolment = this.enrolments.get(fiscalYear, agencyOf(agency), user());
		return form(enrolment, Map.of(), model);
	}

	@PostMapping("/rounds/{fiscalYear}/enrolment")
	String save(@PathVariable int fiscalYear, @RequestParam(required = false) @Nullable String agency,
			@RequestParam(name = "IIT", required = false) @Nullable String iit,
			@RequestParam(name = "EIT", required = false) @Nullable String eit, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		String code = agencyOf(agency);
		Enrolment current = this.enrolments.get(fiscalYear, code, user());
		Map<String, String> values = new LinkedHashMap<>();
		values.put("IIT", String.valueOf(iit));
		values.put("EIT", String.valueOf(eit));
		try {
			Map<String, @Nullable Integer> figures = new LinkedHashMap<>();
			Integer iitValue = number(iit);
			Integer eitValue = number(eit);
			if (iitValue != null) {
				figures.put("IIT", iitValue);
			}
			if (eitValue != null) {
				figures.put("EIT", eitValue);
			}
			this.enrolments.changePopulation(fiscalYear, code, figures, user());
		}
		catch (FieldException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("error", ex.getMessage());
			return form(current, values, model);
		}
		catch (ConflictException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("error", ex.getMessage());
			return form(current, values, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/rounds/" + fiscalYear + "/enrolment" + (user().isSystemAdmin() ? "?agency=" + code : "");
	}

	private String form(Enrolment enrolment, Map<String, String> values, Model model) {
		RoundSummary round = this.rounds.get(enrolment.fiscalYear());
		boolean started = round.window(Activity.COLLECTION).map(w -> w.hasStarted(this.rounds.today())).orElse(false);
		model.addAttribute("round", round);
		model.addAttribute("enrolment", enrolment);
		model.addAttribute("values", values);
		model.addAttribute("collection", round.window(Activity.COLLECTION).orElse(null));
		model.addAttribute("editable", !started && EnrolmentService.mayEdit(user(), enrolment.agencyCode()));
		model.addAttribute("groups",
				this.frameworks.respondentGroups(round.framework(), th.ita.framework.Instrument.EIT));
		return "assessment/enrolment";
	}

	private static @Nullable Integer number(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static String agencyOf(@Nullable String agency) {
		ItaPrincipal user = user();
		if (agency != null && !agency.isBlank()) {
			return agency.strip();
		}
		if (user.agencyCode() == null) {
			throw new NotFoundException("No agency");
		}
		return user.agencyCode();
	}

	private static ItaPrincipal user() {
		return ItaPrincipal.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

}
