package th.ita.survey;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The two survey instruments of the ITA. The framework module's {@code Instrument} also
 * has OIT, which is not a survey; the survey module keeps its own type so that it depends
 * only on {@code shared}, {@code web} and {@code agency}.
 */
public enum SurveyInstrument {

	/** Internal Integrity and Transparency Assessment: the staff survey. */
	IIT,
	/** External Integrity and Transparency Assessment: the stakeholders' survey. */
	EIT;

	/** The instrument with this name (case-insensitive), if it is a survey instrument. */
	public static Optional<SurveyInstrument> parse(@Nullable String name) {
		if (name == null) {
			return Optional.empty();
		}
		for (SurveyInstrument instrument : values()) {
			if (instrument.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
				return Optional.of(instrument);
			}
		}
		return Optional.empty();
	}

}
