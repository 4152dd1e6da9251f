package th.ita.scoring.snapshot;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.ita.oit.EvidenceReviewed;
import th.ita.survey.ResponsesRecorded;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps scores fresh: every {@code ResponsesRecorded} and {@code EvidenceReviewed} marks
 * its agency dirty (after the publisher's transaction commits, when there is one); a
 * single background thread recomputes the dirty agencies {@value #DELAY_MS} ms after the
 * first mark, so a burst of responses costs one recompute per agency and a new response
 * or verdict shows well within 1 second. Plain listeners: nothing is persisted per event.
 * Dirty marks live in memory; a restart loses at most the marks of the last moments, and
 * any later event or a round recompute repairs them.
 */
@Component
class FreshScores implements DisposableBean {

	static final long DELAY_MS = 100;

	private static final Logger log = LoggerFactory.getLogger(FreshScores.class);

	private final Recomputer recomputer;

	private final Set<Key> dirty = ConcurrentHashMap.newKeySet();

	private final AtomicBoolean scheduled = new AtomicBoolean();

	private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "scoring-fresh");
		thread.setDaemon(true);
		return thread;
	});

	FreshScores(Recomputer recomputer) {
		this.recomputer = recomputer;
	}

	@EventListener
	void on(ResponsesRecorded event) {
		markAfterCommit(new Key(event.fiscalYear(), event.agencyCode()));
	}

	@EventListener
	void on(EvidenceReviewed event) {
		markAfterCommit(new Key(event.fiscalYear(), event.agencyCode()));
	}

	private void markAfterCommit(Key key) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					mark(key);
				}
			});
		}
		else {
			mark(key);
		}
	}

	void mark(Key key) {
		this.dirty.add(key);
		if (this.scheduled.compareAndSet(false, true)) {
			this.executor.schedule(this::flush, DELAY_MS, TimeUnit.MILLISECONDS);
		}
	}

	private void flush() {
		this.scheduled.set(false);
		for (Key key : Set.copyOf(this.dirty)) {
			if (this.stopping) {
				// the database is going away with the application: the marks left are
				// repaired by a later event or a round recompute, as after a restart
				log.info("Stopping: {} agencies left to recompute later", this.dirty.size());
				return;
			}
			this.dirty.remove(key);
			try {
				this.recomputer.recompute(key.fiscalYear(), key.agencyCode());
			}
			catch (RuntimeException ex) {
				if (!this.stopping) {
					log.warn("Recompute of {} {} failed: {}", key.fiscalYear(), key.agencyCode(), ex.toString());
				}
			}
		}
		if (!this.dirty.isEmpty() && this.scheduled.compareAndSet(false, true)) {
			this.executor.schedule(this::flush, DELAY_MS, TimeUnit.MILLISECONDS);
		}
	}

	/**
	 * Set when the application stops: a flush under way ends after its current agency
	 * (before the connection pool closes), without a warning for each agency left.
	 */
	private volatile boolean stopping;

	@Override
	public void destroy() throws InterruptedException {
		this.stopping = true;
		this.executor.shutdown();
		if (!this.executor.awaitTermination(10, TimeUnit.SECONDS)) {
			this.executor.shutdownNow();
		}
	}

	record Key(int fiscalYear, String agencyCode) {
	}

}
