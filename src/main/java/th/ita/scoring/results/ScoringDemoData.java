package th.ita.scoring.results;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.ita.scoring.ScoreResults;
import th.ita.scoring.snapshot.Recomputer;
import th.ita.shared.DemoMode;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data of scoring (order 300, after the survey (200) and OIT (210) demo data):
 * scores every enrolled agency of the demo round 2567 from whatever responses and
 * verdicts are present, and publishes it (the round is synthetic and all its windows are
 * past, so the window check is skipped here only). Idempotent: a published round is only
 * recomputed. A failure is logged and does not stop the application.
 */
@Component
class ScoringDemoData {

	static final int ROUND = 2567;

	private static final Logger log = LoggerFactory.getLogger(ScoringDemoData.class);

	private final DemoMode demo;

	private final Recomputer recomputer;

	private final Publication publication;

	private final ScoreResults results;

	ScoringDemoData(DemoMode demo, Recomputer recomputer, Publication publication, ScoreResults results) {
		this.demo = demo;
		this.recomputer = recomputer;
		this.publication = publication;
		this.results = results;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(300)
	void load() {
		if (!this.demo.enabled()) {
			return;
		}
		try {
			long start = System.nanoTime();
			int agencies = this.recomputer.recomputeRound(ROUND);
			if (agencies > 0 && !this.results.isPublished(ROUND)) {
				this.publication.publishNow(ROUND, "system");
			}
			log.info("Demo scores of round {}: {} agencies in {} ms", ROUND, agencies,
					(System.nanoTime() - start) / 1_000_000);
		}
		catch (RuntimeException ex) {
			log.warn("Demo scores of round {} not loaded: {}", ROUND, ex.toString());
		}
	}

}
