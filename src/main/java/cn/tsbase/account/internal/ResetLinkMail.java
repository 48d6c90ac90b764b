package cn.tsbase.account.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import cn.tsbase.shared.StateConflictException;

/**
 * Sends a password reset or account activation link to the account's own address, directly to the SMTP server of {@code spring.mail.*}
 * (from {@code tsbase.mail.from}). Not through the event publication registry: it would keep the live link in the
 * database in clear while the mail waits. Without mail, the demo profile writes the mail to the log
 * ({@code tsbase.security.password-reset.log-links}); anywhere else a reset is refused, never shown to anyone.
 */
@Component
class ResetLinkMail {

	private static final Logger log = LoggerFactory.getLogger(ResetLinkMail.class);
	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final ObjectProvider<JavaMailSender> sender;
	private final MessageSource messages;
	private final Boolean mailEnabled;
	private final String from;
	private final boolean logLinks;

	ResetLinkMail(ObjectProvider<JavaMailSender> sender, MessageSource messages,
			@Value("${tsbase.mail.enabled:#{null}}") Boolean mailEnabled, @Value("${tsbase.mail.from:}") String from,
			@Value("${tsbase.security.password-reset.log-links:false}") boolean logLinks) {
		this.sender = sender;
		this.messages = messages;
		this.mailEnabled = mailEnabled;
		this.from = from;
		this.logLinks = logLinks;
	}

	/** Whether a link can reach its owner at all; a reset is refused before anything changes when not. */
	void checkDeliverable() {
		if (!isDeliverable()) {
			throw new StateConflictException("account.reset.noMail", "No mail server to send reset links");
		}
	}

	boolean isDeliverable() {
		return smtp() != null || logLinks;
	}

	/**
	 * Sends a reset or activation link; the body's arguments are the link, its validity (minutes for a reset, hours
	 * for an activation) and the username.
	 *
	 * @throws MailException when the SMTP server does not take the mail
	 */
	void send(String to, String displayName, String subjectKey, String bodyKey, String link, long validity,
			String username) {
		String platform = text("app.name");
		String subject = text("mail.subject", platform, text(subjectKey));
		String body = text("mail.greeting", displayName) + "\n\n" + text(bodyKey, link, validity, username)
				+ "\n\n" + text("mail.signature", platform) + "\n";
		JavaMailSender smtp = smtp();
		if (smtp == null) {
			// demo profile only: the local "mail catcher" is the log
			log.warn("Demo profile, no mail server: account link mail to {}\nSubject: {}\n\n{}", to, subject, body);
			return;
		}
		MimeMessage message = smtp.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
			helper.setFrom(from, platform);
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(body, false);
		}
		catch (MessagingException | java.io.UnsupportedEncodingException | IllegalArgumentException malformed) {
			throw new StateConflictException("account.reset.badAddress", "Reset mail address malformed");
		}
		smtp.send(message);
	}

	private JavaMailSender smtp() {
		JavaMailSender smtp = sender.getIfAvailable();
		boolean enabled = mailEnabled == null ? smtp != null : mailEnabled;
		return enabled && StringUtils.hasText(from) ? smtp : null;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, CHINESE);
	}
}
