package th.ita.survey;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import th.ita.framework.Instrument;
import th.ita.survey.responses.Questionnaire;
import th.ita.survey.responses.SurveyDemoData;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo responses: around the minimum sample for every enrolled agency, valid answers,
 * scores in a realistic range, and a second load adds nothing.
 */
class SurveyDemoDataTests extends SurveyRoundSupport {

	static final int OPEN = 2596;

	static final int QUESTIONS = 2590;

	@Autowired
	SurveyDemoData demo;

	@Autowired
	SurveyResults results;

	@Autowired
	JsonMapper json;

	@Test
	void syntheticResponsesAreValidRealisticAndLoadedOnce() throws Exception {
		closedRound(OPEN);
		openRound(QUESTIONS);
		int inserted = this.demo.load(OPEN, 1.0);
		assertThat(inserted).isPositive();
		assertThat(this.demo.load(OPEN, 1.0)).isZero();
		for (String agency : List.of("S4001", "4001", "1001")) {
			for (Instrument instrument : List.of(Instrument.IIT, Instrument.EIT)) {
				long n = stored(OPEN, agency, instrument.name());
				int minimum = this.rounds.enrolment(OPEN, agency).orElseThrow().minimumSample(instrument);
				assertThat(n).as(agency + " " + instrument).isGreaterThanOrEqualTo((long) (Math.max(1, minimum) * 0.9));
				ItemAggregates aggregates = this.results.aggregates(OPEN, agency, instrument);
				BigDecimal sum = BigDecimal.ZERO;
				long count = 0;
				for (ItemAggregates.ItemAggregate item : aggregates.items().values()) {
					sum = sum.add(item.scoreSum());
					count += item.count();
				}
				double mean = sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL64).doubleValue();
				assertThat(mean).as(agency + " " + instrument).isBetween(60.0, 99.0);
			}
		}
		Questionnaire eit = questionnaire(QUESTIONS, "EIT", "S4001");
		for (String row : this.jdbc
			.sql("select respondent_group || ' ' || answers::text from survey_response where fiscal_year = ? "
					+ "and agency_code = 'S4001' and instrument = 'EIT' limit 20")
			.param(OPEN)
			.query(String.class)
			.list()) {
			String group = row.substring(0, row.indexOf(' '));
			Map<String, Integer> answers = this.json.readValue(row.substring(row.indexOf(' ') + 1),
					new TypeReference<Map<String, Integer>>() {
					});
			assertThat(answers.keySet()).containsExactlyInAnyOrderElementsOf(
					eit.questions(group).stream().map(Questionnaire.Question::code).toList());
		}
	}

}
