package th.ita.oit.evidence;

/**
 * An item refused a transition in its current state: HTTP 409. The message is English;
 * the API and pages show {@code oit.error.transition} in the user's language.
 */
public class TransitionRefusedException extends IllegalStateException {

	private final String action;

	private final String itemCode;

	private final EvidenceStatus status;

	public TransitionRefusedException(String action, String itemCode, EvidenceStatus status) {
		super("Cannot " + action + " item " + itemCode + " while it is " + status);
		this.action = action;
		this.itemCode = itemCode;
		this.status = status;
	}

	public String action() {
		return this.action;
	}

	public String itemCode() {
		return this.itemCode;
	}

	public EvidenceStatus status() {
		return this.status;
	}

}
