package th.ita.scoring.results;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answers' GZIP is a standard member that {@code GZIPInputStream} (and so every HTTP
 * client) reads back byte for byte, whatever the size, and pooled deflaters used by many
 * threads at once never mix two answers.
 */
class GzipTests {

	private static byte[] gunzip(byte[] gzip) throws Exception {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
			return in.readAllBytes();
		}
	}

	private static List<byte[]> samples() {
		Random random = new Random(7);
		byte[] noise = new byte[100_000];
		random.nextBytes(noise);
		StringBuilder thai = new StringBuilder("{\"agency\":\"S1001\",\"indicators\":[");
		for (int i = 0; i < 500; i++) {
			thai.append("{\"number\":").append(i).append(",\"nameTh\":\"การปฏิบัติหน้าที่ ").append(i).append("\"},");
		}
		thai.append("{}]}");
		return List.of(new byte[0], "{}".getBytes(StandardCharsets.UTF_8), noise,
				thai.toString().getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void readsBackAsItWasWithTheStandardReader() throws Exception {
		for (byte[] body : samples()) {
			byte[] gzip = Gzip.compress(body);
			assertThat(gzip[0]).isEqualTo((byte) 0x1f);
			assertThat(gzip[1]).isEqualTo((byte) 0x8b);
			assertThat(gunzip(gzip)).isEqualTo(body);
			assertThat(Gzip.inflate(gzip)).isEqualTo(body);
		}
		byte[] thai = samples().get(3);
		assertThat(Gzip.compress(thai).length).isLessThan(thai.length / 5);
	}

	@Test
	void manyThreadsAtOnceEachGetTheirOwnAnswer() throws Exception {
		List<CompletableFuture<Void>> all = new ArrayList<>();
		java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors
			.newFixedThreadPool(3 * Gzip.POOLED);
		for (int t = 0; t < 3 * Gzip.POOLED; t++) {
			int thread = t;
			all.add(CompletableFuture.runAsync(() -> {
				for (int i = 0; i < 200; i++) {
					byte[] body = ("{\"thread\":" + thread + ",\"i\":" + i + ",\"text\":\"" + "ข้อมูล".repeat(i)
							+ "\"}")
						.getBytes(StandardCharsets.UTF_8);
					try {
						assertThat(gunzip(Gzip.compress(body))).isEqualTo(body);
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
				}
			}, threads));
		}
		try {
			CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
		}
		finally {
			threads.shutdown();
		}
	}

}
