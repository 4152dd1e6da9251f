package th.ita.planning.rest;

import java.util.List;

import org.jspecify.annotations.Nullable;
import th.ita.planning.domain.PlanInput.MeasureInput;
import th.ita.planning.domain.SuggestionService;
import th.ita.planning.domain.SuggestionService.Suggestion;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The suggested-measure library: read by signed-in users (without the retired ones,
 * unless {@code retired=true} by the central team), edited, retired and restored by
 * system admins.
 */
@RestController
@RequestMapping("/api/v1/plans/suggested-measures")
class SuggestionRestController {

	private final SuggestionService suggestions;

	SuggestionRestController(SuggestionService suggestions) {
		this.suggestions = suggestions;
	}

	@GetMapping
	List<Suggestion> list(@RequestParam(required = false) @Nullable Integer indicator,
			@RequestParam(defaultValue = "false") boolean retired) {
		var user = PlanRestController.user();
		List<Suggestion> all = retired ? this.suggestions.library(user) : this.suggestions.all();
		return (indicator != null) ? all.stream().filter(s -> s.indicatorNumber() == indicator).toList() : all;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Suggestion add(@RequestBody MeasureInput body) {
		return this.suggestions.find(this.suggestions.add(body, PlanRestController.user()));
	}

	@PutMapping("/{id}")
	Suggestion update(@PathVariable long id, @RequestBody MeasureInput body) {
		this.suggestions.update(id, body, PlanRestController.user());
		return this.suggestions.find(id);
	}

	@PostMapping("/{id}/{action:retire|restore}")
	Suggestion retire(@PathVariable long id, @PathVariable String action) {
		this.suggestions.retire(id, "retire".equals(action), PlanRestController.user());
		return this.suggestions.find(id);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id) {
		this.suggestions.delete(id, PlanRestController.user());
	}

}
