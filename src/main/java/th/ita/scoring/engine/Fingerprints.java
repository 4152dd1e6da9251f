package th.ita.scoring.engine;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import th.ita.framework.AnswerOption;
import th.ita.framework.AnswerScale;
import th.ita.framework.FrameworkDefinition;
import th.ita.framework.GradeBand;
import th.ita.framework.Indicator;
import th.ita.framework.Instrument;
import th.ita.framework.InstrumentWeight;
import th.ita.framework.Item;
import th.ita.framework.SubIndicator;

/**
 * Fingerprints for reproducible score snapshots (issue 6 item 2): SHA-256, lower-case
 * hex, of a canonical UTF-8 text, one record per line, fields separated by {@code |} (a
 * {@code |}, {@code \} or line break inside a field is escaped with {@code \}), numbers
 * as {@code BigDecimal.stripTrailingZeros().toPlainString()} (so 100 and 100.00 are the
 * same number).
 * <p>
 * <b>Rules</b> ({@link #rules}): the scoring-relevant content of the framework version,
 * in file order: pass mark, grade bands, instrument weights, every scale the items use
 * with each option's value and score, and the tree (indicator number, code, instrument
 * and weight; sub-indicator code and weight; item code, weight, scale, reverse, partial
 * credit; sub-items). Texts and names are left out: they do not change a score. The
 * framework module does not expose the hash of its stored file, so the engine hashes what
 * it reads; a pinned version never changes, so this only guards against scoring against a
 * different tree under the same ref.
 * <p>
 * <b>Inputs</b> ({@link #inputs}): {@code ita-scoring|RULES_VERSION}, then
 * {@code framework|code|version}, {@code rules|<rules fingerprint>}, then one
 * {@code answers|item|value:count,...} line per survey leaf item sorted by item code
 * (values ascending, zero counts dropped), one {@code sums|item|count|sum} line per
 * survey leaf item given as scored sums (sorted by code), one {@code oit|item|score} line
 * per OIT item sorted by code, and one {@code respondents|instrument|n} line per survey
 * instrument given. The same inputs in any order give the same fingerprint.
 */
public final class Fingerprints {

	/**
	 * The version of the engine's rules; changing how scores are computed means bumping
	 * it, so old snapshots are not mistaken for reproducible under new rules.
	 */
	public static final String RULES_VERSION = "1";

	private Fingerprints() {
	}

	private static final Map<FrameworkDefinition, String> RULES = java.util.Collections
		.synchronizedMap(new java.util.IdentityHashMap<>());

	/**
	 * {@link #rules(FrameworkDefinition)}, remembered per framework instance (a round
	 * recompute scores thousands of agencies against one parsed framework; definitions
	 * are immutable records).
	 */
	static String rulesOf(FrameworkDefinition framework) {
		String known = RULES.get(framework);
		if (known != null) {
			return known;
		}
		String rules = rules(framework);
		synchronized (RULES) {
			if (RULES.size() >= 64) {
				RULES.clear();
			}
			RULES.put(framework, rules);
		}
		return rules;
	}

	/** The SHA-256 of the framework's scoring rules. */
	public static String rules(FrameworkDefinition framework) {
		StringBuilder text = new StringBuilder();
		line(text, "framework", framework.code(), framework.version());
		line(text, "passMark", framework.passMark());
		for (GradeBand band : framework.gradeBands()) {
			line(text, "grade", band.grade(), band.min(), band.max());
		}
		for (InstrumentWeight weight : framework.instruments()) {
			line(text, "instrument", weight.instrument(), weight.weight());
		}
		Map<String, AnswerScale> scales = new TreeMap<>();
		for (Indicator indicator : framework.indicators()) {
			line(text, "indicator", indicator.number(), indicator.code(), indicator.instrument(), indicator.weight());
			items(text, framework, indicator.items(), scales);
			for (SubIndicator sub : indicator.subIndicators()) {
				line(text, "subIndicator", sub.code(), sub.weight());
				items(text, framework, sub.items(), scales);
			}
		}
		scales.forEach((code, scale) -> {
			StringBuilder options = new StringBuilder();
			for (AnswerOption option : scale.options()) {
				options.append(options.isEmpty() ? "" : ",")
					.append(option.value())
					.append(':')
					.append(number(option.score()));
			}
			line(text, "scale", code, options);
		});
		return sha256(text);
	}

	private static void items(StringBuilder text, FrameworkDefinition framework, List<Item> items,
			Map<String, AnswerScale> scales) {
		for (Item item : items) {
			boolean partial = item.evidence() != null && item.evidence().partialCredit();
			line(text, "item", item.code(), item.weight(), item.scale(), item.reverse(), partial);
			if (item.scale() != null) {
				framework.scale(item.scale()).ifPresent(s -> scales.put(item.scale(), s));
			}
			if (!item.subItems().isEmpty()) {
				line(text, "subItems", item.code());
				items(text, framework, item.subItems(), scales);
				line(text, "end", item.code());
			}
		}
	}

	/** The SHA-256 of the canonical inputs, given the rules' fingerprint. */
	public static String inputs(FrameworkDefinition framework, String rules, ScoringInputs inputs) {
		StringBuilder text = new StringBuilder();
		line(text, "ita-scoring", RULES_VERSION);
		line(text, "framework", framework.code(), framework.version());
		line(text, "rules", rules);
		inputs.answers().forEach((code, counts) -> {
			// line(text, "answers", code, "value:count,..."), written in place (a round
			// recompute writes millions); values and counts are numbers: nothing to
			// escape
			text.append("answers|").append(escape(code)).append('|');
			boolean first = true;
			// sorted by value already (the inputs keep sorted maps)
			for (Map.Entry<Integer, Long> count : counts.entrySet()) {
				text.append(first ? "" : ",")
					.append(count.getKey().intValue())
					.append(':')
					.append(count.getValue().longValue());
				first = false;
			}
			text.append('\n');
		});
		inputs.surveySums().forEach((code, sum) -> line(text, "sums", code, sum.count(), number(sum.sum())));
		inputs.oitScores().forEach((code, score) -> line(text, "oit", code, number(score)));
		for (Instrument instrument : Instrument.values()) {
			if (inputs.respondents().containsKey(instrument)) {
				line(text, "respondents", instrument, inputs.respondents(instrument));
			}
		}
		return sha256(text);
	}

	private static void line(StringBuilder text, String kind, @Nullable Object... fields) {
		text.append(kind);
		for (Object field : fields) {
			text.append('|').append(escape(field));
		}
		text.append('\n');
	}

	private static String escape(@Nullable Object field) {
		if (field == null) {
			return "\\0";
		}
		String value = (field instanceof BigDecimal number) ? number(number) : field.toString();
		if (plain(value)) {
			return value;
		}
		return value.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "\\n").replace("\r", "\\r");
	}

	/** Nothing in the value to escape (one pass instead of four replacements). */
	private static boolean plain(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\' || c == '|' || c == '\n' || c == '\r') {
				return false;
			}
		}
		return true;
	}

	/**
	 * {@code number.stripTrailingZeros().toPlainString()}, by trimming the plain text's
	 * fraction instead (stripping divides a 34-digit number by ten once per zero; a round
	 * recompute prints tens of thousands of sums).
	 */
	static String number(@Nullable BigDecimal number) {
		if (number == null) {
			return "\\0";
		}
		String plain = number.toPlainString();
		if (number.scale() <= 0 || plain.indexOf('.') < 0) {
			return plain;
		}
		int end = plain.length();
		while (plain.charAt(end - 1) == '0') {
			end--;
		}
		if (plain.charAt(end - 1) == '.') {
			end--;
		}
		return plain.substring(0, end);
	}

	private static String sha256(CharSequence text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing", ex);
		}
	}

}
