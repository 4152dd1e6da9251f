package th.ita.scoring.snapshot;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import th.ita.framework.FrameworkRef;
import th.ita.scoring.AgencyResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The read path's cache of parsed results: hits, bounds and no stale put-backs. */
class ResultCacheTests {

	private static AgencyResult result(String code, String fingerprint) {
		return new AgencyResult(2671, code, "หน่วยงาน " + code, new FrameworkRef("ITA-TEST", 1), null, null, null,
				false, false, List.of(), List.of(), List.of(), fingerprint, Instant.EPOCH, false);
	}

	@Test
	void readsOnceUntilEvicted() {
		ResultCache cache = new ResultCache(10);
		AtomicInteger reads = new AtomicInteger();
		for (int i = 0; i < 3; i++) {
			cache.get(2671, "A1", () -> {
				reads.incrementAndGet();
				return Optional.of(result("A1", "f1"));
			});
		}
		assertThat(reads).hasValue(1);
		cache.evict(2671, "A1");
		assertThat(cache.get(2671, "A1", () -> Optional.of(result("A1", "f2"))).orElseThrow().inputsFingerprint())
			.isEqualTo("f2");
	}

	@Test
	void doesNotKeepAResultReadWhileAWriteHappened() {
		ResultCache cache = new ResultCache(10);
		// the write (and its eviction) happens while the old row is being read
		Optional<AgencyResult> old = cache.get(2671, "A1", () -> {
			cache.evict(2671, "A1");
			return Optional.of(result("A1", "old"));
		});
		assertThat(old.orElseThrow().inputsFingerprint()).isEqualTo("old");
		assertThat(cache.get(2671, "A1", () -> Optional.of(result("A1", "new"))).orElseThrow().inputsFingerprint())
			.isEqualTo("new");
	}

	@Test
	void keepsNoMoreThanItsCapacityAndNoEmptyResults() {
		ResultCache cache = new ResultCache(2);
		for (int i = 1; i <= 50; i++) {
			String code = "A" + i;
			cache.get(2671, code, () -> Optional.of(result(code, code)));
			assertThat(cache.size()).isLessThanOrEqualTo(2);
		}
		assertThat(cache.get(2671, "A9", Optional::empty)).satisfiesAnyOf(r -> assertThat(r).isEmpty(),
				r -> assertThat(r.orElseThrow().inputsFingerprint()).isEqualTo("A9"));
		assertThat(cache.get(2671, "A99", Optional::empty)).isEmpty();
		assertThat(cache.get(2671, "A99", () -> Optional.of(result("A99", "99")))).isPresent();
	}

	@Test
	void publicationTimesAreClearedByAPublication() {
		ResultCache cache = new ResultCache(2);
		assertThat(cache.publishedAt(2671, Optional::empty)).isEmpty();
		assertThat(cache.publishedAt(2671, () -> Optional.of(Instant.EPOCH))).isEmpty();
		cache.clear();
		assertThat(cache.publishedAt(2671, () -> Optional.of(Instant.EPOCH))).contains(Instant.EPOCH);
	}

}
