package th.ita.scoring.results;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import th.ita.scoring.snapshot.Snapshots;

/**
 * The background warm-ups of {@link ResultBytes}: once per round and write generation, a
 * published round's answers are all read on one low-priority thread, so the public's
 * requests find them: first the valid stored ones ({@link StoredAnswers}, 500 rows a
 * query), then the rest built from their snapshots (one by one up to {@value #FEW}
 * missing, else the whole round). A write during a warm-up stops it (a later miss starts
 * it again).
 */
final class WarmUps {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(WarmUps.class);

	/** Up to this many answers missing, a warm-up reads their snapshots one by one. */
	private static final int FEW = 2_000;

	/** What a warm-up needs of the cache it fills. */
	interface Cache {

		/** Changes with every write that touches the round. */
		long stamp(int fiscalYear);

		boolean has(int fiscalYear, String agencyCode);

		/** Keeps the answer unless the round's stamp moved past {@code generation}. */
		boolean keep(int fiscalYear, String agencyCode, byte[] body, long generation);

	}

	private final Cache cache;

	private final Snapshots snapshots;

	private final StoredAnswers stored;

	private final ResultsBodies source;

	/** Per round, the generation its last warm-up started at. */
	private final Map<Integer, Long> warmed = new ConcurrentHashMap<>();

	private final ExecutorService warmer = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "scoring-result-warm-up");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		return thread;
	});

	/** Open once the start-up warm-up has ended, or there was none. */
	private final CountDownLatch startedUp = new CountDownLatch(1);

	WarmUps(Cache cache, Snapshots snapshots, StoredAnswers stored, ResultsBodies source) {
		this.cache = cache;
		this.snapshots = snapshots;
		this.stored = stored;
		this.source = source;
	}

	/**
	 * Starts the round's warm-up for this generation unless it is stale, started already
	 * or the round is not published; it sleeps {@code pause} times as long as it worked
	 * (see {@link Run}).
	 */
	void start(int fiscalYear, long generation, int pause) {
		if (this.cache.stamp(fiscalYear) != generation || this.warmed.size() > 100
				|| Long.valueOf(generation).equals(this.warmed.put(fiscalYear, generation))) {
			return;
		}
		if (this.snapshots.publishedAt(fiscalYear).isEmpty()) {
			return;
		}
		this.warmer.execute(() -> {
			try {
				Run run = new Run(fiscalYear, generation, pause);
				this.stored.forEachValid(fiscalYear, (agencyCode, body) -> run.keep(agencyCode, () -> body));
				List<String> missing = this.snapshots.versions(fiscalYear)
					.keySet()
					.stream()
					.filter(agencyCode -> !this.cache.has(fiscalYear, agencyCode))
					.toList();
				if (missing.size() <= FEW) {
					missing.forEach(agencyCode -> this.snapshots.result(fiscalYear, agencyCode)
						.ifPresent(r -> run.keep(agencyCode, () -> Gzip.compress(this.source.body(r)))));
				}
				else {
					this.snapshots.forEachResultInRound(fiscalYear,
							r -> run.keep(r.agencyCode(), () -> Gzip.compress(this.source.body(r))));
				}
				log.info("Round {}: warm-up read {} answers ({} built) in {} ms", fiscalYear, run.count, missing.size(),
						(System.nanoTime() - run.started) / 1_000_000);
			}
			catch (RuntimeException ex) {
				// a write happened (or the database failed): requests read their answers
			}
		});
	}

	/**
	 * After a start, the newest published round's warm-up at full pace; {@link #ended}
	 * once it is over.
	 */
	void startNewestPublishedRound() {
		try {
			this.snapshots.newestPublishedRound()
				.ifPresent(fiscalYear -> start(fiscalYear, this.cache.stamp(fiscalYear), 0));
		}
		catch (RuntimeException ex) {
			log.warn("No warm-up of the published results: {}", ex.getMessage());
		}
		finally {
			// runs after the warm-up's task on the one warm-up thread
			this.warmer.execute(this.startedUp::countDown);
		}
	}

	/** Whether the start-up warm-up has ended. */
	boolean ended() {
		return this.startedUp.getCount() == 0;
	}

	void stop() {
		this.warmer.shutdownNow();
	}

	/**
	 * One warm-up: keeps each answer unless one is kept, stops at a write since it began,
	 * and after every 100 answers sleeps {@code pause} times as long as they took. One
	 * started by a miss sleeps 3 times as long (a quarter of a core), so the public's
	 * requests arriving meanwhile keep the rest: at full pace it lengthened their tail
	 * (p95 42 → 61 ms in the benchmark's phase 5). At start-up, before the server says it
	 * is ready, it runs at full pace.
	 */
	private final class Run {

		private final int fiscalYear;

		private final long generation;

		private final int pause;

		private final long started = System.nanoTime();

		private long since = this.started;

		private int count;

		Run(int fiscalYear, long generation, int pause) {
			this.fiscalYear = fiscalYear;
			this.generation = generation;
			this.pause = pause;
		}

		void keep(String agencyCode, Supplier<byte[]> body) {
			if (!WarmUps.this.cache.has(this.fiscalYear, agencyCode)
					&& !WarmUps.this.cache.keep(this.fiscalYear, agencyCode, body.get(), this.generation)) {
				throw new Stale();
			}
			if (++this.count % 100 == 0 && this.pause > 0) {
				LockSupport.parkNanos(this.pause * (System.nanoTime() - this.since));
				if (Thread.currentThread().isInterrupted()) {
					throw new Stale();
				}
				this.since = System.nanoTime();
			}
		}

	}

	/** A write happened during the warm-up (or it was stopped). */
	private static final class Stale extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Stale() {
			super(null, null, false, false);
		}

	}

}
