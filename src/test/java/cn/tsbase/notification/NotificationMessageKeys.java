package cn.tsbase.notification;

import java.util.stream.Stream;

import cn.tsbase.notification.internal.NotificationKind;

/** The message keys the notification module builds from its enumerations, for the bundle test. */
public final class NotificationMessageKeys {

	private NotificationMessageKeys() {
	}

	public static Stream<String> ofEnumerations() {
		return Stream.of(NotificationKind.values()).flatMap(k -> Stream.of(k.messageKey(), k.subjectKey()));
	}
}
