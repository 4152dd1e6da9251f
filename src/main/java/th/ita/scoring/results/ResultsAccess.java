package th.ita.scoring.results;

import java.util.Optional;

import th.ita.scoring.AgencyResult;
import th.ita.scoring.ScoreResults;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.NotFoundException;
import th.ita.shared.Role;

import org.springframework.stereotype.Component;

/**
 * Who may read which results: anyone once the round is published; before that the
 * agency's own users (and executives assigned to it) their agency, the central team
 * (system admins, national executives) everything. Everything else is a 404, so
 * unpublished results do not even show that they exist.
 */
@Component
public class ResultsAccess {

	private final ScoreResults results;

	ResultsAccess(ScoreResults results) {
		this.results = results;
	}

	/** True for system admins and executives without an agency. */
	public static boolean central(Optional<ItaPrincipal> user) {
		return user.map(u -> u.isSystemAdmin() || u.hasRole(Role.EXECUTIVE) && u.agencyCode() == null).orElse(false);
	}

	/** The agency's result the current user may read, else 404. */
	public AgencyResult agency(int fiscalYear, String agencyCode) {
		requireAgency(fiscalYear, agencyCode);
		return this.results.agency(fiscalYear, agencyCode).orElseThrow(() -> notFound(fiscalYear, agencyCode));
	}

	/**
	 * Checks the current user may read the agency's result (if there is one), else 404.
	 */
	public void requireAgency(int fiscalYear, String agencyCode) {
		if (!mayRead(fiscalYear, agencyCode)) {
			throw notFound(fiscalYear, agencyCode);
		}
	}

	/**
	 * True when the current user may read the agency's result: anyone once the round is
	 * published, before that whoever may see the agency.
	 */
	public boolean mayRead(int fiscalYear, String agencyCode) {
		return this.results.isPublished(fiscalYear)
				|| ItaPrincipal.current().map(u -> u.canSeeAgency(agencyCode)).orElse(false);
	}

	/** 404 for the agency's result. */
	static NotFoundException missing(int fiscalYear, String agencyCode) {
		return notFound(fiscalYear, agencyCode);
	}

	/** Checks the current user may read the whole round, else 404. */
	public void requireRound(int fiscalYear) {
		if (!this.results.isPublished(fiscalYear) && !central(ItaPrincipal.current())) {
			throw new NotFoundException("No published results for " + fiscalYear);
		}
	}

	/** True when the current user may see unpublished years of the agency. */
	public boolean seesUnpublished(String agencyCode) {
		return ItaPrincipal.current().map(u -> u.canSeeAgency(agencyCode)).orElse(false);
	}

	/** True once the round is published (open data and the public portal). */
	public void requirePublished(int fiscalYear) {
		if (!this.results.isPublished(fiscalYear)) {
			throw new NotFoundException("No published results for " + fiscalYear);
		}
	}

	private static NotFoundException notFound(int fiscalYear, String agencyCode) {
		return new NotFoundException("No results for " + agencyCode + " in " + fiscalYear);
	}

}
