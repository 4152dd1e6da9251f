package th.ita.framework.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import th.ita.framework.AnswerScale;
import th.ita.framework.FrameworkDefinition;
import th.ita.framework.domain.FrameworkService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Signed-in users browse the stored framework versions and their trees. */
@Controller
class FrameworkPageController {

	private final FrameworkService frameworks;

	FrameworkPageController(FrameworkService frameworks) {
		this.frameworks = frameworks;
	}

	@GetMapping("/frameworks")
	String list(Model model) {
		model.addAttribute("versions", this.frameworks.all());
		return "framework/list";
	}

	@GetMapping("/frameworks/{code}")
	String detail(@PathVariable String code, @RequestParam(required = false) @Nullable Integer version, Model model) {
		FrameworkDefinition definition = this.frameworks.resolve(code, version);
		List<AnswerScale> scales = new ArrayList<>(AnswerScale.BUILT_IN);
		scales.addAll(definition.scales());
		model.addAttribute("fw", definition);
		model.addAttribute("summary", this.frameworks.summary(definition));
		model.addAttribute("scales", scales);
		model.addAttribute("versions",
				this.frameworks.all().stream().filter(s -> s.ref().code().equals(definition.code())).toList());
		return "framework/detail";
	}

}
