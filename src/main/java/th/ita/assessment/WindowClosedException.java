package th.ita.assessment;

import th.ita.shared.ConflictException;

/**
 * An action was attempted outside its window: HTTP 409. The message, in the user's
 * language, names the window and its dates, or says that it is not scheduled; the
 * problem's {@code field} is {@code windows.<ACTIVITY>}.
 */
public class WindowClosedException extends ConflictException {

	private final int fiscalYear;

	private final Activity activity;

	public WindowClosedException(int fiscalYear, Activity activity, String message) {
		super("windows." + activity.name(), message);
		this.fiscalYear = fiscalYear;
		this.activity = activity;
	}

	public int fiscalYear() {
		return this.fiscalYear;
	}

	public Activity activity() {
		return this.activity;
	}

}
