package th.ita.planning.domain;

import org.jspecify.annotations.Nullable;

/** Image types recognised by their first bytes (never by name or declared type). */
final class Images {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private Images() {
	}

	/** {@code image/png}, {@code image/jpeg}, or {@code null} for anything else. */
	static @Nullable String contentType(byte[] bytes) {
		if (startsWith(bytes, PNG)) {
			return "image/png";
		}
		if (startsWith(bytes, JPEG)) {
			return "image/jpeg";
		}
		return null;
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length <= prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
