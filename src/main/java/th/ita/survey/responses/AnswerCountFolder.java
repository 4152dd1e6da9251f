package th.ita.survey.responses;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Folds the answer-count deltas that the counting triggers append into
 * {@code survey_answer_count}, every {@code ita.survey.answer-count-fold-ms} (default
 * 1,000 ms) on one background thread, so the delta table stays a few batches long.
 * Readers add the deltas not folded yet, so how often this runs changes only how much
 * they read, never what they count. Several instances are safe (the fold takes an
 * advisory lock).
 */
@Component
class AnswerCountFolder implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(AnswerCountFolder.class);

	private final AnswerCounts counts;

	private final long periodMs;

	private @Nullable ScheduledExecutorService executor;

	private @Nullable ScheduledFuture<?> task;

	AnswerCountFolder(AnswerCounts counts, @Value("${ita.survey.answer-count-fold-ms:1000}") long periodMs) {
		this.counts = counts;
		this.periodMs = periodMs;
	}

	private void foldQuietly() {
		try {
			this.counts.fold();
		}
		catch (RuntimeException ex) {
			// the next period tries again; the deltas stay counted meanwhile
			log.warn("Folding the answer counts failed: {}", ex.toString());
		}
	}

	@Override
	public synchronized void start() {
		if (this.executor != null) {
			return;
		}
		this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, "survey-answer-fold");
			thread.setDaemon(true);
			return thread;
		});
		this.task = this.executor.scheduleWithFixedDelay(this::foldQuietly, this.periodMs, this.periodMs,
				TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void stop() {
		if (this.executor == null) {
			return;
		}
		if (this.task != null) {
			this.task.cancel(false);
		}
		this.executor.shutdown();
		try {
			this.executor.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.executor = null;
		this.task = null;
	}

	@Override
	public synchronized boolean isRunning() {
		return this.executor != null;
	}

	/** Stops after the response writers (their last batches append deltas too). */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 8192;
	}

}
