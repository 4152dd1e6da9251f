package th.ita.survey.responses;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.ita.survey.ResponsesRecorded;
import th.ita.survey.SurveyInstrument;
import th.ita.survey.codes.AccessCodeService;
import th.ita.survey.codes.AccessCodeService.CodeResult;
import th.ita.survey.codes.AccessCodeService.CodeUse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The group-commit writer of survey responses. Request threads validate a submission,
 * hash its code and token, and queue it here; {@code ita.survey.writer.threads} writer
 * threads (default 2) each take what is queued (up to {@code batch-size}, default 200)
 * and store it in ONE transaction: use the form tokens (one UPDATE), use the access codes
 * of the submissions whose token was good (one UPDATE), give back the tokens of those
 * whose code failed, insert the stored responses (one INSERT from arrays, in random
 * order), commit, and only then complete each request (so a 201 is sent only after its
 * row is durably committed). A code or token listed twice in one batch is used by the
 * first listing only. When the batch fails (e.g. a deadlock), each of its submissions is
 * retried alone. After the commit, and before any request is completed, it publishes one
 * {@link ResponsesRecorded} per (round, agency, instrument) of the batch, with the number
 * of responses stored (so listeners run once per batch, not once per response). The queue
 * is bounded ({@code queue-capacity}, default 4096): when it is full, or while shutting
 * down, a submission gets 503 with {@code Retry-After}. Stopping (after the web server
 * has stopped taking requests) drains the queue. Metrics:
 * {@code ita.survey.writer.queued} (gauge) and {@code ita.survey.writer.batch}
 * (submissions per transaction). Nothing here logs a code, a token, an answer or a
 * receipt.
 */
@Component
class ResponseWriter implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ResponseWriter.class);

	/** How long a request waits for its batch before it gets 503. */
	static final Duration WAIT = Duration.ofSeconds(30);

	/** What storing one submission found. */
	enum Outcome {

		STORED, TOKEN_USED, TOKEN_UNKNOWN, CODE_USED, CODE_UNKNOWN

	}

	/** One submission to store: the row, and the token and code to use first. */
	record Write(ResponseRows.Row row, byte @Nullable [] tokenHash, @Nullable CodeUse code) {

		@Override
		public String toString() {
			return "Write[<redacted>]";
		}

	}

	private record Pending(Write write, CompletableFuture<Outcome> future) {
	}

	private final ResponseRows responses;

	private final FormTokenRows tokens;

	private final AccessCodeService codes;

	private final TransactionTemplate transaction;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final BlockingQueue<Pending> queue;

	private final int batchSize;

	private final int threads;

	private final List<Thread> workers = new ArrayList<>();

	private volatile boolean running;

	private final @Nullable DistributionSummary batches;

	ResponseWriter(ResponseRows responses, FormTokenRows tokens, AccessCodeService codes,
			PlatformTransactionManager transactions, MessageSource messages, ApplicationEventPublisher events,
			@Value("${ita.survey.writer.batch-size:200}") int batchSize,
			@Value("${ita.survey.writer.queue-capacity:4096}") int capacity,
			@Value("${ita.survey.writer.threads:2}") int threads, ObjectProvider<MeterRegistry> meters) {
		this.responses = responses;
		this.tokens = tokens;
		this.codes = codes;
		this.transaction = new TransactionTemplate(transactions);
		this.messages = messages;
		this.events = events;
		this.batchSize = Math.max(1, batchSize);
		this.queue = new ArrayBlockingQueue<>(Math.max(1, capacity));
		this.threads = Math.max(1, threads);
		MeterRegistry registry = meters.getIfAvailable();
		if (registry != null) {
			Gauge.builder("ita.survey.writer.queued", this.queue, BlockingQueue::size)
				.description("Survey submissions waiting for the group-commit writer")
				.register(registry);
			this.batches = DistributionSummary.builder("ita.survey.writer.batch")
				.description("Submissions per group-commit transaction")
				.register(registry);
		}
		else {
			this.batches = null;
		}
	}

	/**
	 * Queues the submission and waits until its batch has committed.
	 * @throws SurveyBusyException (503) when the queue is full, the writer is stopping,
	 * or the batch took longer than {@link #WAIT}
	 */
	Outcome write(Write write) {
		Pending pending = new Pending(write, new CompletableFuture<>());
		if (!this.running || !this.queue.offer(pending)) {
			throw busy();
		}
		try {
			return pending.future().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw busy();
		}
		catch (TimeoutException ex) {
			throw busy();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException("Storing the response failed", ex.getCause());
		}
	}

	private SurveyBusyException busy() {
		return new SurveyBusyException(
				this.messages.getMessage("survey.busy.title", null, "Busy", LocaleContextHolder.getLocale()),
				this.messages.getMessage("survey.busy.detail", new Object[] { SurveyBusyException.RETRY_SECONDS },
						"Busy", LocaleContextHolder.getLocale()));
	}

	private void run() {
		List<Pending> batch = new ArrayList<>(this.batchSize);
		while (this.running || !this.queue.isEmpty()) {
			try {
				Pending first = this.queue.poll(50, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				this.queue.drainTo(batch, this.batchSize - 1);
				store(batch);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException | Error ex) {
				batch.forEach(p -> p.future().completeExceptionally(ex));
			}
			finally {
				batch.clear();
			}
		}
	}

	private void store(List<Pending> batch) {
		List<Write> writes = batch.stream().map(Pending::write).toList();
		List<Outcome> outcomes;
		try {
			outcomes = this.transaction.execute(status -> writeBatch(writes));
		}
		catch (RuntimeException ex) {
			// Never the message: it may quote a row.
			log.warn("A batch of {} survey responses failed ({}); storing them one by one", batch.size(),
					ex.getClass().getSimpleName());
			if (batch.size() > 1) {
				batch.forEach(p -> store(List.of(p)));
			}
			else {
				batch.get(0).future().completeExceptionally(ex);
			}
			return;
		}
		if (this.batches != null) {
			this.batches.record(batch.size());
		}
		publish(writes, outcomes);
		for (int i = 0; i < batch.size(); i++) {
			batch.get(i).future().complete(outcomes.get(i));
		}
	}

	/** One batch in the current transaction; per write, in order, its outcome. */
	List<Outcome> writeBatch(List<Write> writes) {
		Outcome[] outcomes = new Outcome[writes.size()];
		List<Integer> withToken = new ArrayList<>();
		for (int i = 0; i < writes.size(); i++) {
			if (writes.get(i).tokenHash() != null) {
				withToken.add(i);
			}
		}
		List<FormTokenRows.TokenUse> tokenUses = withToken.stream().map(i -> tokenUse(writes.get(i))).toList();
		Set<String> used = new HashSet<>(this.tokens.useAll(tokenUses, SurveyForms.today()));
		List<FormTokenRows.TokenUse> failedTokens = new ArrayList<>();
		for (int i : withToken) {
			if (!used.remove(hex(writes.get(i).tokenHash()))) {
				failedTokens.add(tokenUse(writes.get(i)));
				outcomes[i] = Outcome.TOKEN_UNKNOWN;
			}
		}
		Set<String> usedBefore = this.tokens.usedAlready(failedTokens);
		List<Integer> withCode = new ArrayList<>();
		for (int i = 0; i < writes.size(); i++) {
			if (outcomes[i] == Outcome.TOKEN_UNKNOWN && usedBefore.contains(hex(writes.get(i).tokenHash()))) {
				outcomes[i] = Outcome.TOKEN_USED;
			}
			if (outcomes[i] == null && writes.get(i).code() != null) {
				withCode.add(i);
			}
		}
		List<CodeResult> results = this.codes.consumeAll(withCode.stream().map(i -> writes.get(i).code()).toList());
		List<FormTokenRows.TokenUse> giveBack = new ArrayList<>();
		for (int k = 0; k < withCode.size(); k++) {
			int i = withCode.get(k);
			if (results.get(k) != CodeResult.USED_NOW) {
				outcomes[i] = (results.get(k) == CodeResult.ALREADY_USED) ? Outcome.CODE_USED : Outcome.CODE_UNKNOWN;
				if (writes.get(i).tokenHash() != null) {
					giveBack.add(tokenUse(writes.get(i)));
				}
			}
		}
		if (!giveBack.isEmpty()) {
			this.tokens.markUnused(giveBack);
		}
		List<ResponseRows.Row> rows = new ArrayList<>();
		for (int i = 0; i < writes.size(); i++) {
			if (outcomes[i] == null) {
				outcomes[i] = Outcome.STORED;
				rows.add(writes.get(i).row());
			}
		}
		// Random order within the batch: the physical order of the rows says nothing
		// about the order of the codes used.
		Collections.shuffle(rows);
		this.responses.insertAll(rows);
		return List.of(outcomes);
	}

	/**
	 * One event per (round, agency, instrument) of a committed batch, counting its stored
	 * responses. A failing listener cannot undo the commit, so it is logged (its class
	 * only) and the requests still get their outcome.
	 */
	private void publish(List<Write> writes, List<Outcome> outcomes) {
		Map<Recorded, int[]> stored = new LinkedHashMap<>();
		for (int i = 0; i < writes.size(); i++) {
			if (outcomes.get(i) == Outcome.STORED) {
				ResponseRows.Row row = writes.get(i).row();
				stored.computeIfAbsent(new Recorded(row.fiscalYear(), row.agencyCode(), row.instrument().name()),
						k -> new int[1])[0]++;
			}
		}
		stored.forEach((key, count) -> {
			try {
				this.events.publishEvent(new ResponsesRecorded(key.fiscalYear(), key.agencyCode(),
						SurveyInstrument.valueOf(key.instrument()), count[0]));
			}
			catch (RuntimeException ex) {
				log.warn("A listener of ResponsesRecorded failed ({})", ex.getClass().getSimpleName());
			}
		});
	}

	private record Recorded(int fiscalYear, String agencyCode, String instrument) {
	}

	private static FormTokenRows.TokenUse tokenUse(Write write) {
		ResponseRows.Row row = write.row();
		return new FormTokenRows.TokenUse(write.tokenHash(), row.fiscalYear(), row.agencyCode(), row.instrument());
	}

	private static String hex(byte @Nullable [] bytes) {
		return (bytes != null) ? HexFormat.of().formatHex(bytes) : "";
	}

	@Override
	public void start() {
		synchronized (this.workers) {
			if (this.running) {
				return;
			}
			this.running = true;
			for (int i = 0; i < this.threads; i++) {
				Thread thread = new Thread(this::run, "survey-writer-" + i);
				thread.setDaemon(true);
				thread.start();
				this.workers.add(thread);
			}
		}
	}

	/** Takes no more submissions, then stores what is queued and ends the threads. */
	@Override
	public void stop() {
		synchronized (this.workers) {
			this.running = false;
			for (Thread thread : this.workers) {
				try {
					thread.join(30_000);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					break;
				}
			}
			this.workers.clear();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Starts before and stops after the web server (which stops at DEFAULT_PHASE - 1024).
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	/** Submissions waiting (for tests and metrics). */
	int queued() {
		return this.queue.size();
	}

}
