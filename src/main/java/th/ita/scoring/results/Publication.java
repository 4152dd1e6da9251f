package th.ita.scoring.results;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import th.ita.assessment.Activity;
import th.ita.assessment.Rounds;
import th.ita.audit.AuditTrail;
import th.ita.scoring.ScoresPublished;
import th.ita.scoring.snapshot.Recomputer;
import th.ita.scoring.snapshot.Snapshots;
import th.ita.shared.ConflictException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes a round's results: only in its {@code PUBLICATION} window (409 outside,
 * naming the window), once (409 when already published). Every enrolled agency is
 * recomputed first, the publication is audited and {@link ScoresPublished} follows. The
 * public's answers of the results API are built before the publication commits
 * ({@link ResultBytes#prepare}), so its first readers do not wait for them.
 */
@Service
public class Publication {

	private final Rounds rounds;

	private final Recomputer recomputer;

	private final Snapshots rows;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ResultBytes answers;

	Publication(Rounds rounds, Recomputer recomputer, Snapshots rows, AuditTrail audit,
			ApplicationEventPublisher events, Optional<Clock> clock, ResultBytes answers) {
		this.answers = answers;
		this.rounds = rounds;
		this.recomputer = recomputer;
		this.rows = rows;
		this.audit = audit;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** Publishes in the window (checked); the caller is the signed-in admin. */
	@Transactional
	public Instant publish(int fiscalYear, String by) {
		this.rounds.requireOpen(fiscalYear, Activity.PUBLICATION);
		return publishNow(fiscalYear, by);
	}

	/**
	 * Publishes without the window check: for demo data of a past round only.
	 */
	@Transactional
	public Instant publishNow(int fiscalYear, String by) {
		if (this.rows.publishedAt(fiscalYear).isPresent()) {
			throw new ConflictException("fiscalYear", "Round " + fiscalYear + " is already published");
		}
		int agencies = this.recomputer.recomputeRound(fiscalYear);
		Instant at = this.clock.instant();
		this.rows.publish(fiscalYear, by, at);
		this.answers.prepare(fiscalYear);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("fiscalYear", fiscalYear);
		after.put("publishedAt", at.toString());
		after.put("agencies", agencies);
		this.audit.record("scoring.round-published", "round", String.valueOf(fiscalYear), null, after);
		this.events.publishEvent(new ScoresPublished(fiscalYear, at));
		return at;
	}

}
