package th.ita.web;

import java.time.LocalDate;
import java.util.Set;

import th.ita.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The policy pages every page links to from its footer: website policy, privacy notice
 * (PDPA s.23), cookie policy, website security policy and contact. Public.
 */
@Controller
class PolicyController {

	static final Set<String> PAGES = Set.of("website", "privacy", "cookies", "security", "contact");

	/** When the texts were last revised; change it with every revision of a policy. */
	static final LocalDate UPDATED = LocalDate.of(2026, 11, 23);

	@GetMapping("/policies/{page}")
	String policy(@PathVariable String page, Model model) {
		if (!PAGES.contains(page)) {
			throw new NotFoundException("No policy page " + page);
		}
		model.addAttribute("updated", UPDATED);
		return "web/policies/" + page;
	}

}
