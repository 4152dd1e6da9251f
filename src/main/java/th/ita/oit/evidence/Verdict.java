package th.ita.oit.evidence;

/** An assessor's verdict on an item. */
public enum Verdict {

	PASS, FAIL

}
