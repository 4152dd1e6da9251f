package th.ita.planning.web;

import th.ita.planning.PlanDocument;
import th.ita.planning.PlanKind;
import th.ita.planning.domain.ImageQueries;
import th.ita.planning.domain.PlanQueries;
import th.ita.planning.rest.PlanningImages;
import th.ita.shared.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The stable public pages of published plans and progress reports (no sign-in): a 404
 * until published, so an unpublished draft never leaks.
 */
@Controller
class PublicPlanController {

	private final PlanQueries queries;

	private final ImageQueries images;

	PublicPlanController(PlanQueries queries, ImageQueries images) {
		this.queries = queries;
		this.images = images;
	}

	@GetMapping("/public/agencies/{code}/plans/{fy}")
	String integrity(@PathVariable String code, @PathVariable int fy, Model model) {
		return page(code, fy, PlanKind.INTEGRITY, false, model);
	}

	@GetMapping("/public/agencies/{code}/plans/{fy}/progress")
	String integrityProgress(@PathVariable String code, @PathVariable int fy, Model model) {
		return page(code, fy, PlanKind.INTEGRITY, true, model);
	}

	@GetMapping("/public/agencies/{code}/plans/{fy}/anti-corruption")
	String antiCorruption(@PathVariable String code, @PathVariable int fy, Model model) {
		return page(code, fy, PlanKind.ANTI_CORRUPTION, false, model);
	}

	@GetMapping("/public/agencies/{code}/plans/{fy}/anti-corruption/progress")
	String antiCorruptionProgress(@PathVariable String code, @PathVariable int fy, Model model) {
		return page(code, fy, PlanKind.ANTI_CORRUPTION, true, model);
	}

	@GetMapping("/public/agencies/{code}/plans/{fy}/images/{id}")
	ResponseEntity<byte[]> image(@PathVariable String code, @PathVariable int fy, @PathVariable long id) {
		return PlanningImages.response(this.images.publicImage(fy, code, PlanKind.INTEGRITY, id));
	}

	@GetMapping("/public/agencies/{code}/plans/{fy}/anti-corruption/images/{id}")
	ResponseEntity<byte[]> antiCorruptionImage(@PathVariable String code, @PathVariable int fy, @PathVariable long id) {
		return PlanningImages.response(this.images.publicImage(fy, code, PlanKind.ANTI_CORRUPTION, id));
	}

	private String page(String code, int fy, PlanKind kind, boolean progress, Model model) {
		PlanDocument plan = this.queries.plan(fy, code, kind)
			.filter(p -> progress ? p.progressPublishedAt() != null : p.publishedAt() != null)
			.orElseThrow(() -> new NotFoundException("Not published"));
		model.addAttribute("plan", plan);
		model.addAttribute("months", MonthColumns.of(fy));
		model.addAttribute("imageBase", plan.publicUrl() + "/images/");
		return progress ? "planning/public-progress" : "planning/public";
	}

}
