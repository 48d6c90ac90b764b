package cn.tsbase.shared;

/**
 * A request whose parameters cannot mean anything (a negative page, a page size out of range): HTTP 400 with the
 * message key's explanation, nothing read or changed.
 */
public class InvalidRequestException extends RuntimeException {

	private final String messageKey;
	private final transient Object[] arguments;

	public InvalidRequestException(String messageKey, Object... arguments) {
		super("Invalid request: " + messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
