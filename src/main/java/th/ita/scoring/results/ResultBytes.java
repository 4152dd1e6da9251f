package th.ita.scoring.results;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import th.ita.scoring.snapshot.Snapshots;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The serialized JSON of the results API's default answer (one agency, no item detail,
 * the default threshold) by round and agency, up to a total size
 * ({@code ita.scoring.cached-result-bytes}, default 512 MB: a whole round of 30,000
 * agencies takes about a tenth of it); beyond that, nothing more is kept until a write
 * drops entries. The body is the same for every caller who may read it: callers check
 * access first, every time. Every snapshot or publication write drops the agency (or
 * everything) at once and again after its transaction ({@link Snapshots#onWrite}); a body
 * read while a write happened is not kept.
 */
@Component
class ResultBytes implements Snapshots.WriteListener {

	private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();

	private final long limit;

	private long size;

	private long generation;

	ResultBytes(Snapshots snapshots, @Value("${ita.scoring.cached-result-bytes:536870912}") long limit) {
		this.limit = limit;
		snapshots.onWrite(this);
	}

	/** The cached body, else the one read (kept if no write happened meanwhile). */
	Optional<byte[]> get(int fiscalYear, String agencyCode, Supplier<Optional<byte[]>> read) {
		String key = fiscalYear + "/" + agencyCode;
		byte[] body = this.bodies.get(key);
		if (body != null) {
			return Optional.of(body);
		}
		long before;
		synchronized (this) {
			before = this.generation;
		}
		Optional<byte[]> fresh = read.get();
		fresh.ifPresent(b -> {
			synchronized (this) {
				if (this.generation == before && this.size + b.length <= this.limit
						&& this.bodies.putIfAbsent(key, b) == null) {
					this.size += b.length;
				}
			}
		});
		return fresh;
	}

	@Override
	public synchronized void written(int fiscalYear, String agencyCode) {
		this.generation++;
		byte[] removed = this.bodies.remove(fiscalYear + "/" + agencyCode);
		if (removed != null) {
			this.size -= removed.length;
		}
	}

	@Override
	public synchronized void cleared() {
		this.generation++;
		this.bodies.clear();
		this.size = 0;
	}

	/** Bytes kept (for the benchmark's report). */
	synchronized long size() {
		return this.size;
	}

}
