package th.ita.identity.domain;

import th.ita.shared.FieldException;

/**
 * A rule about user accounts was broken. The message is English (API); pages show the
 * message key {@link #messageKey()} in the user's language.
 */
public class InvalidUserException extends FieldException {

	private final String messageKey;

	private final Object[] args;

	InvalidUserException(String field, String messageKey, String message, Object... args) {
		super(field, message);
		this.messageKey = messageKey;
		this.args = args;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] args() {
		return this.args.clone();
	}

}
