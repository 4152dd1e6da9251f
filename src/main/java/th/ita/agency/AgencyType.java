package th.ita.agency;

import java.util.Locale;
import java.util.Optional;

/** The kind of an agency. */
public enum AgencyType {

	/** สำนักงานเขตพื้นที่การศึกษาประถมศึกษา (สพป.). */
	PRIMARY_ESA,
	/** สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา (สพม.). */
	SECONDARY_ESA,
	/** A central office, e.g. OBEC itself. */
	CENTRAL,
	/** A school. */
	SCHOOL,
	/** Anything else. */
	OTHER;

	/**
	 * Parses a type name, case-insensitively, accepting {@code PRIMARY} and
	 * {@code SECONDARY} (as in the shipped CSV) for the two ESA types.
	 */
	public static Optional<AgencyType> parse(String value) {
		String v = value.trim().toUpperCase(Locale.ROOT);
		if (v.equals("PRIMARY")) {
			return Optional.of(PRIMARY_ESA);
		}
		if (v.equals("SECONDARY")) {
			return Optional.of(SECONDARY_ESA);
		}
		for (AgencyType type : values()) {
			if (type.name().equals(v)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
