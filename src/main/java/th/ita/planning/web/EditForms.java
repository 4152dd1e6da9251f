package th.ita.planning.web;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import th.ita.planning.PlanDocument;
import th.ita.planning.PlanDocument.Activity;
import th.ita.planning.PlanDocument.Measure;

import org.springframework.ui.Model;

/**
 * The values of the in-place edit forms of the measures and activities: the stored
 * values, or, for the one form that was refused, what the user typed (so the page shows
 * it again with the error next to the field). Keys are {@code measure-<id>} and
 * {@code activity-<id>}; the model attribute is {@code editForms}.
 */
public final class EditForms {

	static final String POSTED = "postedEditForm";

	private EditForms() {
	}

	/** One form's text values by field name, and the ticked months. */
	public record Values(String key, Map<String, String> fields, List<String> months) {

		public String get(String field) {
			return this.fields.getOrDefault(field, "");
		}

		public boolean month(String value) {
			return this.months.contains(value);
		}

	}

	static void measures(PlanDocument plan, Model model) {
		Map<String, Values> forms = new HashMap<>();
		for (Measure m : plan.measures()) {
			Map<String, String> f = new LinkedHashMap<>();
			f.put("indicatorNumber", (m.indicatorNumber() != null) ? String.valueOf(m.indicatorNumber()) : "");
			f.put("issue", m.issue());
			f.put("measure", m.measure());
			f.put("guidelines", PlanForms.unlines(m.guidelines()));
			f.put("responsibleUnit", text(m.responsibleUnit()));
			f.put("period", text(m.period()));
			forms.put("measure-" + m.id(), new Values("measure-" + m.id(), f, List.of()));
		}
		put(forms, model);
	}

	static void activities(PlanDocument plan, Model model) {
		Map<String, Values> forms = new HashMap<>();
		for (var p : plan.projects()) {
			for (Activity a : p.activities()) {
				Map<String, String> f = new LinkedHashMap<>();
				f.put("code", text(a.code()));
				f.put("groupName", text(a.groupName()));
				f.put("name", a.name());
				f.put("kpi", a.kpi());
				f.put("unit", a.unit());
				f.put("targetQuantity", a.targetQuantity().stripTrailingZeros().toPlainString());
				f.put("budget", a.budget().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
				f.put("responsibleGroup", text(a.responsibleGroup()));
				f.put("strategyTargets", PlanForms.unlines(a.strategyTargets()));
				forms.put("activity-" + a.id(),
						new Values("activity-" + a.id(), f, a.months().stream().map(YearMonth::toString).toList()));
			}
		}
		put(forms, model);
	}

	/** Keeps what the user typed in a refused form for the page that shows it again. */
	static void posted(String key, Map<String, String> fields, @Nullable List<String> months, Model model) {
		model.addAttribute(POSTED, new Values(key, fields, (months != null) ? List.copyOf(months) : List.of()));
		model.addAttribute("errorForm", key);
	}

	private static void put(Map<String, Values> forms, Model model) {
		if (model.getAttribute(POSTED) instanceof Values posted) {
			forms.put(posted.key(), posted);
		}
		model.addAttribute("editForms", forms);
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

}
