package th.ita.planning.rest;

import java.io.IOException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import th.ita.planning.PlanDocument;
import th.ita.planning.PlanKind;
import th.ita.planning.PlanSummary;
import th.ita.planning.domain.ContentService;
import th.ita.planning.domain.ImageQueries;
import th.ita.planning.domain.ImageQueries.ImageFile;
import th.ita.planning.domain.PlanInput.ActivityInput;
import th.ita.planning.domain.PlanInput.AnalysisInput;
import th.ita.planning.domain.PlanInput.MeasureInput;
import th.ita.planning.domain.PlanInput.ProgressInput;
import th.ita.planning.domain.PlanInput.ProjectInput;
import th.ita.planning.domain.PlanQueries;
import th.ita.planning.domain.PlanService;
import th.ita.shared.FieldException;
import th.ita.shared.ItaPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
import org.springframework.web.multipart.MultipartFile;

/**
 * An agency's plans: read by its users and the central team, edited by its editors while
 * a draft, approved and published by its admin or executive. Commands answer the plan as
 * it is afterwards ({@code id} of what was created, when something was).
 */
@RestController
@RequestMapping("/api/v1/agencies/{code}/plans")
class PlanRestController {

	/** A command's answer: the new thing's id (or 0) and the plan afterwards. */
	record Saved(long id, PlanDocument plan) {
	}

	record NewPlan(@Nullable Integer fiscalYear, @Nullable String kind) {
	}

	private final PlanService plans;

	private final ContentService content;

	private final PlanQueries queries;

	private final ImageQueries images;

	PlanRestController(PlanService plans, ContentService content, PlanQueries queries, ImageQueries images) {
		this.plans = plans;
		this.content = content;
		this.queries = queries;
		this.images = images;
	}

	@GetMapping
	List<PlanSummary> list(@PathVariable String code) {
		return this.queries.list(code, user());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	PlanDocument create(@PathVariable String code, @RequestBody NewPlan body) {
		if (body.fiscalYear() == null) {
			throw new FieldException("fiscalYear", "fiscalYear is required");
		}
		PlanKind kind = PlanKind.parse((body.kind() != null) ? body.kind() : "integrity");
		this.plans.create(body.fiscalYear(), code, kind, user());
		return plan(code, body.fiscalYear(), kind.slug());
	}

	@GetMapping("/{fy}/{kind}")
	PlanDocument plan(@PathVariable String code, @PathVariable int fy, @PathVariable String kind) {
		return this.queries.view(fy, code, PlanKind.parse(kind), user());
	}

	@PutMapping("/{fy}/{kind}/analysis/{indicator}")
	PlanDocument analysis(@PathVariable String code, @PathVariable int fy, @PathVariable String kind,
			@PathVariable int indicator, @RequestBody AnalysisInput body) {
		this.plans.saveAnalysis(fy, code, PlanKind.parse(kind), indicator, body.analysis(), user());
		return plan(code, fy, kind);
	}

	@PostMapping("/{fy}/{kind}/measures")
	@ResponseStatus(HttpStatus.CREATED)
	Saved addMeasure(@PathVariable String code, @PathVariable int fy, @PathVariable String kind,
			@RequestBody MeasureInput body) {
		long id = this.content.addMeasure(fy, code, PlanKind.parse(kind), body, user());
		return new Saved(id, plan(code, fy, kind));
	}

	@PutMapping("/{fy}/{kind}/measures/{id}")
	PlanDocument updateMeasure(@PathVariable String code, @PathVariable int fy, @PathVariable String kind,
			@PathVariable long id, @RequestBody MeasureInput body) {
		this.content.updateMeasure(fy, code, PlanKind.parse(kind), id, body, user());
		return plan(code, fy, kind);
	}

	@DeleteMapping("/{fy}/{kind}/measures/{id}")
	PlanDocument deleteMeasure(@PathVariable String code, @PathVariable int fy, @PathVariable String kind,
			@PathVariable long id) {
		this.content.deleteMeasure(fy, code, PlanKind.parse(kind), id, user());
		return plan(code, fy, kind);
	}

	@PostMapping("/{fy}/{kind}/projects")
	@ResponseStatus(HttpStatus.CREATED)
	Saved addProject(@PathVariable String code, @PathVariable int fy, @PathVariable String kind,
			@RequestBody ProjectInput body) {
		long id = this.content.addProject(fy, code, PlanKind.parse(kind), body, user());
		return new Saved(id, plan(code, fy, kind));
	}

	@PutMapping("/{fy}/{kind}/projects/{id}")
	PlanDocument updateProject(@PathVariable String code, @PathVariable int fy, @PathVariable String kind,
			@PathVariable long id, @RequestBody ProjectInput body) {
		this.content.updateProject(fy, code, PlanKind.parse(kind), id, body, user());
		return plan(code, fy, kind);
	}

	@DeleteMapping("/{fy}/{kind}/projects/{id}")
	PlanDocument deleteProject(@PathVariable String code, @PathVariable int fy, @PathVariable String kind,
			@PathVariable long id) {
		this.content.deleteProject(fy, code, PlanKind.parse(kind), id, user());
		return plan(code, fy, kind);
	}

	@PostMapping("/{fy}/{kind}/projects/{project}/activities")
	@ResponseStatus(HttpStatus.CREATED)
	Saved addActivity(@PathVariable String code, @PathVariable int fy, @PathVariable String kind,
			@PathVariable long project, @RequestBody ActivityInput body) {
		long id = this.content.addActivity(fy, code, PlanKind.parse(kind), project, body, user());
		return new Saved(id, plan(code, fy, kind));
	}

	@PutMapping("/{fy}/{kind}/activities/{id}")
	PlanDocument updateActivity(@PathVariable String code, @PathVariable int fy, @PathVariable String kind,
			@PathVariable long id, @RequestBody ActivityInput body) {
		this.content.updateActivity(fy, code, PlanKind.parse(kind), id, body, user());
		return plan(code, fy, kind);
	}

	@DeleteMapping("/{fy}/{kind}/activities/{id}")
	PlanDocument deleteActivity(@PathVariable String code, @PathVariable int fy, @PathVariable String kind,
			@PathVariable long id) {
		this.content.deleteActivity(fy, code, PlanKind.parse(kind), id, user());
		return plan(code, fy, kind);
	}

	@PostMapping("/{fy}/{kind}/{action:submit|return|approve|publish|publish-progress|reopen}")
	PlanDocument transition(@PathVariable String code, @PathVariable int fy, @PathVariable String kind,
			@PathVariable String action) {
		PlanKind k = PlanKind.parse(kind);
		switch (action) {
			case "submit" -> this.plans.submit(fy, code, k, user());
			case "return" -> this.plans.returnToDraft(fy, code, k, user());
			case "approve" -> this.plans.approve(fy, code, k, user());
			case "publish" -> this.plans.publish(fy, code, k, user());
			case "reopen" -> this.plans.reopen(fy, code, k, user());
			default -> this.plans.publishProgress(fy, code, k, user());
		}
		return plan(code, fy, kind);
	}

	@PostMapping("/{fy}/{kind}/progress")
	@ResponseStatus(HttpStatus.CREATED)
	Saved progress(@PathVariable String code, @PathVariable int fy, @PathVariable String kind,
			@RequestBody ProgressInput body) {
		long id = this.plans.recordProgress(fy, code, PlanKind.parse(kind), body, user());
		return new Saved(id, plan(code, fy, kind));
	}

	@PostMapping(path = "/{fy}/{kind}/progress/{entry}/images", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Saved image(@PathVariable String code, @PathVariable int fy, @PathVariable String kind, @PathVariable long entry,
			@RequestParam("file") MultipartFile file) throws IOException {
		long id = this.plans.addImage(fy, code, PlanKind.parse(kind), entry, file.getBytes(), user());
		return new Saved(id, plan(code, fy, kind));
	}

	@GetMapping("/{fy}/{kind}/images/{id}")
	ResponseEntity<byte[]> image(@PathVariable String code, @PathVariable int fy, @PathVariable String kind,
			@PathVariable long id) {
		ImageFile file = this.images.image(fy, code, PlanKind.parse(kind), id, user());
		return PlanningImages.response(file);
	}

	static ItaPrincipal user() {
		return ItaPrincipal.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

}
