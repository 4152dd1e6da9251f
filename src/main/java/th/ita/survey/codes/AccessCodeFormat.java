package th.ita.survey.codes;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What an access code looks like: {@value #LENGTH} characters drawn uniformly by
 * {@link SecureRandom} from an alphabet of {@value #ALPHABET_SIZE} characters without
 * look-alikes (no 0/O, 1/I/L, U/V), shown in groups of {@value #GROUP} for reading aloud,
 * e.g. {@code K7QM-3XPA-9RTC}: 12 × log2(30) ≈ 58.9 bits of randomness. Input is read
 * case-insensitively, ignoring spaces, dashes and full-width forms.
 */
public final class AccessCodeFormat {

	/** Digits 2-9 and the letters A-Z without I, L, O and U. */
	public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

	public static final int ALPHABET_SIZE = 30;

	public static final int LENGTH = 12;

	public static final int GROUP = 4;

	private AccessCodeFormat() {
	}

	/** Bits of randomness in one code. */
	public static double entropyBits() {
		return LENGTH * (Math.log(ALPHABET.length()) / Math.log(2));
	}

	/** A new random code in its canonical form (no dashes), e.g. {@code K7QM3XPA9RTC}. */
	public static String generate(SecureRandom random) {
		char[] code = new char[LENGTH];
		for (int i = 0; i < LENGTH; i++) {
			code[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
		}
		return new String(code);
	}

	/** A canonical code in groups for people: {@code K7QM-3XPA-9RTC}. */
	public static String display(String canonical) {
		StringBuilder out = new StringBuilder(canonical.length() + canonical.length() / GROUP);
		for (int i = 0; i < canonical.length(); i++) {
			if (i > 0 && i % GROUP == 0) {
				out.append('-');
			}
			out.append(canonical.charAt(i));
		}
		return out.toString();
	}

	/**
	 * What a person typed, in canonical form, or {@code null} when it cannot be a code
	 * (wrong length or a character outside the alphabet).
	 */
	public static @Nullable String normalize(@Nullable String input) {
		if (input == null || input.length() > 64) {
			return null;
		}
		String folded = Normalizer.normalize(input, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '\u2010' || c == '\u2011'
					|| c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2212') {
				continue;
			}
			if (ALPHABET.indexOf(c) < 0) {
				return null;
			}
			code.append(c);
		}
		return (code.length() == LENGTH) ? code.toString() : null;
	}

}
