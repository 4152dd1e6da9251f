package th.ita.scoring.results;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import th.ita.scoring.snapshot.Snapshots;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The serialized JSON of the results API's default answer (one agency, no item detail,
 * the default threshold) by round and agency, up to a total size GZIP compressed
 * ({@code ita.scoring.cached-result-bytes}, default 512 MB; an answer is about 23 kB of
 * JSON and about 6 kB compressed in the benchmark); beyond that, nothing more is kept
 * until a write drops entries. The body is the same for every caller who may read it:
 * callers check access first, every time. A published round's miss reads the answer
 * stored at its publication ({@link StoredAnswers}) while its snapshot is unchanged, and
 * the round is warmed up in the background at its first miss
 * ({@code ita.scoring.warm-published-rounds}, default on; off, nothing is stored either).
 * Every snapshot or publication write drops the agency (or everything) at once and again
 * after its transaction ({@link Snapshots#onWrite}); a body read while a write happened
 * is not kept.
 */
@Component
class ResultBytes implements Snapshots.WriteListener {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ResultBytes.class);

	private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();

	private final long limit;

	private final java.util.concurrent.atomic.AtomicLong size = new java.util.concurrent.atomic.AtomicLong();

	private volatile long generation;

	/** Writes of one agency per round: with {@link #generation}, a round's stamp. */
	private final Map<Integer, Long> writes = new ConcurrentHashMap<>();

	/**
	 * Keeping an answer shares this lock; a write takes it alone, so no answer read
	 * before a write is kept after it, and requests that keep answers do not queue behind
	 * each other (only misses keep).
	 */
	private final java.util.concurrent.locks.ReadWriteLock lock = new java.util.concurrent.locks.ReentrantReadWriteLock();

	private final Snapshots snapshots;

	private final ResultsBodies source;

	private final StoredAnswers stored;

	private final boolean warmUp;

	private final WarmUps warmUps;

	ResultBytes(Snapshots snapshots, ResultsBodies source, StoredAnswers stored,
			@Value("${ita.scoring.cached-result-bytes:536870912}") long limit,
			@Value("${ita.scoring.warm-published-rounds:true}") boolean warmUp,
			org.springframework.beans.factory.ObjectProvider<io.micrometer.core.instrument.MeterRegistry> meters) {
		this.snapshots = snapshots;
		this.source = source;
		this.stored = stored;
		this.limit = limit;
		this.warmUp = warmUp;
		this.warmUps = new WarmUps(new WarmUps.Cache() {

			@Override
			public long stamp(int fiscalYear) {
				return ResultBytes.this.stamp(fiscalYear);
			}

			@Override
			public boolean has(int fiscalYear, String agencyCode) {
				return ResultBytes.this.bodies.containsKey(fiscalYear + "/" + agencyCode);
			}

			@Override
			public boolean keep(int fiscalYear, String agencyCode, byte[] body, long generation) {
				return ResultBytes.this.keep(fiscalYear, fiscalYear + "/" + agencyCode, body, generation);
			}

		}, snapshots, stored, source);
		snapshots.onWrite(this);
		meters.ifAvailable(registry -> {
			io.micrometer.core.instrument.Gauge.builder("ita.scoring.results.cached", this, ResultBytes::entries)
				.description("Results answers kept as GZIP JSON")
				.register(registry);
			io.micrometer.core.instrument.Gauge.builder("ita.scoring.results.cached.bytes", this, ResultBytes::size)
				.description("Bytes of the results answers kept")
				.baseUnit("bytes")
				.register(registry);
		});
	}

	/**
	 * The cached body, else the one read (kept if no write happened meanwhile), GZIP
	 * compressed either way.
	 */
	Optional<byte[]> get(int fiscalYear, String agencyCode, Supplier<Optional<byte[]>> read) {
		String key = fiscalYear + "/" + agencyCode;
		byte[] body = this.bodies.get(key);
		if (body != null) {
			return Optional.of(body);
		}
		long before = stamp(fiscalYear);
		Optional<byte[]> fresh;
		// building an answer is CPU work: a few at a time, the other misses wait parked
		// instead of all running at once (after a publication nearly every request is a
		// miss, and dozens of runnable threads on a few cores made the tail long)
		this.builders.acquireUninterruptibly();
		try {
			body = this.bodies.get(key);
			if (body != null) {
				return Optional.of(body);
			}
			fresh = stored(fiscalYear, agencyCode).or(() -> read.get().map(Gzip::compress));
		}
		finally {
			this.builders.release();
		}
		fresh.ifPresent(b -> keep(fiscalYear, key, b, before));
		if (this.warmUp) {
			this.warmUps.start(fiscalYear, before, 3);
		}
		return fresh;
	}

	/** A published round's stored answer, still valid (GZIP). */
	private Optional<byte[]> stored(int fiscalYear, String agencyCode) {
		return (this.warmUp && this.snapshots.publishedAt(fiscalYear).isPresent())
				? this.stored.find(fiscalYear, agencyCode) : Optional.empty();
	}

	/** Misses building their answer at the same time. */
	private final java.util.concurrent.Semaphore builders = new java.util.concurrent.Semaphore(
			Math.max(4, 4 * Runtime.getRuntime().availableProcessors()), true);

	/**
	 * Changes with every write that touches the round (both counters only grow), so a
	 * write elsewhere does not stop this round's caching.
	 */
	private long stamp(int fiscalYear) {
		return this.generation + this.writes.getOrDefault(fiscalYear, 0L);
	}

	private boolean keep(int fiscalYear, String key, byte[] body, long before) {
		this.lock.readLock().lock();
		try {
			if (stamp(fiscalYear) != before) {
				return false;
			}
			if (this.size.get() + body.length <= this.limit && this.bodies.putIfAbsent(key, body) == null) {
				this.size.addAndGet(body.length);
			}
			return true;
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	/**
	 * Builds every answer of the round as its publication shows it, in the publication's
	 * transaction (after the publication row is written, so the results read say
	 * published), and keeps them when that transaction commits: the public's first
	 * requests after a publication find their answers instead of all building them at
	 * once. Every answer is also stored ({@link StoredAnswers}, in the same transaction),
	 * so a restarted server reads them instead of building them. An answer whose snapshot
	 * was written again meanwhile is not kept (its request reads it); a rollback keeps
	 * nothing. Off with {@code ita.scoring.warm-published-rounds=false}.
	 * @return how many answers were built
	 */
	int prepare(int fiscalYear) {
		if (!this.warmUp) {
			return 0;
		}
		long started = System.nanoTime();
		Map<String, Prepared> prepared = new ConcurrentHashMap<>();
		// every answer is stored, a page at a time on this thread (the transaction's
		// connection is bound to it; the common pool's threads build too); no more are
		// kept in memory than the cache may keep (the publication drops every kept
		// answer)
		Thread publishing = Thread.currentThread();
		java.util.Queue<StoredAnswers.Answer> toStore = new java.util.concurrent.ConcurrentLinkedQueue<>();
		java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
		java.util.concurrent.atomic.AtomicInteger built = new java.util.concurrent.atomic.AtomicInteger();
		this.stored.clear(fiscalYear);
		this.snapshots.forEachResultInRoundInParallel(fiscalYear, r -> {
			if (!r.published()) {
				return;
			}
			byte[] body = Gzip.compress(this.source.body(r));
			built.incrementAndGet();
			toStore.add(new StoredAnswers.Answer(r.agencyCode(), Snapshots.Version.of(r), body));
			if (bytes.addAndGet(body.length) <= this.limit) {
				prepared.put(r.agencyCode(), new Prepared(Snapshots.Version.of(r), body));
			}
			if (Thread.currentThread() == publishing && toStore.size() >= StoredAnswers.PAGE) {
				this.stored.add(fiscalYear, drain(toStore));
			}
		});
		this.stored.add(fiscalYear, drain(toStore));
		log.info("Round {}: {} answers ({} kB GZIP) built and stored for its publication in {} ms", fiscalYear,
				built.get(), bytes.get() >> 10, (System.nanoTime() - started) / 1_000_000);
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			install(fiscalYear, prepared);
			return prepared.size();
		}
		// after the publication's own drop of every answer, which it registered first
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_COMMITTED) {
					install(fiscalYear, prepared);
				}
			}

		});
		return built.get();
	}

	private static java.util.List<StoredAnswers.Answer> drain(java.util.Queue<StoredAnswers.Answer> queue) {
		java.util.List<StoredAnswers.Answer> out = new java.util.ArrayList<>();
		for (StoredAnswers.Answer answer = queue.poll(); answer != null; answer = queue.poll()) {
			out.add(answer);
		}
		return out;
	}

	/** A prepared answer and the snapshot it was built from. */
	private record Prepared(Snapshots.Version version, byte[] body) {
	}

	/**
	 * Keeps the prepared answers whose snapshots are still the stored ones; a write from
	 * here on stops it (as for any answer read before a write).
	 */
	private void install(int fiscalYear, Map<String, Prepared> prepared) {
		long before = stamp(fiscalYear);
		Map<String, Snapshots.Version> stored = this.snapshots.versions(fiscalYear);
		for (Map.Entry<String, Prepared> answer : prepared.entrySet()) {
			if (answer.getValue().version().equals(stored.get(answer.getKey()))
					&& !keep(fiscalYear, fiscalYear + "/" + answer.getKey(), answer.getValue().body(), before)) {
				return;
			}
		}
	}

	/**
	 * After a start, the newest published round's answers are read in the background at
	 * full pace ({@link WarmUps}): a restarted server has them before it says it is ready
	 * ({@link ResultsReadiness}).
	 */
	@EventListener(ApplicationReadyEvent.class)
	void warmNewestPublishedRound() {
		if (this.warmUp) {
			this.warmUps.startNewestPublishedRound();
		}
	}

	/** Whether the start-up warm-up has ended (or there is none). */
	boolean startUpWarmUpEnded() {
		return !this.warmUp || this.warmUps.ended();
	}

	@Override
	public void written(int fiscalYear, String agencyCode) {
		this.lock.writeLock().lock();
		try {
			this.writes.merge(fiscalYear, 1L, Long::sum);
			byte[] removed = this.bodies.remove(fiscalYear + "/" + agencyCode);
			if (removed != null) {
				this.size.addAndGet(-removed.length);
			}
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	@jakarta.annotation.PreDestroy
	void stop() {
		this.warmUps.stop();
	}

	@Override
	public void cleared() {
		this.lock.writeLock().lock();
		try {
			this.generation++;
			this.bodies.clear();
			this.size.set(0);
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	/** Bytes kept. */
	long size() {
		return this.size.get();
	}

	/** Answers kept. */
	long entries() {
		return this.bodies.size();
	}

}
