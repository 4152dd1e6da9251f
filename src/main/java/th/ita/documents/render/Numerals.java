package th.ita.documents.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Number and digit formatting for document templates ({@code ${fmt}}): scores at 2
 * decimals, signed differences, and real Thai digits (U+0E50-U+0E59) when the document is
 * written with Thai numerals. URLs and e-mail addresses keep their ASCII digits.
 */
public final class Numerals {

	private static final Pattern URL = Pattern.compile("(https?://\\S+|www\\.\\S+|\\S+@\\S+)");

	private final boolean thai;

	public Numerals(boolean thai) {
		this.thai = thai;
	}

	public static Numerals arabic() {
		return new Numerals(false);
	}

	public boolean thai() {
		return this.thai;
	}

	/** The text with Thai digits when this document uses them, else unchanged. */
	public String digits(@Nullable Object value) {
		String text = (value == null) ? "" : value.toString();
		return this.thai ? toThai(text) : text;
	}

	/** A score at 2 decimals, or a dash when missing. */
	public String score(@Nullable BigDecimal value) {
		return (value == null) ? "–" : digits(value.setScale(2, RoundingMode.HALF_UP).toPlainString());
	}

	/** A difference with its sign (+1.25, -0.43), empty when missing. */
	public String signed(@Nullable BigDecimal value) {
		if (value == null) {
			return "";
		}
		BigDecimal v = value.setScale(2, RoundingMode.HALF_UP);
		return digits((v.signum() > 0 ? "+" : "") + v.toPlainString());
	}

	/** An amount with thousands separators and 2 decimals. */
	public String money(@Nullable BigDecimal value) {
		if (value == null) {
			return "";
		}
		return digits(String.format(java.util.Locale.ROOT, "%,.2f", value.setScale(2, RoundingMode.HALF_UP)));
	}

	/** ASCII digits to Thai digits, except inside URLs and e-mail addresses. */
	public static String toThai(String text) {
		StringBuilder out = new StringBuilder(text.length());
		Matcher urls = URL.matcher(text);
		int at = 0;
		while (urls.find()) {
			out.append(convert(text.substring(at, urls.start()))).append(urls.group());
			at = urls.end();
		}
		return out.append(convert(text.substring(at))).toString();
	}

	private static String convert(String text) {
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			if (chars[i] >= '0' && chars[i] <= '9') {
				chars[i] = (char) ('\u0E50' + (chars[i] - '0'));
			}
		}
		return new String(chars);
	}

}
