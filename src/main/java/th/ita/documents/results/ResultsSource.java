package th.ita.documents.results;

import java.util.List;
import java.util.Optional;

import th.ita.framework.FrameworkCatalog;
import th.ita.framework.FrameworkDefinition;
import th.ita.framework.FrameworkRef;
import th.ita.framework.GradeBand;
import th.ita.scoring.AgencyResult;
import th.ita.scoring.RankingQuery;
import th.ita.scoring.RoundRanking;
import th.ita.scoring.ScoreResults;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.NotFoundException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * The scoring results the documents read, with the same authorization as the results API:
 * a published round is readable by everyone; before publication an agency's result only
 * by its own users and the central team, a round's ranking only by the central team
 * (system admins and national executives). Anything else is a 404.
 */
@Component
public class ResultsSource {

	private final ObjectProvider<ScoreResults> scores;

	private final FrameworkCatalog frameworks;

	ResultsSource(ObjectProvider<ScoreResults> scores, FrameworkCatalog frameworks) {
		this.scores = scores;
		this.frameworks = frameworks;
	}

	ScoreResults scores() {
		ScoreResults results = this.scores.getIfAvailable();
		if (results == null) {
			throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE);
		}
		return results;
	}

	/** The agency's result if the caller may read it, else 404. */
	public AgencyResult agency(int fiscalYear, String agencyCode, Optional<ItaPrincipal> user) {
		ScoreResults results = scores();
		boolean visible = results.isPublished(fiscalYear) || user.map(u -> u.canSeeAgency(agencyCode)).orElse(false);
		if (!visible) {
			throw new NotFoundException("No results of " + agencyCode + " in " + fiscalYear);
		}
		return results.agency(fiscalYear, agencyCode)
			.orElseThrow(() -> new NotFoundException("No results of " + agencyCode + " in " + fiscalYear));
	}

	/** Whether the caller may read the whole round. */
	public boolean roundVisible(int fiscalYear, Optional<ItaPrincipal> user) {
		return scores().isPublished(fiscalYear) || user.map(ResultsSource::central).orElse(false);
	}

	/** Every agency of a round, ranked, with the summary, if the caller may read it. */
	public RoundRanking ranking(int fiscalYear, RankingQuery query, Optional<ItaPrincipal> user) {
		if (!roundVisible(fiscalYear, user)) {
			throw new NotFoundException("No results of round " + fiscalYear);
		}
		return scores().ranking(fiscalYear, query);
	}

	/** All rows of a round (pages of the largest size). */
	public List<RoundRanking.RankedAgency> allAgencies(int fiscalYear, RankingQuery query) {
		List<RoundRanking.RankedAgency> rows = new java.util.ArrayList<>();
		for (int page = 0;; page++) {
			RoundRanking ranking = scores().ranking(fiscalYear, query.withPage(page, RankingQuery.MAX_SIZE));
			rows.addAll(ranking.agencies());
			if (ranking.agencies().size() < RankingQuery.MAX_SIZE || rows.size() >= ranking.total()) {
				return rows;
			}
		}
	}

	public List<GradeBand> gradeBands(FrameworkRef ref) {
		return this.frameworks.definition(ref).map(FrameworkDefinition::gradeBands).orElse(List.of());
	}

	static boolean central(ItaPrincipal user) {
		return user.isSystemAdmin() || user.agencyCode() == null && user.hasRole(th.ita.shared.Role.EXECUTIVE);
	}

}
