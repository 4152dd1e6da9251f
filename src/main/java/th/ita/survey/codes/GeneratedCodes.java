package th.ita.survey.codes;

import java.util.List;

import th.ita.survey.SurveyInstrument;

/**
 * Codes just generated, in display form ({@code K7QM-3XPA-9RTC}). They exist only in this
 * object: the database keeps their hashes. {@link #toString()} leaves the codes out, so
 * that debug logging of a request or response can never print them.
 */
public record GeneratedCodes(int fiscalYear, String agencyCode, SurveyInstrument instrument, List<String> codes) {

	public GeneratedCodes {
		codes = List.copyOf(codes);
	}

	public int count() {
		return this.codes.size();
	}

	@Override
	public String toString() {
		return "GeneratedCodes[fiscalYear=" + this.fiscalYear + ", agencyCode=" + this.agencyCode + ", instrument="
				+ this.instrument + ", count=" + this.codes.size() + ", codes=<redacted>]";
	}

}
