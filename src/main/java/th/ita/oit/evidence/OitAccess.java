package th.ita.oit.evidence;

import th.ita.shared.ItaPrincipal;
import th.ita.shared.NotFoundException;
import th.ita.shared.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with an agency's OIT evidence. A user of another agency gets a 404 that
 * says nothing; anybody else without the right gets a 403.
 */
@Component
class OitAccess {

	private final AssignmentRows assignments;

	OitAccess(AssignmentRows assignments) {
		this.assignments = assignments;
	}

	/**
	 * The agency's users, its assigned assessors, the central team (and national
	 * executives).
	 */
	void requireView(int fiscalYear, String agencyCode, ItaPrincipal user) {
		if (!user.canSeeAgency(agencyCode) && !assigned(fiscalYear, agencyCode, user)) {
			throw deny(agencyCode, user);
		}
	}

	/** An agency editor or admin of that agency. */
	void requireEditor(String agencyCode, ItaPrincipal user) {
		if (!agencyCode.equals(user.agencyCode())
				|| !(user.hasRole(Role.AGENCY_EDITOR) || user.hasRole(Role.AGENCY_ADMIN))) {
			throw deny(agencyCode, user);
		}
	}

	/** The agency admin of that agency. */
	void requireAgencyAdmin(String agencyCode, ItaPrincipal user) {
		if (!agencyCode.equals(user.agencyCode()) || !user.hasRole(Role.AGENCY_ADMIN)) {
			throw deny(agencyCode, user);
		}
	}

	/** An assessor assigned to the agency in the round. */
	void requireAssessor(int fiscalYear, String agencyCode, ItaPrincipal user) {
		if (!assigned(fiscalYear, agencyCode, user)) {
			throw deny(agencyCode, user);
		}
	}

	void requireSystemAdmin(String agencyCode, ItaPrincipal user) {
		if (!user.isSystemAdmin()) {
			throw deny(agencyCode, user);
		}
	}

	boolean assigned(int fiscalYear, String agencyCode, ItaPrincipal user) {
		return user.hasRole(Role.ASSESSOR) && this.assignments.assigned(fiscalYear, user.username(), agencyCode);
	}

	private static RuntimeException deny(String agencyCode, ItaPrincipal user) {
		if (user.agencyCode() != null && !user.agencyCode().equals(agencyCode)) {
			return new NotFoundException("Not found");
		}
		return new AccessDeniedException("Not allowed");
	}

}
