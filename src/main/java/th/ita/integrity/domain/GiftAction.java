package th.ita.integrity.domain;

/** What was done with a gift. */
public enum GiftAction {

	REFUSED, RETURNED, KEPT_WITHIN_RULES, HANDED_TO_AGENCY

}
