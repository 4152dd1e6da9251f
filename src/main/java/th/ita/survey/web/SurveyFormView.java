package th.ita.survey.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import th.ita.survey.responses.Questionnaire;

/**
 * What the survey page shows, in one language: sections of questions with their options
 * (checked when answered) and errors, the error summary and the progress.
 *
 * @param sections the sections of the chosen group
 * @param errors the errors in page order, each linking to its item
 * @param answered how many questions are answered
 * @param total how many questions the group answers
 */
record SurveyFormView(List<SectionView> sections, List<ErrorView> errors, int answered, int total) {

	record SectionView(String title, List<QuestionView> questions) {
	}

	record QuestionView(String code, String anchor, @Nullable String stem, String text, List<OptionView> options,
			@Nullable String error) {

		public @Nullable String errorId() {
			return (this.error != null) ? "err-" + this.anchor : null;
		}

	}

	record OptionView(String id, int value, String label, boolean checked) {
	}

	record ErrorView(String anchor, String message) {
	}

	/** An item code as an HTML id: {@code i1.1} becomes {@code q-i1-1}. */
	static String anchor(String code) {
		return "q-" + code.replaceAll("[^A-Za-z0-9_-]", "-");
	}

	static SurveyFormView of(Questionnaire questionnaire, String group, Map<String, Integer> answers,
			Map<String, String> errors, boolean english, String indicatorFormat) {
		List<SectionView> sections = new ArrayList<>();
		List<ErrorView> errorViews = new ArrayList<>();
		java.util.Set<String> codes = new java.util.HashSet<>();
		questionnaire.questions(group).forEach(q -> codes.add(q.code()));
		errors.entrySet()
			.stream()
			.filter(e -> !codes.contains(e.getKey()))
			.forEach(e -> errorViews.add(new ErrorView(e.getKey(), e.getValue())));
		int answered = 0;
		int total = 0;
		for (Questionnaire.Section section : questionnaire.sections(group)) {
			List<QuestionView> questions = new ArrayList<>();
			String lastParent = null;
			for (Questionnaire.Question question : section.items()) {
				String anchor = anchor(question.code());
				Integer answer = answers.get(question.code());
				String stem = null;
				if (question.parentCode() != null && !question.parentCode().equals(lastParent)) {
					stem = pick(english, question.stemTh(), question.stemEn());
				}
				lastParent = question.parentCode();
				List<OptionView> options = question.options()
					.stream()
					.map(o -> new OptionView(anchor + "-" + o.value(), o.value(),
							pick(english, o.labelTh(), o.labelEn()), answer != null && answer == o.value()))
					.toList();
				boolean valid = answer != null && options.stream().anyMatch(OptionView::checked);
				answered += valid ? 1 : 0;
				total++;
				String error = errors.get(question.code());
				if (error != null) {
					errorViews.add(new ErrorView(anchor, error));
				}
				questions.add(new QuestionView(question.code(), anchor, stem,
						pick(english, question.textTh(), question.textEn()), options, error));
			}
			sections.add(new SectionView(indicatorFormat.replace("{0}", String.valueOf(section.number()))
				.replace("{1}", pick(english, section.nameTh(), section.nameEn())), questions));
		}
		return new SurveyFormView(sections, errorViews, answered, total);
	}

	static String pick(boolean english, @Nullable String th, @Nullable String en) {
		String text = (english && en != null && !en.isBlank()) ? en : th;
		return (text != null) ? text : "";
	}

}
