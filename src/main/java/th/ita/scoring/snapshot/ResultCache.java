package th.ita.scoring.snapshot;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import th.ita.scoring.AgencyResult;

/**
 * Parsed results of the read path by round and agency, least recently used evicted beyond
 * a bound. Every write of a snapshot or a publication evicts (or clears) and bumps a
 * generation; a result read from the database is kept only when no write happened while
 * it was read, so a reader never puts back a result older than a write. Listeners (the
 * read caches of {@code th.ita.scoring.results}) are told of every eviction.
 */
final class ResultCache {

	private final int capacity;

	private final Map<String, AgencyResult> results;

	/** Read without the lock (every results request asks); written under it. */
	private final Map<Integer, Optional<Instant>> published = new java.util.concurrent.ConcurrentHashMap<>();

	private long generation;

	private final java.util.List<Snapshots.WriteListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

	ResultCache(int capacity) {
		this.capacity = capacity;
		this.results = new LinkedHashMap<>(256, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, AgencyResult> eldest) {
				return size() > ResultCache.this.capacity;
			}

		};
	}

	Optional<AgencyResult> get(int fiscalYear, String agencyCode, Supplier<Optional<AgencyResult>> read) {
		String key = fiscalYear + "/" + agencyCode;
		long before;
		synchronized (this) {
			AgencyResult cached = this.results.get(key);
			if (cached != null) {
				return Optional.of(cached);
			}
			before = this.generation;
		}
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

	/** When a round was published, remembered like the results. */
	Optional<Instant> publishedAt(int fiscalYear, Supplier<Optional<Instant>> read) {
		Optional<Instant> cached = this.published.get(fiscalYear);
		if (cached != null) {
			return cached;
		}
		long before;
		synchronized (this) {
			before = this.generation;
		}
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
			this.results.remove(fiscalYear + "/" + agencyCode);
		}
		this.listeners.forEach(l -> l.written(fiscalYear, agencyCode));
	}

	void clear() {
		synchronized (this) {
			this.generation++;
			this.results.clear();
			this.published.clear();
		}
		this.listeners.forEach(Snapshots.WriteListener::cleared);
	}

	/** Told of every eviction, when this cache is (now and after the transaction). */
	void listen(Snapshots.WriteListener listener) {
		this.listeners.add(listener);
	}

}
