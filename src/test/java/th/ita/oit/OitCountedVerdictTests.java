package th.ita.oit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verdict that counts, as the triggers keep it on each evidence item and the round
 * read gives it ({@code roundResults}), equals the per-agency read from the reviews
 * ({@code results}) in every state: several reviews, a lock with and without a
 * confirmation, a review after a lock, a reopening, a lock after the reviews, many
 * reviews in one statement. The rows are written with SQL, as any writer (demo data, a
 * bulk load) may write them.
 */
class OitCountedVerdictTests extends OitTestSupport {

	static final int YEAR = 2682;

	@Autowired
	OitResults results;

	@Test
	void theCountedVerdictIsTheOneTheReviewsGive() throws Exception {
		openRound(YEAR);
		// S4001: O1 the latest of two reviews; O2 locked, its confirmation counts (not a
		// later first review); O3 locked without a confirmation: none
		item(AGENCY, "O1", "PASSED");
		review(AGENCY, "O1", "FIRST_REVIEW", "FAIL");
		review(AGENCY, "O1", "FIRST_REVIEW", "PASS");
		item(AGENCY, "O2", "FINAL");
		review(AGENCY, "O2", "FIRST_REVIEW", "FAIL");
		review(AGENCY, "O2", "CONFIRMATION", "PASS");
		review(AGENCY, "O2", "FIRST_REVIEW", "FAIL");
		item(AGENCY, "O3", "FINAL");
		review(AGENCY, "O3", "FIRST_REVIEW", "PASS");
		// O4 locked with a confirmation and a later review, then reopened: the later
		// review
		item(AGENCY, "O4", "FINAL");
		review(AGENCY, "O4", "CONFIRMATION", "PASS");
		review(AGENCY, "O4", "FIRST_REVIEW", "FAIL");
		assertThat(score(AGENCY, "O4")).isEqualByComparingTo("100");
		status(AGENCY, "O4", "CLARIFIED");
		// O5 reviewed, then locked: its confirmation, not the later first review
		item(AGENCY, "O5", "SUBMITTED");
		review(AGENCY, "O5", "FIRST_REVIEW", "PASS");
		review(AGENCY, "O5", "CONFIRMATION", "FAIL");
		review(AGENCY, "O5", "FIRST_REVIEW", "PASS");
		assertThat(score(AGENCY, "O5")).isEqualByComparingTo("100");
		status(AGENCY, "O5", "FINAL");
		// 4001: three reviews of O1 in one statement, the last one counts
		item(OTHER, "O1", "PASSED");
		this.jdbc.sql("""
				insert into oit_review (fiscal_year, agency_code, item_code, stage, verdict, assessor)
				values (:y, :a, 'O1', 'FIRST_REVIEW', 'PASS', 't'), (:y, :a, 'O1', 'FIRST_REVIEW', 'FAIL', 't'),
				       (:y, :a, 'O1', 'FIRST_REVIEW', 'PASS', 't')""").param("y", YEAR).param("a", OTHER).update();

		Map<String, List<OitItemResult>> round = this.results.roundResults(YEAR);
		for (String agency : List.of(AGENCY, OTHER)) {
			assertThat(round.get(agency)).as(agency).isEqualTo(this.results.results(YEAR, agency));
		}
		Map<String, OitItemResult> s4001 = round.get(AGENCY)
			.stream()
			.collect(Collectors.toMap(OitItemResult::itemCode, r -> r));
		assertThat(s4001.get("O1").score()).isEqualByComparingTo("100");
		assertThat(s4001.get("O2").score()).isEqualByComparingTo("100");
		assertThat(s4001.get("O2").finalVerdict()).isTrue();
		assertThat(s4001.get("O3").score()).isNull();
		assertThat(s4001.get("O3").finalVerdict()).isTrue();
		assertThat(s4001.get("O4").score()).isEqualByComparingTo("0");
		assertThat(s4001.get("O4").finalVerdict()).isFalse();
		assertThat(s4001.get("O5").score()).isEqualByComparingTo("0");
		assertThat(s4001.get("O6").score()).isNull();
		assertThat(score(OTHER, "O1")).isEqualByComparingTo("100");

		// the migration's backfill of items written before it gives the same
		this.jdbc.sql("""
				update oit_evidence_item set counted_review_id = null, counted_verdict = null, counted_score = null
				where fiscal_year = :y""").param("y", YEAR).update();
		assertThat(this.results.roundResults(YEAR)).isEmpty();
		String migration = new String(
				getClass().getResourceAsStream("/db/migration/oit/V202612080100__oit_counted_verdict.sql")
					.readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		this.jdbc.sql(migration.substring(migration.indexOf("-- the items written before this migration"))).update();
		assertThat(this.results.roundResults(YEAR)).isEqualTo(round);
	}

	private void item(String agency, String item, String status) {
		this.jdbc.sql("""
				insert into oit_evidence_item (fiscal_year, agency_code, item_code, status, version)
				values (:y, :a, :i, :s, 1)""")
			.param("y", YEAR)
			.param("a", agency)
			.param("i", item)
			.param("s", status)
			.update();
	}

	private void review(String agency, String item, String stage, String verdict) {
		this.jdbc.sql("""
				insert into oit_review (fiscal_year, agency_code, item_code, stage, verdict, assessor)
				values (:y, :a, :i, :stage, :verdict, 'tester')""")
			.param("y", YEAR)
			.param("a", agency)
			.param("i", item)
			.param("stage", stage)
			.param("verdict", verdict)
			.update();
	}

	private void status(String agency, String item, String status) {
		this.jdbc.sql("""
				update oit_evidence_item set status = :s, version = version + 1
				where fiscal_year = :y and agency_code = :a and item_code = :i""")
			.param("y", YEAR)
			.param("a", agency)
			.param("i", item)
			.param("s", status)
			.update();
	}

	/** The counted score as the round read gives it. */
	private BigDecimal score(String agency, String item) {
		return this.results.roundResults(YEAR)
			.get(agency)
			.stream()
			.filter(r -> r.itemCode().equals(item))
			.findFirst()
			.orElseThrow()
			.score();
	}

}
