package th.ita.scoring.results;

/** GZIP of the results API's JSON answers, as they are kept, stored and sent. */
final class Gzip {

	private Gzip() {
	}

	/** GZIP at the fastest level (Thai JSON shrinks about tenfold). */
	static byte[] compress(byte[] body) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length / 4);
		try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(out) {
			{
				this.def.setLevel(java.util.zip.Deflater.BEST_SPEED);
			}
		}) {
			zip.write(body);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return out.toByteArray();
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
