package th.ita.oit.linkcheck;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import th.ita.oit.linkcheck.LinkCheckQueue.Submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class LinkCheckQueueTests {

	@Test
	void refusesOverflowWithoutBlocking() throws InterruptedException {
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger ran = new AtomicInteger();
		Runnable blocked = () -> {
			try {
				release.await(10, TimeUnit.SECONDS);
				ran.incrementAndGet();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		};
		try (LinkCheckQueue queue = new LinkCheckQueue(1, 2)) {
			assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
				assertThat(queue.submit("a", blocked)).isEqualTo(Submission.QUEUED);
				assertThat(queue.submit("b", blocked)).isEqualTo(Submission.QUEUED);
				assertThat(queue.submit("c", blocked)).isEqualTo(Submission.QUEUED);
				assertThat(queue.submit("b", blocked)).isEqualTo(Submission.ALREADY_QUEUED);
				assertThat(queue.submit("d", blocked)).isEqualTo(Submission.REJECTED);
				assertThat(queue.submit("e", blocked)).isEqualTo(Submission.REJECTED);
			});
			assertThat(queue.rejected()).isEqualTo(2);
			assertThat(queue.pending()).isEqualTo(3);
			release.countDown();
			await().atMost(Duration.ofSeconds(5)).until(() -> queue.pending() == 0);
			assertThat(ran).hasValue(3);
			assertThat(queue.submit("d", ran::incrementAndGet)).isEqualTo(Submission.QUEUED);
			await().atMost(Duration.ofSeconds(5)).until(() -> ran.get() == 4);
		}
	}

	@Test
	void aFailingTaskFreesItsSlot() {
		try (LinkCheckQueue queue = new LinkCheckQueue(1, 1)) {
			queue.submit("x", () -> {
				throw new IllegalStateException("boom");
			});
			await().atMost(Duration.ofSeconds(5)).until(() -> queue.pending() == 0);
			assertThat(queue.submit("x", () -> {
			})).isEqualTo(Submission.QUEUED);
		}
	}

}
