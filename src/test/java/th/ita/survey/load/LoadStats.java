package th.ita.survey.load;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Latencies and outcomes of one load phase (thread-safe). */
final class LoadStats {

	private final long[] latencies;

	private final AtomicLong next = new AtomicLong();

	private final AtomicLong accepted = new AtomicLong();

	private final AtomicLong errors = new AtomicLong();

	private final AtomicLong clientCpu = new AtomicLong();

	final Map<String, Long> errorKinds = new ConcurrentHashMap<>();

	private long started;

	private long ended;

	LoadStats(int capacity) {
		this.latencies = new long[capacity];
	}

	void start() {
		this.started = System.nanoTime();
	}

	void end() {
		this.ended = System.nanoTime();
	}

	void record(long nanos, boolean ok, String kind) {
		int i = (int) this.next.getAndIncrement();
		if (i < this.latencies.length) {
			this.latencies[i] = nanos;
		}
		if (ok) {
			this.accepted.incrementAndGet();
		}
		else {
			this.errors.incrementAndGet();
			this.errorKinds.merge(kind, 1L, Long::sum);
		}
	}

	/** Adds a client thread's CPU time (it ends before the phase is measured). */
	void clientCpu(long nanos) {
		this.clientCpu.addAndGet(Math.max(0, nanos));
	}

	long clientCpu() {
		return this.clientCpu.get();
	}

	long accepted() {
		return this.accepted.get();
	}

	long errors() {
		return this.errors.get();
	}

	double seconds() {
		return (this.ended - this.started) / 1e9;
	}

	double perSecond() {
		return accepted() / seconds();
	}

	/** The latency percentile in milliseconds. */
	double percentile(double p) {
		int n = (int) Math.min(this.next.get(), this.latencies.length);
		if (n == 0) {
			return 0;
		}
		long[] sorted = Arrays.copyOf(this.latencies, n);
		Arrays.sort(sorted);
		int index = (int) Math.min(n - 1, Math.ceil(p / 100.0 * n) - 1);
		return sorted[Math.max(0, index)] / 1e6;
	}

}
