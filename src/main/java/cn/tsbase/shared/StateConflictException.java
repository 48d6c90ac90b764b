package cn.tsbase.shared;

/**
 * A request that the object's current state does not allow (a workflow step out of order, a duplicate): HTTP 409,
 * nothing changed. The message key explains it to the user.
 */
public class StateConflictException extends RuntimeException {

	private final String messageKey;

	public StateConflictException(String messageKey, String message) {
		super(message);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
