package th.ita.planning.domain;

import th.ita.shared.ItaPrincipal;
import th.ita.shared.NotFoundException;
import th.ita.shared.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with an agency's plans. A user of another agency gets a 404 that says
 * nothing; anybody else without the right gets a 403.
 */
@Component
public class PlanAccess {

	/** The agency's users and the central team (system admins, national executives). */
	public void requireView(String agencyCode, ItaPrincipal user) {
		if (!user.canSeeAgency(agencyCode)) {
			throw deny(agencyCode, user);
		}
	}

	/** An agency editor or admin of that agency. */
	public void requireEditor(String agencyCode, ItaPrincipal user) {
		if (!canEdit(agencyCode, user)) {
			throw deny(agencyCode, user);
		}
	}

	/** The agency admin or the agency's executive. */
	public void requireApprover(String agencyCode, ItaPrincipal user) {
		if (!canApprove(agencyCode, user)) {
			throw deny(agencyCode, user);
		}
	}

	public void requireSystemAdmin(ItaPrincipal user) {
		if (!user.isSystemAdmin()) {
			throw new AccessDeniedException("Not allowed");
		}
	}

	public boolean canEdit(String agencyCode, ItaPrincipal user) {
		return agencyCode.equals(user.agencyCode())
				&& (user.hasRole(Role.AGENCY_EDITOR) || user.hasRole(Role.AGENCY_ADMIN));
	}

	public boolean canApprove(String agencyCode, ItaPrincipal user) {
		return agencyCode.equals(user.agencyCode())
				&& (user.hasRole(Role.AGENCY_ADMIN) || user.hasRole(Role.EXECUTIVE));
	}

	private static RuntimeException deny(String agencyCode, ItaPrincipal user) {
		if (user.agencyCode() != null && !user.agencyCode().equals(agencyCode)) {
			return new NotFoundException("Not found");
		}
		return new AccessDeniedException("Not allowed");
	}

}
