package th.ita.survey.responses;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One agency's questionnaire of a survey instrument in a round, as the respondent sees
 * it: the respondent groups, and per indicator the leaf items (items, or their sub-items)
 * with their scale and answer options. No scores are shown.
 *
 * @param fiscalYear the round
 * @param agencyCode the agency
 * @param agencyNameTh Thai name of the agency
 * @param agencyNameEn English name of the agency
 * @param instrument IIT or EIT
 * @param accessCodeRequired whether a submission needs an access code
 * @param respondentGroups the groups of the instrument
 * @param sections one per indicator
 * @param formToken a one-time form token, or {@code null} when none was asked for
 */
public record Questionnaire(int fiscalYear, String agencyCode, String agencyNameTh, @Nullable String agencyNameEn,
		String instrument, boolean accessCodeRequired, List<Group> respondentGroups, List<Section> sections,
		@Nullable String formToken) {

	/** A respondent group. */
	public record Group(String code, String nameTh, String nameEn) {
	}

	/** The items of one indicator. */
	public record Section(String indicator, int number, @Nullable String nameTh, @Nullable String nameEn,
			List<Question> items) {
	}

	/**
	 * One leaf item; a sub-item carries its parent's text as the stem.
	 *
	 * @param groups the respondent groups that answer it
	 */
	public record Question(String code, @Nullable String parentCode, @Nullable String stemTh, @Nullable String stemEn,
			@Nullable String textTh, @Nullable String textEn, String scale, List<Option> options, List<String> groups) {

		public boolean askedOf(@Nullable String group) {
			return group != null && this.groups.contains(group);
		}

	}

	/** An answer option. */
	public record Option(int value, @Nullable String labelTh, @Nullable String labelEn) {
	}

	/** Without the form token, which must not reach a log. */
	@Override
	public String toString() {
		return "Questionnaire[" + this.fiscalYear + "/" + this.instrument + "/" + this.agencyCode
				+ ", formToken=<redacted>]";
	}

	/** The same questionnaire with another form token. */
	public Questionnaire withFormToken(@Nullable String token) {
		return new Questionnaire(this.fiscalYear, this.agencyCode, this.agencyNameTh, this.agencyNameEn,
				this.instrument, this.accessCodeRequired, this.respondentGroups, this.sections, token);
	}

	/** The questions a group answers, in order. */
	public List<Question> questions(@Nullable String group) {
		return this.sections.stream().flatMap(s -> s.items().stream()).filter(q -> q.askedOf(group)).toList();
	}

	/** The sections with only the questions a group answers (sections left empty go). */
	public List<Section> sections(@Nullable String group) {
		return this.sections.stream()
			.map(s -> new Section(s.indicator(), s.number(), s.nameTh(), s.nameEn(),
					s.items().stream().filter(q -> q.askedOf(group)).toList()))
			.filter(s -> !s.items().isEmpty())
			.toList();
	}

	/** The group when there is only one (IIT), else {@code null}. */
	public @Nullable String onlyGroup() {
		return (this.respondentGroups.size() == 1) ? this.respondentGroups.get(0).code() : null;
	}

}
