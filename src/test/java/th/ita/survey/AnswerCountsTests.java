package th.ita.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import th.ita.TestPrincipals;
import th.ita.framework.FrameworkCatalog;
import th.ita.framework.FrameworkDefinition;
import th.ita.framework.Instrument;
import th.ita.framework.Item;
import th.ita.shared.ThaiDates;
import th.ita.survey.responses.AnswerCountsRebuild;
import th.ita.survey.responses.Questionnaire;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The incremental answer counts behind a round's aggregates equal the aggregation
 * straight from {@code survey_response} after submissions through the API, an exclusion,
 * its undo and a rebuild; the counts table stores nothing per response.
 */
class AnswerCountsTests extends SurveyRoundSupport {

	static final int YEAR_ = 2616;

	@Autowired
	SurveyResults results;

	@Autowired
	AnswerCountsRebuild counts;

	@Autowired
	FrameworkCatalog frameworks;

	@Test
	void roundCountsEqualTheStraightAggregationThroughSubmitsAnExclusionAndItsUndo() throws Exception {
		openRound(YEAR_);
		Questionnaire iit = questionnaire(YEAR_, "IIT", "S4001");
		List<String> codes = generate(YEAR_, "S4001", SurveyInstrument.IIT, 5).codes();
		for (int i = 0; i < codes.size(); i++) {
			int pick = i;
			String group = iit.respondentGroups().get(i % iit.respondentGroups().size()).code();
			submit(YEAR_, "IIT", "S4001",
					body(codes.get(i), group, answers(iit, group, o -> o.get((pick * 7 + 1) % o.size()))), newClient())
				.andExpect(status().isCreated());
		}
		Questionnaire eit = questionnaire(YEAR_, "EIT", "4001");
		String eitGroup = eit.respondentGroups().get(0).code();
		for (int i = 0; i < 4; i++) {
			int pick = i;
			submit(YEAR_, "EIT", "4001",
					body(null, eitGroup, answers(eit, eitGroup, o -> o.get(pick % (o.size() - 1)))), newClient())
				.andExpect(status().isCreated());
		}
		// six identical EIT answers (inserted directly: the counts follow any INSERT)
		Map<String, Integer> same = answers(eit, eitGroup, o -> o.get(o.size() - 1));
		for (int i = 0; i < 6; i++) {
			this.jdbc
				.sql("insert into survey_response (id, fiscal_year, agency_code, instrument, respondent_group, "
						+ "answers, submitted_on) values (gen_random_uuid(), ?, '4001', 'EIT', ?, cast(? as jsonb), ?)")
				.params(YEAR_, eitGroup, json(same), LocalDate.now(ThaiDates.BANGKOK))
				.update();
		}
		assertSame(5, 10);
		fold();
		assertThat(deltas()).isZero();
		assertSame(5, 10);

		String flag = identicalFlag();
		change("exclusions", flag, "ซ้ำกัน").andExpect(status().isCreated());
		assertSame(5, 4);
		fold();
		assertSame(5, 4);
		change("exclusions/undo", flag, "ตรวจแล้ว").andExpect(status().isOk());
		assertSame(5, 10);

		this.jdbc.sql("update survey_answer_count set respondents = 99 where fiscal_year = ?").param(YEAR_).update();
		this.counts.rebuild(YEAR_);
		assertThat(deltas()).as("the rebuild replaces the round's deltas").isZero();
		assertSame(5, 10);
	}

	private int fold() {
		return this.jdbc.sql("select survey_answer_count_fold()").query(Integer.class).single();
	}

	private long deltas() {
		return this.jdbc.sql("select count(*) from survey_answer_count_delta where fiscal_year = ?")
			.param(YEAR_)
			.query(Long.class)
			.single();
	}

	@Test
	void theCountsTablesHoldNoPerResponseData() {
		for (String table : List.of("survey_answer_count", "survey_answer_count_delta")) {
			List<String> columns = this.jdbc
				.sql("select column_name from information_schema.columns where table_name = ?")
				.param(table)
				.query(String.class)
				.list();
			assertThat(columns).as(table)
				.containsExactlyInAnyOrder("fiscal_year", "agency_code", "instrument", "respondents", "items", "vals",
						"counts");
			assertThat(columns).noneMatch(c -> c.matches(".*(ip|agent|code_|hash|user|time|created|seq|serial|id).*"));
		}
	}

	private void assertSame(long iitRespondents, long eitRespondents) {
		assertThat(this.results.respondents(YEAR_, "S4001", Instrument.IIT)).isEqualTo(iitRespondents);
		assertThat(this.results.respondents(YEAR_, "4001", Instrument.EIT)).isEqualTo(eitRespondents);
		FrameworkDefinition framework = this.rounds.find(YEAR_)
			.flatMap(r -> this.frameworks.definition(r.framework()))
			.orElseThrow();
		for (Instrument instrument : List.of(Instrument.IIT, Instrument.EIT)) {
			Map<String, AnswerTally> round = this.results.roundTallies(YEAR_, instrument);
			for (String agency : List.of("S4001", "4001", "1001")) {
				ItemAggregates straight = this.results.aggregates(YEAR_, agency, instrument);
				AnswerTally counted = round.get(agency);
				AnswerTally single = this.results.tally(YEAR_, agency, instrument).orElseThrow();
				assertThat(single.respondents()).isEqualTo(straight.respondents());
				assertThat(single.layout()).isSameAs(round.values().iterator().next().layout());
				assertTallied(framework, straight, single);
				if (straight.respondents() == 0) {
					assertThat(counted).isNull();
					continue;
				}
				assertThat(counted.respondents()).isEqualTo(straight.respondents());
				assertThat(counted.counts()).containsExactly(single.counts());
				assertTallied(framework, straight, counted);
				long stored = this.jdbc
					.sql("select count(*) from survey_response r where fiscal_year = ? and agency_code = ? "
							+ "and instrument = ? and not exists (select 1 from survey_exclusion e where e.response_id = r.id)")
					.params(YEAR_, agency, instrument.name())
					.query(Long.class)
					.single();
				assertThat(counted.respondents()).isEqualTo(stored);
			}
		}
	}

	/**
	 * Per item, the tally's valid answers and scored sum equal the straight aggregation.
	 */
	private static void assertTallied(FrameworkDefinition framework, ItemAggregates straight, AnswerTally tally) {
		AnswerTally.Layout layout = tally.layout();
		Map<String, Item> leaves = new java.util.HashMap<>();
		framework.leafItems(layout.instrument()).forEach(leaf -> leaves.put(String.valueOf(leaf.code()), leaf));
		int withAnswers = 0;
		for (int i = 0; i < layout.items().size(); i++) {
			String code = layout.items().get(i);
			Item leaf = leaves.get(code);
			java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
			for (int s = layout.offsets()[i]; s < layout.offsets()[i + 1]; s++) {
				sum = sum.add(framework.scale(leaf.scale())
					.orElseThrow()
					.score(layout.values()[s], leaf.reverse())
					.multiply(java.math.BigDecimal.valueOf(tally.counts()[s])));
			}
			ItemAggregates.ItemAggregate item = straight.items().get(code);
			if (tally.validAnswers(i) == 0) {
				assertThat(item).as(code).isNull();
				continue;
			}
			withAnswers++;
			assertThat(tally.validAnswers(i)).as(code).isEqualTo(item.count());
			assertThat(sum).as(code).isEqualByComparingTo(item.scoreSum());
		}
		assertThat(withAnswers).isEqualTo(straight.items().size());
	}

	private String identicalFlag() throws Exception {
		String json = this.mvc
			.perform(get("/api/v1/rounds/" + YEAR_ + "/surveys/anomalies").with(authentication(TestPrincipals.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> ids = JsonPath.read(json, "$.flags[?(@.kind == 'IDENTICAL' && @.agencyCode == '4001')].id");
		assertThat(ids).hasSize(1);
		return ids.get(0);
	}

	private org.springframework.test.web.servlet.ResultActions change(String path, String flag, String reason)
			throws Exception {
		return this.mvc.perform(
				post("/api/v1/rounds/" + YEAR_ + "/surveys/anomalies/" + path).contentType(MediaType.APPLICATION_JSON)
					.content("{\"flag\":\"" + flag + "\",\"reason\":\"" + reason + "\"}")
					.with(authentication(TestPrincipals.admin())));
	}

}
