package th.ita.survey.codes;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Freshly generated codes kept in memory, only so that their slips can be printed once: a
 * random batch id (128 bits) per generation, dropped after the slips are downloaded, or
 * after {@value #TTL_MINUTES} minutes, or when more than {@value #MAX_BATCHES} batches
 * wait (the oldest first). Never written to disk or logged. Single node: behind a load
 * balancer the download must reach the node that generated the codes (sticky sessions),
 * otherwise it is a 404 and the codes must be generated again.
 */
@Component
class SlipBatches {

	static final int TTL_MINUTES = 15;

	static final int MAX_BATCHES = 200;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final Map<String, Entry> batches = new LinkedHashMap<>();

	SlipBatches() {
		this(Clock.systemUTC());
	}

	SlipBatches(Clock clock) {
		this.clock = clock;
	}

	private record Entry(GeneratedCodes codes, Instant expires) {
	}

	/** Keeps the codes; returns the batch id. */
	synchronized String put(GeneratedCodes codes) {
		purge();
		while (this.batches.size() >= MAX_BATCHES) {
			Iterator<String> oldest = this.batches.keySet().iterator();
			oldest.next();
			oldest.remove();
		}
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.batches.put(id, new Entry(codes, this.clock.instant().plus(Duration.ofMinutes(TTL_MINUTES))));
		return id;
	}

	/** The batch, if it is still waiting (it stays until {@link #remove}). */
	synchronized Optional<GeneratedCodes> peek(String id) {
		purge();
		return Optional.ofNullable(this.batches.get(id)).map(Entry::codes);
	}

	synchronized void remove(String id) {
		this.batches.remove(id);
	}

	private void purge() {
		Instant now = this.clock.instant();
		this.batches.values().removeIf(e -> !e.expires().isAfter(now));
	}

}
