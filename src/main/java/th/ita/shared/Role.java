package th.ita.shared;

/** The roles of ITA Online. Spring Security authorities are {@code ROLE_<name>}. */
public enum Role {

	/** Central ITA team: opens rounds, manages users and agencies, publishes results. */
	SYSTEM_ADMIN,
	/** Administers one agency: its users, evidence submission, plans. */
	AGENCY_ADMIN,
	/** Edits one agency's evidence and plans. */
	AGENCY_EDITOR,
	/** Reviews OIT evidence of the agencies assigned to them in a round. */
	ASSESSOR,
	/** Read-only: one agency, or national when no agency is set. */
	EXECUTIVE;

	/** Roles that must name an agency. */
	public boolean isAgencyScoped() {
		return this == AGENCY_ADMIN || this == AGENCY_EDITOR;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
