package cn.tsbase.notification.internal;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailParseException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Hands requested mails to the SMTP server, after the transaction that requested them committed and outside any
 * transaction of its own (no database connection is held while the SMTP server answers). A failure leaves the
 * publication failed in the event publication registry, from where {@link FailedNotificationRetry} resubmits it.
 */
@Component
class MailDelivery {

	/** The listener's id in the event publication registry: stable, whatever this class is called later. */
	static final String LISTENER_ID = FailedNotificationRetry.LISTENER_PREFIX + "mail";

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private final ObjectProvider<JavaMailSender> sender;
	private final MailSettings settings;
	private final MessageSource messages;

	MailDelivery(ObjectProvider<JavaMailSender> sender, MailSettings settings, MessageSource messages) {
		this.sender = sender;
		this.settings = settings;
		this.messages = messages;
	}

	@ApplicationModuleListener(id = LISTENER_ID, propagation = Propagation.NOT_SUPPORTED)
	void on(MailRequested mail) {
		JavaMailSender smtp = sender.getIfAvailable();
		if (smtp == null) {
			log.warn("Mail requested but no SMTP server is configured any more: {} dropped", mail);
			return;
		}
		MimeMessage message = smtp.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
			helper.setFrom(settings.from(), messages.getMessage("app.name", null, Locale.SIMPLIFIED_CHINESE));
			helper.setTo(mail.to());
			helper.setSubject(mail.subject());
			helper.setText(mail.body(), false);
		}
		catch (MessagingException | UnsupportedEncodingException | IllegalArgumentException malformed) {
			// an address the mail system cannot parse: sending again would fail again
			log.warn("Mail not sent, its address is malformed: {}", mail);
			return;
		}
		try {
			smtp.send(message);
		}
		catch (MailParseException malformed) {
			log.warn("Mail not sent, it cannot be composed: {}", mail);
		}
	}
}
