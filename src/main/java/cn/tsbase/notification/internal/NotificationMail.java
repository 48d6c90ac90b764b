package cn.tsbase.notification.internal;

import java.util.Locale;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import cn.tsbase.account.Recipient;

/**
 * Composes the mail that goes with a notification, in Chinese whatever the reader's screen language (the platform's first
 * language; a mail has no reader's session), and requests it by publishing {@link MailRequested}. A mail says no more
 * than its notification: details such as the reasons of a return stay behind the login.
 */
@Component
@EnableConfigurationProperties(MailSettings.class)
class NotificationMail {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);

	private final boolean enabled;
	private final MailSettings settings;
	private final MessageSource messages;
	private final ApplicationEventPublisher events;

	NotificationMail(MailSettings settings, ObjectProvider<JavaMailSender> sender, MessageSource messages,
			ApplicationEventPublisher events) {
		boolean smtpConfigured = sender.getIfAvailable() != null;
		this.enabled = settings.sendsMail(smtpConfigured);
		if (enabled && !smtpConfigured) {
			throw new IllegalStateException("tsbase.mail.enabled is true but no SMTP server is configured: set spring.mail.host");
		}
		if (enabled) {
			checkSender(settings.from());
		}
		log.info(enabled ? "Notifications are also sent by e-mail" : "Notifications are not sent by e-mail (no SMTP server configured or tsbase.mail.enabled=false)");
		this.settings = settings;
		this.messages = messages;
		this.events = events;
	}

	private static void checkSender(String from) {
		if (!StringUtils.hasText(from)) {
			throw new IllegalStateException("Mail is enabled but tsbase.mail.from (the sender address) is not set");
		}
		try {
			new InternetAddress(from, true).validate();
		}
		catch (AddressException malformed) {
			throw new IllegalStateException("tsbase.mail.from is not an e-mail address: " + from, malformed);
		}
	}

	boolean isEnabled() {
		return enabled;
	}

	/** Requests the notification's mail to the recipient, if mails are sent and the recipient has an address. */
	void request(Recipient recipient, NotificationMessage message) {
		if (enabled && StringUtils.hasText(recipient.email())) {
			events.publishEvent(compose(recipient, message));
		}
	}

	MailRequested compose(Recipient recipient, NotificationMessage message) {
		Object[] arguments = message.arguments().toArray();
		String platform = text("app.name");
		String subject = text("mail.subject", platform, text(message.kind().subjectKey(), arguments));
		StringBuilder body = new StringBuilder();
		body.append(text("mail.greeting", recipient.displayName())).append("\n\n");
		body.append(text(message.kind().messageKey(), arguments)).append("\n\n");
		if (StringUtils.hasText(settings.baseUrl())) {
			body.append(text("mail.link", platform, stripTrailingSlash(settings.baseUrl()) + message.link()));
		}
		else {
			body.append(text("mail.loginToView", platform));
		}
		body.append("\n\n").append(text("mail.signature", platform)).append('\n');
		return new MailRequested(recipient.email().strip(), subject, body.toString());
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, CHINESE);
	}

	private static String stripTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}
}
