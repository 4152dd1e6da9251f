package th.ita.documents.web;

import java.util.List;
import java.util.Optional;

import th.ita.integrity.IntegrityDocument;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.ThaiDates;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /documents}: the download buttons of a round for the signed-in user: the
 * agency's scorecard, OIT checklist and announcements (agency users: their own agency;
 * the central team: any agency given), and for the central team the national summary and
 * the results of all agencies. The files themselves check access again.
 */
@Controller
class DocumentsPageController {

	@GetMapping("/documents")
	String documents(@RequestParam Optional<Integer> year, @RequestParam Optional<String> agency, Model model) {
		Optional<ItaPrincipal> user = ItaPrincipal.current();
		int fiscalYear = year.orElse(ThaiDates.fiscalYear(java.time.LocalDate.now(ThaiDates.BANGKOK)) - 1);
		String own = user.map(ItaPrincipal::agencyCode).orElse(null);
		String code = (own != null) ? own
				: agency.map(String::strip).filter(a -> a.matches("[A-Za-z0-9_-]{1,20}")).orElse(null);
		boolean central = user.map(u -> u.isSystemAdmin() || u.agencyCode() == null).orElse(false);
		model.addAttribute("year", fiscalYear);
		model.addAttribute("agency", code);
		model.addAttribute("central", central);
		model.addAttribute("announcements",
				List.of(IntegrityDocument.values()).stream().filter(IntegrityDocument::isAnnouncement).toList());
		return "documents/index";
	}

}
