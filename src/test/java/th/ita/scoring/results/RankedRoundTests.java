package th.ita.scoring.results;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import th.ita.agency.AgencyType;
import th.ita.agency.Region;
import th.ita.scoring.RankingQuery;
import th.ita.scoring.RoundRanking.RankedAgency;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-memory ranking: competition ranks, totals as SQL gave them, filters, search. */
class RankedRoundTests {

	private static RankedRound.Stored agency(String code, String nameTh, Region region, String ita, String grade,
			boolean passed) {
		return new RankedRound.Stored(new RankedAgency(null, code, nameTh, AgencyType.PRIMARY_ESA, region, "จังหวัด",
				(ita != null) ? new BigDecimal(ita) : null, grade, passed, false), "Office " + code, 0, 0);
	}

	private static final RankedRound ROUND = RankedRound
		.of(List.of(agency("B2", "สพป.ขอนแก่น เขต 2", Region.NORTHEAST, "90.00", "A", true),
				agency("A1", "สพป.กรุงเทพมหานคร", Region.CENTRAL, "90.00", "A", true),
				agency("C3", "สพป.ขอนแก่น เขต 1", Region.NORTHEAST, "80.50", "B", false),
				agency("D4", "สพป.ชลบุรี", Region.EAST, null, null, false),
				agency("E5", "สพป.นนทบุรี", Region.CENTRAL, "70.25", "C", false)));

	@Test
	void competitionRanksTiesByCodeAndAgenciesWithoutAnItaLast() {
		RankedRound.Result all = ROUND.query(RankingQuery.all());
		assertThat(all.page()).extracting(RankedAgency::agencyCode).containsExactly("A1", "B2", "C3", "E5", "D4");
		assertThat(all.page()).extracting(RankedAgency::rank).containsExactly(1, 1, 3, 4, null);
	}

	/**
	 * By hand: mean (90 + 90 + 80.50 + 70.25) / 4 = 82.6875 → 82.69; median of 90, 90,
	 * 80.50, 70.25 = (90 + 80.50) / 2 = 85.25; 2 passed; grades A 2, B 1, C 1.
	 */
	@Test
	void totalsAreTheSqlOnes() {
		RankedRound.Totals t = ROUND.query(RankingQuery.all()).totals();
		assertThat(t.enrolled()).isEqualTo(5);
		assertThat(t.scored()).isEqualTo(4);
		assertThat(t.mean()).isEqualByComparingTo("82.69");
		assertThat(t.median()).isEqualByComparingTo("85.25");
		assertThat(t.passed()).isEqualTo(2);
		assertThat(t.grades()).containsEntry("A", 2L).containsEntry("B", 1L).containsEntry("C", 1L);
	}

	@Test
	void filtersSearchesInThaiAndPages() {
		RankingQuery khonKaen = new RankingQuery(null, null, null, " ขอนแก่น ", RankingQuery.Sort.RANK, false, 0, 50);
		assertThat(ROUND.query(khonKaen).page()).extracting(RankedAgency::agencyCode).containsExactly("B2", "C3");
		RankingQuery central = new RankingQuery(null, Region.CENTRAL, null, null, RankingQuery.Sort.RANK, false, 0, 50);
		RankedRound.Result r = ROUND.query(central);
		assertThat(r.page()).extracting(RankedAgency::agencyCode).containsExactly("A1", "E5");
		assertThat(r.page()).extracting(RankedAgency::rank).containsExactly(1, 4);
		assertThat(r.totals().median()).isEqualByComparingTo("80.13");
		RankingQuery byCode = new RankingQuery(null, null, null, "office c", RankingQuery.Sort.CODE, true, 0, 50);
		assertThat(ROUND.query(byCode).page()).extracting(RankedAgency::agencyCode).containsExactly("C3");
		RankingQuery worstFirst = new RankingQuery(null, null, null, null, RankingQuery.Sort.RANK, true, 1, 2);
		assertThat(ROUND.query(worstFirst).page()).extracting(RankedAgency::agencyCode).containsExactly("C3", "A1");
		RankingQuery byName = new RankingQuery(null, Region.NORTHEAST, null, null, RankingQuery.Sort.NAME, false, 0,
				50);
		assertThat(ROUND.query(byName).page()).extracting(RankedAgency::agencyCode).containsExactly("C3", "B2");
	}

	@Test
	void groupsByRegion() {
		assertThat(ROUND.groups(a -> a.region().name())).extracting(Dashboard.Group::key, Dashboard.Group::agencies)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("CENTRAL", 2L),
					org.assertj.core.groups.Tuple.tuple("EAST", 1L),
					org.assertj.core.groups.Tuple.tuple("NORTHEAST", 2L));
	}

}
