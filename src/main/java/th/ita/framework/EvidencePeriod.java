package th.ita.framework;

/** The period an OIT item's evidence must cover. */
public enum EvidencePeriod {

	/** Current information (as of the day of review). */
	CURRENT,
	/** The fiscal year assessed. */
	FISCAL_YEAR,
	/** The fiscal year before the one assessed. */
	PREVIOUS_FISCAL_YEAR,
	/** Every month of the fiscal year so far. */
	MONTHLY,
	/** Every quarter of the fiscal year so far. */
	QUARTERLY,
	/** The first half of the fiscal year (6-month report). */
	HALF_YEAR,
	/** A multi-year plan that includes the fiscal year. */
	MULTI_YEAR

}
