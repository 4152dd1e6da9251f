package th.ita.survey.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;

/**
 * Token buckets (Bucket4j) per client: one for submissions, one for failed access-code
 * attempts. A client is known only by a salted SHA-256 of its address; the salt is random
 * per process and never stored, and the buckets live only in memory, in a size-bounded
 * LRU map ({@link LinkedHashMap} in access order), so no address is ever kept or written
 * anywhere. Limits are per node.
 */
public class SurveyRateLimiter {

	private final SurveyRateLimitProperties properties;

	private final byte[] salt = new byte[32];

	private final Map<String, Client> clients;

	public SurveyRateLimiter(SurveyRateLimitProperties properties) {
		this.properties = properties;
		new SecureRandom().nextBytes(this.salt);
		int max = properties.maxClients();
		this.clients = new LinkedHashMap<>(Math.min(max, 1024), 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Client> eldest) {
				return size() > max;
			}

		};
	}

	public SurveyRateLimitProperties properties() {
		return this.properties;
	}

	/** The key of a client address: a salted hash, meaningless outside this process. */
	public String clientKey(String address) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(this.salt);
			byte[] hash = digest.digest(address.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(hash, 16));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Takes one submission token.
	 * @return empty when allowed, else how long until the next one
	 */
	public Optional<Duration> trySubmission(String clientKey) {
		ConsumptionProbe probe = client(clientKey).submissions().tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	/**
	 * Whether the client has used up its failed code attempts (without taking any).
	 * @return empty when it may still try, else how long until it may
	 */
	public Optional<Duration> guessingBlocked(String clientKey) {
		EstimationProbe probe = client(clientKey).failedCodes().estimateAbilityToConsume(1);
		return probe.canBeConsumed() ? Optional.empty()
				: Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	/** Counts one failed code attempt against the client. */
	public void recordFailedCode(String clientKey) {
		client(clientKey).failedCodes().tryConsume(1);
	}

	/** Clients currently held in memory. */
	public int size() {
		synchronized (this.clients) {
			return this.clients.size();
		}
	}

	private Client client(String key) {
		synchronized (this.clients) {
			return this.clients.computeIfAbsent(key, k -> newClient());
		}
	}

	private Client newClient() {
		return new Client(bucket(this.properties.submissionCapacity(), this.properties.submissionPeriod()),
				bucket(this.properties.failedCodeCapacity(), this.properties.failedCodePeriod()));
	}

	private static Bucket bucket(int capacity, Duration period) {
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
			.build();
	}

	private record Client(Bucket submissions, Bucket failedCodes) {
	}

}
