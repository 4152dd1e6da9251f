package th.ita.oit.linkcheck;

import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background link checks on a fixed, small pool with a bounded queue. Submitting never
 * blocks: when the queue is full the check is refused ({@link Submission#REJECTED}) and
 * the caller may ask again later (the OIT cycle checks again when an assessor opens the
 * item). A URL already waiting or running is not queued twice.
 */
public class LinkCheckQueue implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(LinkCheckQueue.class);

	/** What became of a request for a background check. */
	public enum Submission {

		/** Queued or started. */
		QUEUED,
		/** The same URL is already waiting or running; nothing added. */
		ALREADY_QUEUED,
		/** The queue is full; nothing added. */
		REJECTED

	}

	private final ThreadPoolExecutor executor;

	private final Set<String> pending = ConcurrentHashMap.newKeySet();

	private final AtomicLong rejected = new AtomicLong();

	public LinkCheckQueue(int threads, int capacity) {
		AtomicInteger count = new AtomicInteger();
		ThreadFactory factory = (runnable) -> {
			Thread thread = new Thread(runnable, "link-check-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
		this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
				new ArrayBlockingQueue<>(capacity), factory, new ThreadPoolExecutor.AbortPolicy());
	}

	/** Runs the task in the background unless its key is pending or the queue is full. */
	public Submission submit(String key, Runnable task) {
		if (!this.pending.add(key)) {
			return Submission.ALREADY_QUEUED;
		}
		try {
			this.executor.execute(() -> {
				try {
					task.run();
				}
				catch (RuntimeException ex) {
					log.warn("Link check of {} failed", key, ex);
				}
				finally {
					this.pending.remove(key);
				}
			});
			return Submission.QUEUED;
		}
		catch (RejectedExecutionException ex) {
			this.pending.remove(key);
			long total = this.rejected.incrementAndGet();
			log.warn("Link check queue full; refused {} ({} refused so far)", key, total);
			return Submission.REJECTED;
		}
	}

	/** Checks waiting or running. */
	public int pending() {
		return this.pending.size();
	}

	/** Checks refused because the queue was full, since start. */
	public long rejected() {
		return this.rejected.get();
	}

	@Override
	public void close() {
		this.executor.shutdownNow();
	}

}
