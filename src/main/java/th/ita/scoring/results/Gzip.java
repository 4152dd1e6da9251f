package th.ita.scoring.results;

import java.io.ByteArrayOutputStream;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * GZIP of the results API's JSON answers, as they are kept, stored and sent: one member
 * (RFC 1952: a 10-byte header, the raw deflate stream, CRC-32 and length), compressed at
 * the fastest level by a {@link Deflater} taken from a small pool. A new deflater per
 * answer (what {@code GZIPOutputStream} does) allocates and frees zlib's state of about
 * 256 kB each time; with many requests building answers at once that churn cost more than
 * the compression itself.
 */
final class Gzip {

	/** Deflaters kept for reuse; more may exist while many compress at once. */
	static final int POOLED = 16;

	private static final Queue<Deflater> POOL = new ConcurrentLinkedQueue<>();

	private static final AtomicInteger IN_POOL = new AtomicInteger();

	/** ID1, ID2, CM = deflate, no flags, no time, no extra flags, OS = unknown. */
	private static final byte[] HEADER = { 0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff };

	private Gzip() {
	}

	/** GZIP at the fastest level (Thai JSON shrinks about tenfold). */
	static byte[] compress(byte[] body) {
		Deflater deflater = POOL.poll();
		if (deflater != null) {
			IN_POOL.decrementAndGet();
		}
		else {
			deflater = new Deflater(Deflater.BEST_SPEED, true);
		}
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
			out.write(HEADER, 0, HEADER.length);
			deflater.setInput(body);
			deflater.finish();
			byte[] buffer = new byte[Math.max(512, Math.min(body.length / 2 + 64, 16_384))];
			while (!deflater.finished()) {
				int n = deflater.deflate(buffer);
				out.write(buffer, 0, n);
			}
			CRC32 crc = new CRC32();
			crc.update(body);
			writeIntLe(out, (int) crc.getValue());
			writeIntLe(out, body.length);
			return out.toByteArray();
		}
		finally {
			deflater.reset();
			if (IN_POOL.incrementAndGet() <= POOLED) {
				POOL.offer(deflater);
			}
			else {
				IN_POOL.decrementAndGet();
				deflater.end();
			}
		}
	}

	private static void writeIntLe(ByteArrayOutputStream out, int value) {
		out.write(value);
		out.write(value >>> 8);
		out.write(value >>> 16);
		out.write(value >>> 24);
	}

	/** The JSON of a cached body. */
	static byte[] inflate(byte[] body) {
		try (java.util.zip.GZIPInputStream zip = new java.util.zip.GZIPInputStream(
				new java.io.ByteArrayInputStream(body))) {
			return zip.readAllBytes();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
