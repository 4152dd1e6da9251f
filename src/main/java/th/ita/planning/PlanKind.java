package th.ita.planning;

import java.util.Locale;

import th.ita.shared.FieldException;

/**
 * The two plans an agency writes each fiscal year. The OIT items their documents answer
 * follow the round's framework ({@code planning/oit-items.properties}).
 */
public enum PlanKind {

	/**
	 * Measures to promote integrity and transparency
	 * (มาตรการส่งเสริมคุณธรรมและความโปร่งใส) with their action plan (ITA-ESA-2567: O32;
	 * their results: O33).
	 */
	INTEGRITY("integrity"),
	/**
	 * The anti-corruption action plan (แผนปฏิบัติการป้องกันการทุจริต) (ITA-ESA-2567: O30;
	 * its results: O31, the next round asks for the previous fiscal year's results).
	 */
	ANTI_CORRUPTION("anti-corruption");

	private final String slug;

	PlanKind(String slug) {
		this.slug = slug;
	}

	/** The path segment, e.g. {@code integrity}. */
	public String slug() {
		return this.slug;
	}

	/** The round whose OIT asks for the progress report of a plan of this fiscal year. */
	public int progressRound(int fiscalYear) {
		return (this == ANTI_CORRUPTION) ? fiscalYear + 1 : fiscalYear;
	}

	/** Parses a slug or a name ({@code integrity}, {@code ANTI_CORRUPTION}); else 422. */
	public static PlanKind parse(String text) {
		String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
		for (PlanKind kind : values()) {
			if (kind.slug.equals(t)) {
				return kind;
			}
		}
		throw new FieldException("kind", "Unknown plan kind: " + text);
	}

}
