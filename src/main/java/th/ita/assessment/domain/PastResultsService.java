package th.ita.assessment.domain;

import java.math.BigDecimal;
import java.util.List;

import th.ita.assessment.PastResults;

import org.springframework.stereotype.Service;

/** {@link PastResults} from {@code assessment_history}. */
@Service
class PastResultsService implements PastResults {

	private final HistoryRows rows;

	PastResultsService(HistoryRows rows) {
		this.rows = rows;
	}

	@Override
	public List<PastResult> of(String agencyCode) {
		return this.rows.of(agencyCode)
			.stream()
			.map(e -> new PastResult(e.agencyCode(), e.fiscalYear(), e.itaScore(), e.indicators()))
			.toList();
	}

	@Override
	public List<PastYear> years(BigDecimal passMark) {
		return this.rows.years(passMark);
	}

}
