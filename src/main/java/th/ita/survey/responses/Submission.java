package th.ita.survey.responses;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a respondent submits. {@link #toString()} never shows the code, the token or the
 * answers, so no debug log can carry them.
 *
 * @param accessCode the access code (IIT)
 * @param respondentGroup the respondent group (EIT; IIT has one)
 * @param formToken the form's one-time token (optional in the API)
 * @param answers leaf item code to option value; {@link #NOT_A_NUMBER} for a value that
 * is not a whole number
 */
public record Submission(@Nullable String accessCode, @Nullable String respondentGroup, @Nullable String formToken,
		Map<String, Integer> answers) {

	/** Stands for a submitted value that is not a whole number. */
	public static final int NOT_A_NUMBER = Integer.MIN_VALUE;

	public Submission {
		answers = Map.copyOf(answers);
	}

	@Override
	public String toString() {
		return "Submission[<redacted>]";
	}

}
