package th.ita.survey.responses;

import java.util.ArrayList;
import java.util.List;

import th.ita.agency.AgencySummary;
import th.ita.framework.AnswerScale;
import th.ita.framework.FrameworkDefinition;
import th.ita.framework.Indicator;
import th.ita.framework.Instrument;
import th.ita.framework.Item;
import th.ita.framework.RespondentGroup;

/** Builds a {@link Questionnaire} from a framework definition. */
final class Questionnaires {

	private Questionnaires() {
	}

	static Questionnaire build(int fiscalYear, AgencySummary agency, FrameworkDefinition framework,
			Instrument instrument, boolean accessCodeRequired) {
		List<RespondentGroup> groups = framework.respondentGroups(instrument);
		List<String> allGroups = groups.stream().map(RespondentGroup::code).toList();
		List<Questionnaire.Section> sections = new ArrayList<>();
		for (Indicator indicator : framework.indicators(instrument)) {
			List<Questionnaire.Question> questions = new ArrayList<>();
			indicator.allItems().forEach(item -> {
				for (Item leaf : item.leaves().toList()) {
					boolean sub = leaf != item;
					List<String> asked = !leaf.groups().isEmpty() ? leaf.groups()
							: !item.groups().isEmpty() ? item.groups() : allGroups;
					AnswerScale scale = framework.scale(leaf.scale())
						.orElseThrow(() -> new IllegalStateException("No scale " + leaf.scale()));
					questions.add(new Questionnaire.Question(String.valueOf(leaf.code()), sub ? item.code() : null,
							sub ? item.textTh() : null, sub ? item.textEn() : null, leaf.textTh(), leaf.textEn(),
							String.valueOf(scale.code()),
							scale.options()
								.stream()
								.map(o -> new Questionnaire.Option(o.value(), o.labelTh(), o.labelEn()))
								.toList(),
							List.copyOf(asked)));
				}
			});
			sections.add(new Questionnaire.Section(String.valueOf(indicator.code()), indicator.number(),
					indicator.nameTh(), indicator.nameEn(), List.copyOf(questions)));
		}
		return new Questionnaire(fiscalYear, agency.code(), agency.nameTh(), agency.nameEn(), instrument.name(),
				accessCodeRequired,
				groups.stream().map(g -> new Questionnaire.Group(g.code(), g.nameTh(), g.nameEn())).toList(),
				List.copyOf(sections), null);
	}

}
