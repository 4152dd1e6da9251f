package th.ita.planning.domain;

import th.ita.planning.PlanKind;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.NotFoundException;

import org.springframework.stereotype.Component;

/** Loads a plan for a command after checking who acts. */
@Component
class PlanLoader {

	private final PlanRows plans;

	private final PlanAccess access;

	PlanLoader(PlanRows plans, PlanAccess access) {
		this.plans = plans;
		this.access = access;
	}

	/** A draft the user may edit. */
	Plan editable(int fiscalYear, String agencyCode, PlanKind kind, ItaPrincipal user) {
		this.access.requireEditor(agencyCode, user);
		Plan plan = load(fiscalYear, agencyCode, kind);
		plan.requireEditable();
		return plan;
	}

	Plan load(int fiscalYear, String agencyCode, PlanKind kind) {
		return this.plans.find(fiscalYear, agencyCode, kind)
			.orElseThrow(() -> new NotFoundException("No such plan"))
			.plan();
	}

}
