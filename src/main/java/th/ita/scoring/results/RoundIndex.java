package th.ita.scoring.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import th.ita.agency.AgencyType;
import th.ita.agency.Region;
import th.ita.scoring.RoundRanking.RankedAgency;
import th.ita.scoring.snapshot.Snapshots;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@link RankedRound} of each round read so far, kept in memory (about 100 bytes of
 * narrow row per agency) and dropped on every snapshot or publication write
 * ({@link Snapshots#onWrite}): the next reader loads the round again with one query of
 * the narrow columns. A round read while a write happened is returned but not kept, so a
 * reader never keeps a round older than a write.
 */
@Component
class RoundIndex implements Snapshots.WriteListener {

	private final JdbcClient jdbc;

	private final Map<Integer, RankedRound> rounds = new ConcurrentHashMap<>();

	private final Map<Integer, Object> loading = new ConcurrentHashMap<>();

	private long generation;

	/** Writes per round: with {@link #generation}, a round's stamp (both only grow). */
	private final Map<Integer, Long> writes = new java.util.HashMap<>();

	private final th.ita.assessment.Rounds enrolments;

	private final th.ita.agency.AgencyDirectory agencies;

	RoundIndex(JdbcClient jdbc, Snapshots snapshots, th.ita.assessment.Rounds enrolments,
			th.ita.agency.AgencyDirectory agencies) {
		this.jdbc = jdbc;
		this.enrolments = enrolments;
		this.agencies = agencies;
		snapshots.onWrite(this);
	}

	/** The round's agencies, ranked (empty when nothing was snapshotted yet). */
	RankedRound round(int fiscalYear) {
		RankedRound round = this.rounds.get(fiscalYear);
		if (round != null) {
			return round;
		}
		// one reader loads a round at a time; the others wait for it and then find it
		synchronized (this.loading.computeIfAbsent(fiscalYear, y -> new Object())) {
			round = this.rounds.get(fiscalYear);
			if (round != null) {
				return round;
			}
			long before;
			synchronized (this) {
				before = this.generation + this.writes.getOrDefault(fiscalYear, 0L);
			}
			round = load(fiscalYear);
			synchronized (this) {
				if (this.generation + this.writes.getOrDefault(fiscalYear, 0L) == before && this.rounds.size() < 100) {
					this.rounds.put(fiscalYear, round);
				}
			}
			return round;
		}
	}

	private RankedRound load(int fiscalYear) {
		List<RankedRound.Stored> rows = new ArrayList<>();
		this.jdbc.sql("""
				select agency_code, agency_name_th, agency_name_en, agency_type, region, province, ita_rounded, grade,
				  passed, complete, iit_respondents, eit_respondents
				from scoring_snapshot where fiscal_year = :y""")
			.param("y", fiscalYear)
			.query((RowCallbackHandler) rs -> rows
				.add(new RankedRound.Stored(
						new RankedAgency(null, rs.getString(1), rs.getString(2), AgencyType.valueOf(rs.getString(4)),
								Region.valueOf(rs.getString(5)), rs.getString(6), rs.getBigDecimal(7), rs.getString(8),
								rs.getBoolean(9), rs.getBoolean(10)),
						rs.getString(3), rs.getLong(11), rs.getLong(12))));
		// every enrolled agency is listed: one without a snapshot yet (nothing
		// collected, not recomputed) as not scored
		java.util.Set<String> snapshotted = new java.util.HashSet<>();
		rows.forEach(r -> snapshotted.add(r.agency().agencyCode()));
		Map<String, th.ita.agency.AgencySummary> directory = null;
		for (th.ita.assessment.Enrolment enrolment : this.enrolments.enrolments(fiscalYear)) {
			if (!snapshotted.contains(enrolment.agencyCode())) {
				if (directory == null) {
					directory = new java.util.HashMap<>();
					for (th.ita.agency.AgencySummary a : this.agencies.all()) {
						directory.put(a.code(), a);
					}
				}
				th.ita.agency.AgencySummary a = directory.get(enrolment.agencyCode());
				if (a != null) {
					rows.add(new RankedRound.Stored(new RankedAgency(null, a.code(), a.displayNameTh(), a.type(),
							a.region(), a.province(), null, null, false, false), a.nameEn(), 0, 0));
				}
			}
		}
		return RankedRound.of(rows);
	}

	/**
	 * New enrolments show in the round's ranking: the round is read again (after the
	 * enrolment commits; a round read meanwhile is not kept).
	 */
	@org.springframework.transaction.event.TransactionalEventListener(fallbackExecution = true)
	synchronized void on(th.ita.assessment.AgenciesEnrolled event) {
		this.writes.merge(event.fiscalYear(), 1L, Long::sum);
		this.rounds.remove(event.fiscalYear());
	}

	@Override
	public synchronized void written(int fiscalYear, String agencyCode) {
		this.writes.merge(fiscalYear, 1L, Long::sum);
		this.rounds.remove(fiscalYear);
	}

	@Override
	public synchronized void cleared() {
		this.generation++;
		this.rounds.clear();
	}

}
