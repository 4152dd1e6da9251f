package th.ita.survey.codes;

/** Opens {@link SlipService#qr} to the tests of the survey package. */
public final class SlipServiceAccess {

	private SlipServiceAccess() {
	}

	public static String qr(String text) {
		return SlipService.qr(text);
	}

}
