package cn.tsbase.notification.internal;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import cn.tsbase.organization.RegistrationRefused;

/**
 * Tells the contact of a refused self-service registration, by mail, what the registration page did not say: that the
 * credit code or the username was taken (ADR 0013). Without mail (the demo), the mail is written to the log instead.
 */
@Component
class RegistrationListeners {

	private static final Logger log = LoggerFactory.getLogger(RegistrationListeners.class);

	private static final Locale CHINESE = NotificationMail.CHINESE;

	private final NotificationMail mail;
	private final MessageSource messages;
	private final ApplicationEventPublisher events;

	RegistrationListeners(NotificationMail mail, MessageSource messages, ApplicationEventPublisher events) {
		this.mail = mail;
		this.messages = messages;
		this.events = events;
	}

	@ApplicationModuleListener(id = FailedNotificationRetry.LISTENER_PREFIX + "registration-refused")
	void on(RegistrationRefused event) {
		MailRequested composed = compose(event);
		if (mail.isEnabled()) {
			events.publishEvent(composed);
		}
		else {
			log.info("Mail not sent (mail is off): {}\n{}", composed.subject(), composed.body());
		}
	}

	MailRequested compose(RegistrationRefused event) {
		String platform = text("app.name");
		StringBuilder body = new StringBuilder();
		body.append(text("mail.greeting", event.contactPerson())).append("\n\n");
		if (event.codeTaken()) {
			body.append(text("registration.refused.mail.codeTaken", event.uscc(), event.unitName())).append("\n\n");
		}
		if (event.usernameTaken()) {
			body.append(text("registration.refused.mail.usernameTaken", event.username())).append("\n\n");
		}
		body.append(text("registration.refused.mail.notYou")).append("\n\n");
		body.append(text("mail.signature", platform)).append('\n');
		String to = StringUtils.hasText(event.contactEmail()) ? event.contactEmail().strip() : "";
		return new MailRequested(to, text("mail.subject", platform, text("registration.refused.mail.subject")),
				body.toString());
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, CHINESE);
	}
}
