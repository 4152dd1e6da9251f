package th.ita.planning.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import th.ita.audit.AuditTrail;
import th.ita.planning.PlanKind;
import th.ita.planning.domain.ContentRows.ActivityRow;
import th.ita.planning.domain.ContentRows.MeasureRow;
import th.ita.planning.domain.ContentRows.ProjectRow;
import th.ita.planning.domain.PlanInput.ActivityInput;
import th.ita.planning.domain.PlanInput.MeasureInput;
import th.ita.planning.domain.PlanInput.ProjectInput;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A draft plan's measures, projects and activities. Each command checks that the user
 * edits this agency's plans and that the plan is a draft, validates, writes and audits in
 * one transaction. Ids of another plan are a 404.
 */
@Service
@Transactional
public class ContentService {

	private final PlanLoader loader;

	private final ContentRows rows;

	private final PlanValidation validation;

	private final AuditTrail audit;

	ContentService(PlanLoader loader, ContentRows rows, PlanTexts texts, AuditTrail audit) {
		this.loader = loader;
		this.rows = rows;
		this.validation = new PlanValidation(texts);
		this.audit = audit;
	}

	public long addMeasure(int fiscalYear, String agencyCode, PlanKind kind, MeasureInput input, ItaPrincipal user) {
		Plan plan = this.loader.editable(fiscalYear, agencyCode, kind, user);
		MeasureRow row = measure(plan, 0, input);
		long id = this.rows.insertMeasure(plan.id(), row);
		this.audit.record("planning.measure-added", "planning-measure", plan.key() + "/" + id, null, row);
		return id;
	}

	public void updateMeasure(int fiscalYear, String agencyCode, PlanKind kind, long id, MeasureInput input,
			ItaPrincipal user) {
		Plan plan = this.loader.editable(fiscalYear, agencyCode, kind, user);
		MeasureRow before = ownMeasure(plan, id);
		MeasureRow row = measure(plan, id, input);
		this.rows.updateMeasure(id, row);
		this.audit.record("planning.measure-changed", "planning-measure", plan.key() + "/" + id, before, row);
	}

	public void deleteMeasure(int fiscalYear, String agencyCode, PlanKind kind, long id, ItaPrincipal user) {
		Plan plan = this.loader.editable(fiscalYear, agencyCode, kind, user);
		MeasureRow before = ownMeasure(plan, id);
		this.rows.deleteMeasure(id);
		this.audit.record("planning.measure-deleted", "planning-measure", plan.key() + "/" + id, before, null);
	}

	public long addProject(int fiscalYear, String agencyCode, PlanKind kind, ProjectInput input, ItaPrincipal user) {
		Plan plan = this.loader.editable(fiscalYear, agencyCode, kind, user);
		ProjectRow row = project(plan, 0, input);
		long id = this.rows.insertProject(plan.id(), row);
		this.audit.record("planning.project-added", "planning-project", plan.key() + "/" + id, null, row);
		return id;
	}

	public void updateProject(int fiscalYear, String agencyCode, PlanKind kind, long id, ProjectInput input,
			ItaPrincipal user) {
		Plan plan = this.loader.editable(fiscalYear, agencyCode, kind, user);
		ProjectRow before = ownProject(plan, id);
		ProjectRow row = project(plan, id, input);
		this.rows.updateProject(id, row);
		this.audit.record("planning.project-changed", "planning-project", plan.key() + "/" + id, before, row);
	}

	public void deleteProject(int fiscalYear, String agencyCode, PlanKind kind, long id, ItaPrincipal user) {
		Plan plan = this.loader.editable(fiscalYear, agencyCode, kind, user);
		ProjectRow before = ownProject(plan, id);
		this.rows.deleteProject(id);
		this.audit.record("planning.project-deleted", "planning-project", plan.key() + "/" + id, before, null);
	}

	public long addActivity(int fiscalYear, String agencyCode, PlanKind kind, long projectId, ActivityInput input,
			ItaPrincipal user) {
		Plan plan = this.loader.editable(fiscalYear, agencyCode, kind, user);
		ownProject(plan, projectId);
		ActivityRow row = activity(plan, 0, projectId, input);
		long id = this.rows.insertActivity(projectId, row);
		this.audit.record("planning.activity-added", "planning-activity", plan.key() + "/" + id, null, row);
		return id;
	}

	public void updateActivity(int fiscalYear, String agencyCode, PlanKind kind, long id, ActivityInput input,
			ItaPrincipal user) {
		Plan plan = this.loader.editable(fiscalYear, agencyCode, kind, user);
		ActivityRow before = ownActivity(plan, id);
		ActivityRow row = activity(plan, id, before.projectId(), input);
		this.rows.updateActivity(id, row);
		this.audit.record("planning.activity-changed", "planning-activity", plan.key() + "/" + id, before, row);
	}

	public void deleteActivity(int fiscalYear, String agencyCode, PlanKind kind, long id, ItaPrincipal user) {
		Plan plan = this.loader.editable(fiscalYear, agencyCode, kind, user);
		ActivityRow before = ownActivity(plan, id);
		this.rows.deleteActivity(id);
		this.audit.record("planning.activity-deleted", "planning-activity", plan.key() + "/" + id, before, null);
	}

	MeasureRow measure(Plan plan, long id, MeasureInput in) {
		PlanValidation v = this.validation;
		return new MeasureRow(id, plan.id(), v.indicator("indicatorNumber", in.indicatorNumber()),
				v.required("issue", in.issue(), PlanValidation.MAX_TEXT),
				v.required("measure", in.measure(), PlanValidation.MAX_TEXT), v.lines("guidelines", in.guidelines()),
				v.optional("responsibleUnit", in.responsibleUnit(), 300), v.optional("period", in.period(), 300));
	}

	ProjectRow project(Plan plan, long id, ProjectInput in) {
		PlanValidation v = this.validation;
		v.dates(in.durationFrom(), in.durationTo());
		return new ProjectRow(id, plan.id(), v.required("name", in.name(), PlanValidation.MAX_LINE),
				v.optional("rationale", in.rationale(), PlanValidation.MAX_TEXT),
				v.lines("objectives", in.objectives()), v.optional("goals", in.goals(), PlanValidation.MAX_TEXT),
				v.optional("targetGroup", in.targetGroup(), PlanValidation.MAX_LINE),
				v.size("targetSize", in.targetSize()), v.targets("kpiTargets", in.kpiTargets()), in.durationFrom(),
				in.durationTo(), v.optional("place", in.place(), PlanValidation.MAX_LINE),
				v.lines("expectedImpact", in.expectedImpact()), v.lines("monitoring", in.monitoring()),
				v.people("advisers", in.advisers()), v.people("workingGroup", in.workingGroup()),
				v.people("editors", in.editors()));
	}

	ActivityRow activity(Plan plan, long id, long projectId, ActivityInput in) {
		PlanValidation v = this.validation;
		return new ActivityRow(id, projectId, v.optional("code", in.code(), 20),
				v.optional("groupName", in.groupName(), PlanValidation.MAX_LINE),
				v.required("name", in.name(), PlanValidation.MAX_LINE),
				v.required("kpi", in.kpi(), PlanValidation.MAX_LINE), v.required("unit", in.unit(), 100),
				v.positive("targetQuantity", in.targetQuantity()), v.amount("budget", in.budget(), true),
				v.months(plan.fiscalYear(), in.months()), v.optional("responsibleGroup", in.responsibleGroup(), 300),
				v.lines("strategyTargets", in.strategyTargets()));
	}

	private MeasureRow ownMeasure(Plan plan, long id) {
		return this.rows.measure(id).filter(m -> m.planId() == plan.id()).orElseThrow(ContentService::notFound);
	}

	private ProjectRow ownProject(Plan plan, long id) {
		return this.rows.project(id).filter(p -> p.planId() == plan.id()).orElseThrow(ContentService::notFound);
	}

	private ActivityRow ownActivity(Plan plan, long id) {
		ActivityRow row = this.rows.activity(id).orElseThrow(ContentService::notFound);
		ownProject(plan, row.projectId());
		return row;
	}

	static Map<String, Object> key(Plan plan) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("plan", plan.key());
		m.put("status", plan.status().name());
		return m;
	}

	private static NotFoundException notFound() {
		return new NotFoundException("Not found");
	}

}
