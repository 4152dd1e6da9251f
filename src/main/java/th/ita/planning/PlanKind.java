package th.ita.planning;

import java.util.Locale;

import th.ita.shared.FieldException;

/**
 * The two plans an agency writes each fiscal year, with the OIT items their documents
 * answer.
 */
public enum PlanKind {

	/**
	 * Measures to promote integrity and transparency
	 * (มาตรการส่งเสริมคุณธรรมและความโปร่งใส) with their action plan: O32; their results:
	 * O33.
	 */
	INTEGRITY("integrity", "O32", "O33"),
	/**
	 * The anti-corruption action plan (แผนปฏิบัติการป้องกันการทุจริต): O30; its results:
	 * O31 (the next round asks for the previous fiscal year's results).
	 */
	ANTI_CORRUPTION("anti-corruption", "O30", "O31");

	private final String slug;

	private final String planItem;

	private final String progressItem;

	PlanKind(String slug, String planItem, String progressItem) {
		this.slug = slug;
		this.planItem = planItem;
		this.progressItem = progressItem;
	}

	/** The path segment, e.g. {@code integrity}. */
	public String slug() {
		return this.slug;
	}

	/** The OIT item the published plan answers. */
	public String planItem() {
		return this.planItem;
	}

	/** The OIT item the published progress report answers. */
	public String progressItem() {
		return this.progressItem;
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
