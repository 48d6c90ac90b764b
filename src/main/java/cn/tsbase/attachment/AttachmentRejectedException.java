package cn.tsbase.attachment;

/** An upload refused; the message key (with its arguments) tells the user why. */
public class AttachmentRejectedException extends RuntimeException {

	private final String messageKey;
	private final Object[] arguments;

	public AttachmentRejectedException(String messageKey, Object... arguments) {
		super("Attachment rejected: " + messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments;
	}
}
