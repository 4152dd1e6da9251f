package th.ita.framework.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import th.ita.framework.AnswerOption;
import th.ita.framework.AnswerScale;
import th.ita.framework.FailReason;
import th.ita.framework.FrameworkDefinition;
import th.ita.framework.Indicator;
import th.ita.framework.Instrument;
import th.ita.framework.InstrumentWeight;
import th.ita.framework.Item;
import th.ita.framework.RespondentGroup;
import th.ita.framework.SampleRule;
import th.ita.framework.SubIndicator;

/**
 * Checks a parsed definition and returns every problem at once, each with its path (e.g.
 * {@code indicators[3].items[2].scale}). Grade bands and indicators are checked by
 * {@link FrameworkTreeRules}.
 */
final class FrameworkValidator {

	static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final FrameworkDefinition definition;

	final List<FrameworkError> errors = new ArrayList<>();

	/** Path of the first node with each code, to report duplicates. */
	final Map<String, String> codes = new HashMap<>();

	private FrameworkValidator(FrameworkDefinition definition) {
		this.definition = definition;
	}

	static List<FrameworkError> validate(FrameworkDefinition definition) {
		FrameworkValidator v = new FrameworkValidator(definition);
		v.identity();
		FrameworkTreeRules.gradeBands(v, definition.gradeBands());
		v.instruments();
		v.groupsAndRules();
		v.scales();
		v.failReasons("failReasons", definition.failReasons(), Map.of());
		new FrameworkTreeRules(v, definition).indicators();
		return v.errors;
	}

	void error(String path, String code, Object... args) {
		this.errors.add(FrameworkError.at(path, code, args));
	}

	void required(String path, @Nullable String value) {
		if (value == null || value.isBlank()) {
			error(path, "required");
		}
	}

	void thai(String path, @Nullable String value) {
		if (value == null || value.isBlank()) {
			error(path, "thai-missing");
		}
	}

	void weight(String path, @Nullable BigDecimal weight) {
		if (weight == null) {
			error(path, "required");
		}
		else if (weight.signum() < 0) {
			error(path, "weight-negative", weight.toPlainString());
		}
	}

	/** Sibling weights must not all be zero. */
	<T> void weights(String path, List<T> siblings, Function<T, @Nullable BigDecimal> weight) {
		if (!siblings.isEmpty() && siblings.stream().map(weight).allMatch(w -> w != null && w.signum() == 0)) {
			error(path, "weights-all-zero");
		}
	}

	/** A node code: well-formed and unique in the whole framework. */
	void code(String path, @Nullable String code) {
		if (code == null || code.isBlank()) {
			error(path, "required");
			return;
		}
		if (!CODE.matcher(code).matches()) {
			error(path, "code-format", code);
			return;
		}
		String first = this.codes.putIfAbsent(code, path);
		if (first != null) {
			error(path, "duplicate-code", code, first);
		}
	}

	private void identity() {
		FrameworkDefinition d = this.definition;
		if (d.code() == null || d.code().isBlank()) {
			error("code", "required");
		}
		else if (!CODE.matcher(d.code()).matches()) {
			error("code", "code-format", d.code());
		}
		if (d.version() < 1) {
			error("version", "version-range", d.version());
		}
		required("programme", d.programme());
		if (d.fiscalYear() < 2500 || d.fiscalYear() > 2800) {
			error("fiscalYear", "fiscal-year-range", d.fiscalYear());
		}
		thai("nameTh", d.nameTh());
		percent("passMark", d.passMark());
		if (d.minimumGroupSize() != null && d.minimumGroupSize() < 1) {
			error("minimumGroupSize", "at-least", 1);
		}
	}

	void percent(String path, @Nullable BigDecimal value) {
		if (value == null) {
			error(path, "required");
		}
		else if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
			error(path, "percent-range", value.toPlainString());
		}
	}

	private void instruments() {
		List<InstrumentWeight> list = this.definition.instruments();
		if (list.isEmpty()) {
			error("instruments", "required");
		}
		Set<Instrument> seen = new HashSet<>();
		for (int i = 0; i < list.size(); i++) {
			InstrumentWeight w = list.get(i);
			String path = "instruments[" + i + "]";
			if (w.instrument() == null) {
				error(path + ".instrument", "unknown-instrument");
			}
			else if (!seen.add(w.instrument())) {
				error(path + ".instrument", "duplicate-instrument", w.instrument());
			}
			weight(path + ".weight", w.weight());
			thai(path + ".nameTh", w.nameTh());
		}
		weights("instruments", list, InstrumentWeight::weight);
	}

	private void groupsAndRules() {
		List<RespondentGroup> groups = this.definition.respondentGroups();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < groups.size(); i++) {
			RespondentGroup g = groups.get(i);
			String path = "respondentGroups[" + i + "]";
			surveyInstrument(path + ".instrument", g.instrument());
			required(path + ".code", g.code());
			if (g.code() != null && !seen.add(g.instrument() + "/" + g.code())) {
				error(path + ".code", "duplicate-code", g.code(), "respondentGroups");
			}
			thai(path + ".nameTh", g.nameTh());
		}
		List<SampleRule> rules = this.definition.sampleRules();
		Set<Instrument> ruled = new HashSet<>();
		for (int i = 0; i < rules.size(); i++) {
			SampleRule r = rules.get(i);
			String path = "sampleRules[" + i + "]";
			surveyInstrument(path + ".instrument", r.instrument());
			if (r.instrument() != null && !ruled.add(r.instrument())) {
				error(path + ".instrument", "duplicate-instrument", r.instrument());
			}
			if (r.allBelow() < 0) {
				error(path + ".allBelow", "at-least", 0);
			}
			if (r.minimum() < 0) {
				error(path + ".minimum", "at-least", 0);
			}
			percent(path + ".percent", r.percent());
			if (r.maximum() != null && r.maximum() < r.minimum()) {
				error(path + ".maximum", "at-least", r.minimum());
			}
			if (r.defaultPopulation() != null && r.defaultPopulation() < 0) {
				error(path + ".defaultPopulation", "at-least", 0);
			}
		}
	}

	private void surveyInstrument(String path, @Nullable Instrument instrument) {
		if (instrument == null) {
			error(path, "unknown-instrument");
		}
		else if (instrument == Instrument.OIT) {
			error(path, "survey-instrument", instrument);
		}
	}

	private void scales() {
		List<AnswerScale> scales = this.definition.scales();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < scales.size(); i++) {
			AnswerScale s = scales.get(i);
			String path = "scales[" + i + "]";
			required(path + ".code", s.code());
			if (s.code() != null && (AnswerScale.builtIn(s.code()).isPresent() || !seen.add(s.code()))) {
				error(path + ".code", "duplicate-scale", s.code());
			}
			thai(path + ".nameTh", s.nameTh());
			if (s.options().size() < 2) {
				error(path + ".options", "scale-options");
			}
			Set<Integer> values = new HashSet<>();
			for (int j = 0; j < s.options().size(); j++) {
				AnswerOption o = s.options().get(j);
				String at = path + ".options[" + j + "]";
				if (!values.add(o.value())) {
					error(at + ".value", "duplicate-value", o.value());
				}
				thai(at + ".labelTh", o.labelTh());
				percent(at + ".score", o.score());
			}
		}
	}

	/**
	 * A list of fail reasons: well-formed codes, unique in the list and among
	 * {@code others} (code to path: the framework's common reasons, for an item's own),
	 * and Thai text.
	 */
	void failReasons(String path, List<FailReason> reasons, Map<String, String> others) {
		Map<String, String> seen = new HashMap<>(others);
		for (int i = 0; i < reasons.size(); i++) {
			FailReason r = reasons.get(i);
			String at = path + "[" + i + "]";
			if (r.code() == null || r.code().isBlank()) {
				error(at + ".code", "required");
			}
			else if (!CODE.matcher(r.code()).matches()) {
				error(at + ".code", "code-format", r.code());
			}
			else {
				String first = seen.putIfAbsent(r.code(), at + ".code");
				if (first != null) {
					error(at + ".code", "duplicate-code", r.code(), first);
				}
			}
			thai(at + ".textTh", r.textTh());
		}
	}

	/** The paths of the framework's common fail reasons, by code. */
	Map<String, String> commonFailReasons() {
		Map<String, String> paths = new HashMap<>();
		List<FailReason> reasons = this.definition.failReasons();
		for (int i = 0; i < reasons.size(); i++) {
			if (reasons.get(i).code() != null) {
				paths.putIfAbsent(reasons.get(i).code(), "failReasons[" + i + "].code");
			}
		}
		return paths;
	}

	/** Whether a scale code is known (built in or custom). */
	boolean knownScale(String code) {
		return this.definition.scale(code).isPresent();
	}

	static List<Item> items(Indicator indicator) {
		return indicator.allItems().toList();
	}

	static List<SubIndicator> subs(Indicator indicator) {
		return indicator.subIndicators();
	}

}
