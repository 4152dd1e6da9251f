package th.ita.framework.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import th.ita.framework.FrameworkDefinition;
import th.ita.framework.GradeBand;
import th.ita.framework.Indicator;
import th.ita.framework.Instrument;
import th.ita.framework.InstrumentWeight;
import th.ita.framework.Item;
import th.ita.framework.RespondentGroup;
import th.ita.framework.SubIndicator;

/** The rules of the grade table and of the indicator tree. */
final class FrameworkTreeRules {

	private static final BigDecimal STEP = new BigDecimal("0.01");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final FrameworkValidator v;

	private final FrameworkDefinition definition;

	FrameworkTreeRules(FrameworkValidator v, FrameworkDefinition definition) {
		this.v = v;
		this.definition = definition;
	}

	/**
	 * Bands must cover 0.00-100.00 without gap or overlap at 2 decimals (the next band
	 * starts 0.01 above the previous one's end).
	 */
	static void gradeBands(FrameworkValidator v, List<GradeBand> bands) {
		if (bands.isEmpty()) {
			v.error("gradeBands", "required");
			return;
		}
		Set<String> grades = new HashSet<>();
		boolean complete = true;
		for (int i = 0; i < bands.size(); i++) {
			GradeBand b = bands.get(i);
			String path = "gradeBands[" + i + "]";
			v.required(path + ".grade", b.grade());
			if (b.grade() != null && !grades.add(b.grade())) {
				v.error(path + ".grade", "duplicate-code", b.grade(), "gradeBands");
			}
			v.thai(path + ".meaningTh", b.meaningTh());
			v.percent(path + ".min", b.min());
			v.percent(path + ".max", b.max());
			if (b.min() == null || b.max() == null) {
				complete = false;
				continue;
			}
			if (b.min().scale() > 2 || b.max().scale() > 2) {
				v.error(path, "band-decimals");
			}
			if (b.min().compareTo(b.max()) > 0) {
				v.error(path + ".max", "band-inverted", b.min().toPlainString(), b.max().toPlainString());
			}
		}
		if (complete) {
			coverage(v, bands);
		}
	}

	private static void coverage(FrameworkValidator v, List<GradeBand> bands) {
		List<Integer> order = IntStream.range(0, bands.size())
			.boxed()
			.sorted(Comparator.comparing(i -> bands.get(i).min()))
			.toList();
		GradeBand lowest = bands.get(order.get(0));
		if (lowest.min().signum() != 0) {
			v.error("gradeBands[" + order.get(0) + "].min", "band-gap", "0.00", lowest.min().toPlainString());
		}
		for (int k = 1; k < order.size(); k++) {
			GradeBand previous = bands.get(order.get(k - 1));
			GradeBand band = bands.get(order.get(k));
			BigDecimal expected = previous.max().add(STEP);
			String path = "gradeBands[" + order.get(k) + "].min";
			if (band.min().compareTo(expected) > 0) {
				v.error(path, "band-gap", expected.toPlainString(), band.min().toPlainString());
			}
			else if (band.min().compareTo(expected) < 0) {
				v.error(path, "band-overlap", band.grade(), previous.grade());
			}
		}
		GradeBand highest = bands.get(order.get(order.size() - 1));
		if (highest.max().compareTo(HUNDRED) != 0) {
			v.error("gradeBands[" + order.get(order.size() - 1) + "].max", "band-gap", highest.max().toPlainString(),
					"100.00");
		}
	}

	void indicators() {
		List<Indicator> indicators = this.definition.indicators();
		if (indicators.isEmpty()) {
			this.v.error("indicators", "required");
		}
		Set<Instrument> listed = new HashSet<>();
		this.definition.instruments().stream().map(InstrumentWeight::instrument).forEach(listed::add);
		for (int i = 0; i < indicators.size(); i++) {
			indicator("indicators[" + i + "]", i, indicators.get(i), listed);
		}
		for (InstrumentWeight w : this.definition.instruments()) {
			if (w.instrument() == null) {
				continue;
			}
			List<Indicator> own = this.definition.indicators(w.instrument());
			int index = this.definition.instruments().indexOf(w);
			if (own.isEmpty()) {
				this.v.error("instruments[" + index + "]", "instrument-without-indicators", w.instrument());
			}
			this.v.weights("instruments[" + index + "]", own, Indicator::weight);
		}
	}

	private void indicator(String path, int index, Indicator indicator, Set<Instrument> listed) {
		if (indicator.number() != index + 1) {
			this.v.error(path + ".number", "indicator-number", indicator.number(), index + 1);
		}
		this.v.code(path + ".code", indicator.code());
		Instrument instrument = indicator.instrument();
		if (instrument == null) {
			this.v.error(path + ".instrument", "unknown-instrument");
		}
		else if (!listed.contains(instrument)) {
			this.v.error(path + ".instrument", "instrument-not-listed", instrument);
		}
		this.v.thai(path + ".nameTh", indicator.nameTh());
		this.v.weight(path + ".weight", indicator.weight());
		if (!indicator.items().isEmpty() && !indicator.subIndicators().isEmpty()) {
			this.v.error(path, "items-and-subindicators");
		}
		else if (indicator.items().isEmpty() && indicator.subIndicators().isEmpty()) {
			this.v.error(path + ".items", "no-items");
		}
		List<SubIndicator> subs = indicator.subIndicators();
		for (int s = 0; s < subs.size(); s++) {
			SubIndicator sub = subs.get(s);
			String at = path + ".subIndicators[" + s + "]";
			this.v.code(at + ".code", sub.code());
			this.v.thai(at + ".nameTh", sub.nameTh());
			this.v.weight(at + ".weight", sub.weight());
			if (sub.items().isEmpty()) {
				this.v.error(at + ".items", "no-items");
			}
			items(at, sub.items(), instrument);
		}
		this.v.weights(path + ".subIndicators", subs, SubIndicator::weight);
		items(path, indicator.items(), instrument);
	}

	private void items(String parent, List<Item> items, Instrument instrument) {
		for (int i = 0; i < items.size(); i++) {
			item(parent + ".items[" + i + "]", items.get(i), instrument);
		}
		this.v.weights(parent + ".items", items, Item::weight);
	}

	private void item(String path, Item item, Instrument instrument) {
		this.v.code(path + ".code", item.code());
		this.v.thai(path + ".textTh", item.textTh());
		this.v.weight(path + ".weight", item.weight());
		for (String p : item.previous()) {
			this.v.required(path + ".previous", p);
		}
		if (instrument == Instrument.OIT) {
			if (item.evidence() == null) {
				this.v.error(path + ".evidence", "evidence-required");
			}
			else {
				this.v.thai(path + ".evidence.textTh", item.evidence().textTh());
				if (item.evidence().period() == null) {
					this.v.error(path + ".evidence.period", "period-required");
				}
				this.v.failReasons(path + ".evidence.failReasons", item.evidence().failReasons(),
						this.v.commonFailReasons());
			}
			if (item.scale() != null) {
				this.v.error(path + ".scale", "scale-not-oit");
			}
			if (!item.subItems().isEmpty()) {
				this.v.error(path + ".subItems", "subitems-not-oit");
			}
			return;
		}
		if (instrument != null && item.evidence() != null) {
			this.v.error(path + ".evidence", "evidence-oit-only");
		}
		groups(path, item, instrument);
		if (item.subItems().isEmpty()) {
			scale(path, item.scale());
		}
		else if (item.scale() != null && !this.v.knownScale(item.scale())) {
			this.v.error(path + ".scale", "unknown-scale", item.scale());
		}
		for (int s = 0; s < item.subItems().size(); s++) {
			Item sub = item.subItems().get(s);
			String at = path + ".subItems[" + s + "]";
			this.v.code(at + ".code", sub.code());
			this.v.thai(at + ".textTh", sub.textTh());
			this.v.weight(at + ".weight", sub.weight());
			if (!sub.subItems().isEmpty()) {
				this.v.error(at + ".subItems", "nested-subitems");
			}
			if (sub.evidence() != null) {
				this.v.error(at + ".evidence", "evidence-oit-only");
			}
			groups(at, sub, instrument);
			if (item.scale() == null || sub.scale() != null && !sub.scale().equals(item.scale())) {
				scale(at, sub.scale());
			}
		}
		this.v.weights(path + ".subItems", item.subItems(), Item::weight);
	}

	private void scale(String path, String scale) {
		if (scale == null || scale.isBlank()) {
			this.v.error(path + ".scale", "scale-required");
		}
		else if (!this.v.knownScale(scale)) {
			this.v.error(path + ".scale", "unknown-scale", scale);
		}
	}

	private void groups(String path, Item item, Instrument instrument) {
		List<String> known = new ArrayList<>();
		if (instrument != null) {
			this.definition.respondentGroups(instrument).stream().map(RespondentGroup::code).forEach(known::add);
		}
		for (int g = 0; g < item.groups().size(); g++) {
			if (!known.contains(item.groups().get(g))) {
				this.v.error(path + ".groups[" + g + "]", "unknown-group", item.groups().get(g));
			}
		}
	}

}
