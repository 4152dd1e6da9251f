package th.ita.planning.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import th.ita.planning.PlanDocument.Link;
import th.ita.planning.PlanKind;
import th.ita.planning.ProgressStatus;
import th.ita.planning.domain.PayloadTooLargeException;
import th.ita.planning.domain.PlanInput.ProgressInput;
import th.ita.planning.domain.PlanService;
import th.ita.planning.domain.PlanTexts;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The progress page: planned against spent with the over-budget and late flags, the
 * entries of each activity and measure, a form to record one and to attach images.
 */
@Controller
class ProgressPagesController {

	private final PlanService plans;

	private final PlanPageModel pages;

	ProgressPagesController(PlanService plans, PlanPageModel pages) {
		this.plans = plans;
		this.pages = pages;
	}

	@GetMapping("/plans/{code}/{fy}/{kind}/progress")
	String progress(@PathVariable String code, @PathVariable int fy, @PathVariable String kind, Model model) {
		this.pages.fill(code, fy, PlanKind.parse(kind), model);
		model.addAttribute("statuses", ProgressStatus.values());
		return "planning/progress";
	}

	@PostMapping("/plans/{code}/{fy}/{kind}/progress")
	String record(@PathVariable String code, @PathVariable int fy, @PathVariable String kind,
			@RequestParam(required = false) @Nullable String target,
			@RequestParam(required = false) @Nullable String date,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String percent,
			@RequestParam(required = false) @Nullable String spent,
			@RequestParam(required = false) @Nullable String narrative,
			@RequestParam(required = false) @Nullable String links, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		PlanKind k = PlanKind.parse(kind);
		PlanTexts t = this.pages.texts();
		return this.pages.act(() -> {
			Long activity = (target != null && target.startsWith("a")) ? PlanForms.id(target.substring(1)) : null;
			Long measure = (target != null && target.startsWith("m")) ? PlanForms.id(target.substring(1)) : null;
			List<@Nullable Link> urls = new ArrayList<>();
			PlanForms.lines(links).forEach(l -> urls.add(new Link(l, null)));
			this.plans.recordProgress(fy, code, k,
					new ProgressInput(activity, measure, PlanForms.date("date", date, t), status,
							PlanForms.integer("percent", percent, t), PlanForms.decimal("spent", spent, t), narrative,
							urls),
					PlanForms.user());
		}, PlanPageModel.base(code, fy, k) + "/progress", "planning.flash.recorded", redirect, model, response,
				() -> progress(code, fy, kind, model));
	}

	@PostMapping("/plans/{code}/{fy}/{kind}/progress/{entry}/images")
	String image(@PathVariable String code, @PathVariable int fy, @PathVariable String kind, @PathVariable long entry,
			@RequestParam(required = false) @Nullable MultipartFile file, Model model, HttpServletResponse response,
			RedirectAttributes redirect) throws IOException {
		PlanKind k = PlanKind.parse(kind);
		byte[] bytes = (file != null) ? file.getBytes() : new byte[0];
		try {
			return this.pages.act(() -> this.plans.addImage(fy, code, k, entry, bytes, PlanForms.user()),
					PlanPageModel.base(code, fy, k) + "/progress#entry-" + entry, "planning.flash.image", redirect,
					model, response, () -> progress(code, fy, kind, model));
		}
		catch (PayloadTooLargeException ex) {
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("errorField", "file");
			return progress(code, fy, kind, model);
		}
	}

}
