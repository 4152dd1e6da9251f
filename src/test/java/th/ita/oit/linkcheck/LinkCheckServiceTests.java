package th.ita.oit.linkcheck;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service stores checks in {@code oit_link_check} and compares them. The test profile
 * allowlists 127.0.0.1, where the local test server runs.
 */
@SpringBootTest
class LinkCheckServiceTests {

	static LocalTestServer server;

	@Autowired
	LinkCheckService service;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startServer() throws IOException {
		server = new LocalTestServer();
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@Test
	void aBackgroundCheckIsStoredAndReadBack() {
		String url = server.url("/ok?run=" + UUID.randomUUID());
		assertThat(this.service.latest(url)).isEmpty();
		assertThat(this.service.requestCheck(url)).isEqualTo(LinkCheckQueue.Submission.QUEUED);
		await().atMost(Duration.ofSeconds(15)).until(() -> this.service.latest(url).isPresent());
		StoredLinkCheck latest = this.service.latest(url).orElseThrow();
		assertThat(latest.broken()).isFalse();
		assertThat(latest.changed()).isFalse();
		assertThat(latest.result().httpStatus()).isEqualTo(200);
		Map<String, Object> row = this.jdbc
			.sql("select outcome, http_status, final_url, content_type, size_bytes, sha256, redirects"
					+ " from oit_link_check where id = :id")
			.param("id", latest.id())
			.query()
			.singleRow();
		assertThat(row).containsEntry("outcome", "OK")
			.containsEntry("http_status", 200)
			.containsEntry("final_url", url)
			.containsEntry("content_type", "text/html; charset=utf-8")
			.containsEntry("sha256", latest.result().sha256())
			.containsEntry("redirects", 0);
		assertThat((String) row.get("sha256")).hasSize(64);
	}

	@Test
	void changedMeansADifferentHashThanTheLastSuccessfulCheck() {
		String url = server.url("/changing?run=" + UUID.randomUUID());
		server.setChangingBody("first");
		StoredLinkCheck first = this.service.checkNow(url);
		StoredLinkCheck same = this.service.checkNow(url);
		server.setChangingBody("second");
		StoredLinkCheck second = this.service.checkNow(url);
		assertThat(first.changed()).isFalse();
		assertThat(same.changed()).isFalse();
		assertThat(second.changed()).isTrue();
		assertThat(second.result().sha256()).isNotEqualTo(first.result().sha256());
		assertThat(this.service.latest(url)).contains(second);
		List<StoredLinkCheck> history = this.service.history(url);
		assertThat(history).extracting(StoredLinkCheck::id).containsExactly(second.id(), same.id(), first.id());
		assertThat(history.get(0)).isEqualTo(second);
	}

	@Test
	void aBrokenLinkIsStoredWithItsReason() {
		String url = server.url("/missing?run=" + UUID.randomUUID());
		StoredLinkCheck check = this.service.checkNow(url);
		assertThat(check.broken()).isTrue();
		assertThat(check.changed()).isFalse();
		StoredLinkCheck stored = this.service.latest(url).orElseThrow();
		assertThat(stored.result().outcome()).isEqualTo(LinkCheckOutcome.HTTP_ERROR);
		assertThat(stored.result().httpStatus()).isEqualTo(404);
		assertThat(stored.result().detail()).isEqualTo("HTTP 404");
	}

	@Test
	void refusedAndInvalidUrlsAreStoredToo() {
		StoredLinkCheck blocked = this.service.checkNow("http://10.0.0.1/" + UUID.randomUUID());
		assertThat(blocked.result().outcome()).isEqualTo(LinkCheckOutcome.BLOCKED_ADDRESS);
		String longUrl = "http://example.org/" + "a".repeat(5000);
		StoredLinkCheck invalid = this.service.checkNow(longUrl);
		assertThat(invalid.result().outcome()).isEqualTo(LinkCheckOutcome.INVALID_URL);
		assertThat(this.service.latest(longUrl)).contains(invalid);
	}

}
