package th.ita.integrity.domain;

import th.ita.agency.AgencyDirectory;
import th.ita.agency.AgencySummary;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.NotFoundException;
import th.ita.shared.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with an agency's registers. A user of another agency gets a 404 that
 * says nothing; anybody else without the right gets a 403.
 */
@Component
public class IntegrityAccess {

	private final AgencyDirectory agencies;

	IntegrityAccess(AgencyDirectory agencies) {
		this.agencies = agencies;
	}

	/** The agency's users, the central team and national executives. */
	public AgencySummary requireView(String agencyCode, ItaPrincipal user) {
		if (!user.canSeeAgency(agencyCode)) {
			throw deny(agencyCode, user);
		}
		return agency(agencyCode);
	}

	/** An agency editor or admin of that agency writes drafts. */
	public AgencySummary requireEditor(String agencyCode, ItaPrincipal user) {
		if (!agencyCode.equals(user.agencyCode())
				|| !(user.hasRole(Role.AGENCY_EDITOR) || user.hasRole(Role.AGENCY_ADMIN))) {
			throw deny(agencyCode, user);
		}
		return agency(agencyCode);
	}

	/** The agency admin or the agency's executive approves and publishes. */
	public AgencySummary requireApprover(String agencyCode, ItaPrincipal user) {
		if (!agencyCode.equals(user.agencyCode())
				|| !(user.hasRole(Role.AGENCY_ADMIN) || user.hasRole(Role.EXECUTIVE))) {
			throw deny(agencyCode, user);
		}
		return agency(agencyCode);
	}

	/** True when the user may edit drafts of the agency (for pages). */
	public boolean canEdit(String agencyCode, ItaPrincipal user) {
		return agencyCode.equals(user.agencyCode())
				&& (user.hasRole(Role.AGENCY_EDITOR) || user.hasRole(Role.AGENCY_ADMIN));
	}

	/** True when the user may approve and publish (for pages). */
	public boolean canApprove(String agencyCode, ItaPrincipal user) {
		return agencyCode.equals(user.agencyCode())
				&& (user.hasRole(Role.AGENCY_ADMIN) || user.hasRole(Role.EXECUTIVE));
	}

	public AgencySummary agency(String agencyCode) {
		return this.agencies.find(agencyCode).orElseThrow(() -> new NotFoundException("No agency " + agencyCode));
	}

	private static RuntimeException deny(String agencyCode, ItaPrincipal user) {
		if (user.agencyCode() != null && !user.agencyCode().equals(agencyCode)) {
			return new NotFoundException("Not found");
		}
		return new AccessDeniedException("Not allowed");
	}

}
