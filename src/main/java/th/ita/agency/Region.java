package th.ita.agency;

import java.util.Locale;
import java.util.Optional;

/**
 * The six geographic regions of Thailand (National Geographical Committee, 1977), as in
 * the shipped ESA data.
 */
public enum Region {

	NORTH, NORTHEAST, CENTRAL, EAST, WEST, SOUTH;

	/** Parses a region name, case-insensitively. */
	public static Optional<Region> parse(String value) {
		String v = value.trim().toUpperCase(Locale.ROOT);
		for (Region region : values()) {
			if (region.name().equals(v)) {
				return Optional.of(region);
			}
		}
		return Optional.empty();
	}

}
