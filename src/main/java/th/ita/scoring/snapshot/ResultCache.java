package th.ita.scoring.snapshot;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import th.ita.scoring.AgencyResult;

/**
 * Parsed results of the read path by round and agency, bounded (Caffeine, which evicts
 * the entries least likely to be asked again). Reads take no lock: under a burst of
 * requests for many agencies (a round just published) a synchronized map made every
 * request thread queue behind whichever thread held it while the CPU ran others. Every
 * write of a snapshot or a publication evicts (or clears) and bumps a generation; a
 * result read from the database is kept only when no write happened while it was read, so
 * a reader never puts back a result older than a write. Listeners (the read caches of
 * {@code th.ita.scoring.results}) are told of every eviction.
 */
final class ResultCache {

	private final Cache<String, AgencyResult> results;

	/** Read without the lock (every results request asks); written under it. */
	private final Map<Integer, Optional<Instant>> published = new java.util.concurrent.ConcurrentHashMap<>();

	/** Bumped under the lock by every write; read without it. */
	private volatile long generation;

	private final java.util.List<Snapshots.WriteListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

	ResultCache(int capacity) {
		// evictions run in the calling thread: the bound holds as soon as a put returns
		this.results = Caffeine.newBuilder().maximumSize(capacity).executor(Runnable::run).build();
	}

	Optional<AgencyResult> get(int fiscalYear, String agencyCode, Supplier<Optional<AgencyResult>> read) {
		String key = fiscalYear + "/" + agencyCode;
		AgencyResult cached = this.results.getIfPresent(key);
		if (cached != null) {
			return Optional.of(cached);
		}
		long before = this.generation;
		Optional<AgencyResult> result = read.get();
		if (result.isPresent()) {
			synchronized (this) {
				if (this.generation == before) {
					this.results.put(key, result.get());
				}
			}
		}
		return result;
	}

	/** How many results are kept (after pending evictions). */
	long size() {
		this.results.cleanUp();
		return this.results.estimatedSize();
	}

	/** When a round was published, remembered like the results. */
	Optional<Instant> publishedAt(int fiscalYear, Supplier<Optional<Instant>> read) {
		Optional<Instant> cached = this.published.get(fiscalYear);
		if (cached != null) {
			return cached;
		}
		long before = this.generation;
		Optional<Instant> result = read.get();
		synchronized (this) {
			if (this.generation == before && this.published.size() < 1_000) {
				this.published.put(fiscalYear, result);
			}
		}
		return result;
	}

	void evict(int fiscalYear, String agencyCode) {
		synchronized (this) {
			this.generation++;
			this.results.invalidate(fiscalYear + "/" + agencyCode);
		}
		this.listeners.forEach(l -> l.written(fiscalYear, agencyCode));
	}

	void clear() {
		synchronized (this) {
			this.generation++;
			this.results.invalidateAll();
			this.published.clear();
		}
		this.listeners.forEach(Snapshots.WriteListener::cleared);
	}

	/** Told of every eviction, when this cache is (now and after the transaction). */
	void listen(Snapshots.WriteListener listener) {
		this.listeners.add(listener);
	}

}
