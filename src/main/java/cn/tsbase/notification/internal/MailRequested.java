package cn.tsbase.notification.internal;

/**
 * A mail to send, composed (in Chinese) when its notification was created. Published inside the transaction that stores the
 * notifications, so the event publication registry keeps it until the SMTP server took it, and resubmits it after a failure.
 */
public record MailRequested(String to, String subject, String body) {

	@Override
	public String toString() {
		// the address and the text stay out of logs
		return "MailRequested[" + subject + "]";
	}
}
