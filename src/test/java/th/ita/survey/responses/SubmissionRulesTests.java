package th.ita.survey.responses;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules of a submission on a questionnaire where one item is asked of one group only
 * (the shipped framework asks every EIT item of both groups).
 */
class SubmissionRulesTests {

	static final List<Questionnaire.Option> YES_NO = List.of(new Questionnaire.Option(1, "ใช่", "Yes"),
			new Questionnaire.Option(0, "ไม่ใช่", "No"));

	static final Questionnaire QUESTIONNAIRE = new Questionnaire(2590, "S4001", "สพม.ขอนแก่น", null, "EIT", false,
			List.of(new Questionnaire.Group("A", "ก", "A"), new Questionnaire.Group("B", "ข", "B")),
			List.of(new Questionnaire.Section("6", 6, "ตัวชี้วัด", "Indicator",
					List.of(question("e1", List.of("A", "B")), question("e2", List.of("B"))))),
			null);

	static Questionnaire.Question question(String code, List<String> groups) {
		return new Questionnaire.Question(code, null, null, null, code, code, "YES_NO", YES_NO, groups);
	}

	final SurveyForms forms = new SurveyForms(null, null, null, null, null, null, null, null,
			new StaticMessageSource());

	List<String> fields(String group, Map<String, Integer> answers) {
		try {
			this.forms.validate(QUESTIONNAIRE, new Submission(null, group, null, answers));
			return List.of();
		}
		catch (SurveyValidationException ex) {
			return ex.errors().stream().map(SurveyValidationException.FieldError::field).toList();
		}
	}

	@Test
	void anItemTheGroupIsNotAskedIsNamed() {
		assertThat(fields("A", Map.of("e1", 1))).isEmpty();
		assertThat(fields("A", Map.of("e1", 1, "e2", 0))).containsExactly("e2");
		assertThat(fields("B", Map.of("e1", 1, "e2", 0))).isEmpty();
		assertThat(fields("B", Map.of("e1", 1))).containsExactly("e2");
	}

	@Test
	void groupValuesAndUnknownItems() {
		assertThat(fields("C", Map.of("e1", 1))).containsExactly("respondentGroup");
		assertThat(fields("A", Map.of("e1", 2))).containsExactly("e1");
		assertThat(fields("A", Map.of("e1", Submission.NOT_A_NUMBER))).containsExactly("e1");
		assertThat(fields("A", Map.of("e1", 1, "zz", 1))).containsExactly("zz");
		assertThatExceptionOfType(SurveyValidationException.class)
			.isThrownBy(() -> this.forms.validate(QUESTIONNAIRE, new Submission(null, null, null, Map.of())));
	}

	@Test
	void submissionsNeverPrintTheirContent() {
		assertThat(new Submission("K7QM-3XPA-9RTC", "A", "token", Map.of("e1", 1)).toString())
			.isEqualTo("Submission[<redacted>]");
	}

}
