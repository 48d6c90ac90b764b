package cn.tsbase.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every notification links to the page it is about and says what happened in both languages: each kind is sent
 * somewhere (always as a {@link NotificationMessage}, which takes only a link inside the application) and has its
 * text and mail subject in Chinese and English.
 */
class NotificationLinkTests {

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = NotificationLinkTests.class.getResourceAsStream("/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void everyKindOfNotificationIsSentWithALinkAndHasItsTextInBothLanguages() throws IOException {
		Properties chinese = bundle("messages.properties");
		Properties english = bundle("messages_en.properties");
		String senders;
		try (Stream<Path> files = Files.walk(Path.of("src/main/java/cn/tsbase/notification/internal"))) {
			senders = files.filter(file -> file.toString().endsWith(".java"))
				.filter(file -> !file.endsWith("NotificationKind.java"))
				.map(file -> {
					try {
						return Files.readString(file);
					}
					catch (IOException e) {
						throw new IllegalStateException(e);
					}
				})
				.collect(Collectors.joining("\n"));
		}
		for (NotificationKind kind : NotificationKind.values()) {
			assertThat(senders).as("a sender of %s", kind).contains("NotificationKind." + kind.name());
			assertThat(chinese).as("zh text of %s", kind).containsKeys(kind.messageKey(), kind.subjectKey());
			assertThat(english).as("en text of %s", kind).containsKeys(kind.messageKey(), kind.subjectKey());
		}
	}

	@Test
	void aNotificationWithoutALinkInsideTheApplicationIsRefused() {
		for (String link : new String[] { "", "https://example.com/x", "//example.com/x", "declarations/1" }) {
			assertThatThrownBy(() -> NotificationMessage.of(NotificationKind.PRE_REVIEW_PASSED, link, "某单位"))
				.as(link)
				.isInstanceOf(IllegalArgumentException.class);
		}
		assertThatThrownBy(() -> NotificationMessage.of(NotificationKind.PRE_REVIEW_PASSED, null, "某单位"))
			.isInstanceOf(RuntimeException.class);
		assertThat(NotificationMessage.of(NotificationKind.PRE_REVIEW_PASSED, "/declarations/1", "某单位").link())
			.isEqualTo("/declarations/1");
	}
}
