package th.ita.scoring.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.jspecify.annotations.Nullable;
import th.ita.shared.load.LoadClients;

/**
 * The results API phase of the scoring benchmark: {@code clients} threads, each with one
 * keep-alive connection (Apache HttpClient 5, lighter on this JVM's CPU than the JDK
 * client: the server shares it), ask for random agencies' default answers of the
 * published round, accepting GZIP (as browsers and HTTP libraries do; the tool reads the
 * compressed bytes and does not inflate them). Measured twice: cold (the answers are read
 * and serialized at their first request while the background warm-up runs) and warm
 * (after the warm-up has kept every answer).
 */
final class ResultsLoad implements AutoCloseable {

	private final CloseableHttpClient client;

	private final String base;

	private final int clients;

	final AtomicLong errors = new AtomicLong();

	final AtomicLong bytes = new AtomicLong();

	ResultsLoad(String base, int clients) {
		this.base = base;
		this.clients = clients;
		this.client = LoadClients.pooled(clients);
	}

	/** Paths of random agencies' default answers. */
	static List<String> paths(int year, int agencies, int count, long seed) {
		Random random = new Random(seed);
		List<String> paths = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			paths.add("/api/v1/rounds/" + year + "/results/" + SyntheticRound.code(random.nextInt(agencies)));
		}
		return paths;
	}

	/** Each request's time in nanoseconds; errors and bytes received are counted. */
	long[] drive(List<String> paths) throws InterruptedException {
		return drive(paths, null);
	}

	/** {@link #drive(List)} with a bearer token (a signed-in user's reads). */
	long[] drive(List<String> paths, @Nullable String token) throws InterruptedException {
		long[] times = new long[paths.size()];
		AtomicInteger next = new AtomicInteger();
		CountDownLatch done = new CountDownLatch(this.clients);
		this.errors.set(0);
		this.bytes.set(0);
		for (int c = 0; c < this.clients; c++) {
			new Thread(() -> {
				try {
					int i;
					while ((i = next.getAndIncrement()) < paths.size()) {
						HttpGet get = new HttpGet(this.base + paths.get(i));
						get.setHeader("Accept", "application/json");
						get.setHeader("Accept-Encoding", "gzip");
						if (token != null) {
							get.setHeader("Authorization", "Bearer " + token);
						}
						long t0 = System.nanoTime();
						try {
							int status = this.client.execute(get, response -> {
								this.bytes.addAndGet(EntityUtils.toByteArray(response.getEntity()).length);
								return response.getCode();
							});
							if (status != 200) {
								this.errors.incrementAndGet();
							}
						}
						catch (Exception ex) {
							this.errors.incrementAndGet();
						}
						times[i] = System.nanoTime() - t0;
					}
				}
				finally {
					done.countDown();
				}
			}, "results-client-" + c).start();
		}
		done.await();
		return times;
	}

	/**
	 * Waits until the kept answers stop growing (the background warm-up ended) or reach
	 * the expected count, at most the given seconds.
	 * @return seconds waited
	 */
	static double awaitWarm(LongSupplier kept, long expected, int seconds) throws InterruptedException {
		long t0 = System.nanoTime();
		long deadline = t0 + seconds * 1_000_000_000L;
		long last = -1;
		int still = 0;
		while (System.nanoTime() < deadline) {
			long now = kept.getAsLong();
			if (now >= expected) {
				break;
			}
			still = (now == last) ? still + 1 : 0;
			// 10 s: a paced warm-up sleeps three times as long as a step took (a page
			// read
			// under load may take a second)
			if (still >= 100) {
				break;
			}
			last = now;
			Thread.sleep(100);
		}
		return (System.nanoTime() - t0) / 1e9;
	}

	static double ms(long[] nanos, int percentile) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1e6;
	}

	@Override
	public void close() throws java.io.IOException {
		this.client.close();
	}

}
