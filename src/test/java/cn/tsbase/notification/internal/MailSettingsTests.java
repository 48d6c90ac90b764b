package cn.tsbase.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import cn.tsbase.account.Recipient;

/** When mails go out, and what the platform refuses to start with. */
class MailSettingsTests {

	static NotificationMail noticeMail(MailSettings settings, boolean smtpConfigured) {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		if (smtpConfigured) {
			beans.registerSingleton("mailSender", new JavaMailSenderImpl());
		}
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new NotificationMail(settings, beans.getBeanProvider(JavaMailSender.class), messages, event -> {
		});
	}

	@Test
	void mailsGoOutExactlyWhereAnSmtpServerIsConfiguredUnlessSaidOtherwise() {
		assertThat(noticeMail(new MailSettings(null, "noreply@tsbase.test", null), true).isEnabled()).isTrue();
		assertThat(noticeMail(new MailSettings(null, null, null), false).isEnabled()).isFalse();
		assertThat(noticeMail(new MailSettings(false, null, null), true).isEnabled()).isFalse();
	}

	@Test
	void enabledMailNeedsAnSmtpServerAndAValidSender() {
		assertThatIllegalStateException()
			.isThrownBy(() -> noticeMail(new MailSettings(true, "noreply@tsbase.test", null), false))
			.withMessageContaining("spring.mail.host");
		assertThatIllegalStateException().isThrownBy(() -> noticeMail(new MailSettings(null, " ", null), true))
			.withMessageContaining("tsbase.mail.from");
		assertThatIllegalStateException()
			.isThrownBy(() -> noticeMail(new MailSettings(null, "not an address", null), true))
			.withMessageContaining("tsbase.mail.from");
	}

	@Test
	void withoutThePlatformsAddressAMailAsksTheReaderToLogIn() {
		MailRequested mail = noticeMail(new MailSettings(null, "noreply@tsbase.test", null), true).compose(
				new Recipient(1, "u", "张三", " zhang@example.com "),
				NotificationMessage.of(NotificationKind.DECLARATION_RECOMMENDED, "/declarations/7", "某单位", "2026年度申报"));

		assertThat(mail.to()).isEqualTo("zhang@example.com");
		assertThat(mail.subject()).isEqualTo("【商业秘密保护示范基地管理平台】申报已获区级推荐：某单位");
		assertThat(mail.body()).startsWith("张三，您好：")
			.contains("某单位 的申报“2026年度申报”已获区级推荐。")
			.contains("请登录商业秘密保护示范基地管理平台查看详情。")
			.doesNotContain("/declarations/7");
		assertThat(mail.toString()).doesNotContain("zhang@example.com");
	}

	@Test
	void aNoticeLinksInsideTheApplicationOnlyAndKeepsItsArgumentsShort() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> NotificationMessage.of(NotificationKind.UNIT_REGISTERED, "https://evil.example/", "x"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> NotificationMessage.of(NotificationKind.UNIT_REGISTERED, "//evil.example/", "x"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> NotificationMessage.of(NotificationKind.UNIT_REGISTERED, "/\\evil.example/", "x"));
		NotificationMessage message = new NotificationMessage(NotificationKind.DECLARATION_NOT_RECOMMENDED, List.of("甲".repeat(2000)),
				"/declarations/1");
		assertThat(message.arguments().get(0)).hasSize(NotificationMessage.MAX_ARGUMENT_LENGTH + 1).endsWith("…");
	}
}
