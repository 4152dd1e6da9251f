package th.ita.survey.responses;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A questionnaire with what validating a submission looks up (its groups, its items by
 * code, the items of each group), computed once per built questionnaire instead of per
 * submission.
 */
record QuestionIndex(Questionnaire questionnaire, Set<String> groups, Map<String, Questionnaire.Question> all,
		Map<String, List<Questionnaire.Question>> byGroup) {

	QuestionIndex(Questionnaire questionnaire) {
		this(questionnaire,
				questionnaire.respondentGroups()
					.stream()
					.map(Questionnaire.Group::code)
					.collect(Collectors.toUnmodifiableSet()),
				questionnaire.sections()
					.stream()
					.flatMap(s -> s.items().stream())
					.collect(Collectors.toUnmodifiableMap(Questionnaire.Question::code, q -> q)),
				questionnaire.respondentGroups()
					.stream()
					.collect(Collectors.toUnmodifiableMap(Questionnaire.Group::code,
							g -> questionnaire.questions(g.code()))));
	}

	List<Questionnaire.Question> questions(String group) {
		List<Questionnaire.Question> questions = this.byGroup.get(group);
		return (questions != null) ? questions : this.questionnaire.questions(group);
	}

}
