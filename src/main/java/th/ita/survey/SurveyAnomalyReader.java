package th.ita.survey;

import java.util.List;

import th.ita.survey.anomalies.SurveyAnomalies;

import org.springframework.stereotype.Component;

/** {@link SurveyAnomalyReport} over the module's anomaly report (same check). */
@Component
class SurveyAnomalyReader implements SurveyAnomalyReport {

	private final SurveyAnomalies anomalies;

	SurveyAnomalyReader(SurveyAnomalies anomalies) {
		this.anomalies = anomalies;
	}

	@Override
	public List<AnomalyFlag> flags(int fiscalYear) {
		return this.anomalies.report(fiscalYear)
			.flags()
			.stream()
			.map(f -> new AnomalyFlag(f.id(), f.kind().name(), f.agencyCode(), f.instrument(), f.day(), f.responses(),
					f.excluded(), f.expected()))
			.toList();
	}

}
