package cn.tsbase.notification.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tsbase.mail.*}: whether notifications also go out by e-mail, from which address, and the address of the platform
 * that mails link to. The SMTP server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param enabled whether to send mails; when not set, mails are sent exactly when an SMTP server is configured
 *            ({@code spring.mail.host})
 * @param from the sender address, required when mails are sent
 * @param baseUrl the platform's address as users reach it (e.g. {@code https://tsbase.example.gov.cn}); mails
 *            carry full links when it is set, and otherwise ask the reader to log in
 */
@ConfigurationProperties("tsbase.mail")
public record MailSettings(Boolean enabled, String from, String baseUrl) {

	/** Whether mails are sent, given whether an SMTP server is configured. */
	public boolean sendsMail(boolean smtpConfigured) {
		return enabled == null ? smtpConfigured : enabled;
	}
}
