package cn.tsbase.notification.internal;

import java.util.Arrays;
import java.util.List;

import org.springframework.util.Assert;

/**
 * What to tell: the kind (its message key), the arguments of the text (names, titles, a date, a reason: never
 * translated, so the same in every language), and the path inside the application it is about.
 */
public record NotificationMessage(NotificationKind kind, List<String> arguments, String link) {

	/** Arguments longer than this are cut, so a notification stays a notification. */
	static final int MAX_ARGUMENT_LENGTH = 500;

	public NotificationMessage {
		Assert.isTrue(link.startsWith("/") && !link.startsWith("//") && !link.contains("\\"),
				"A notification links inside the application");
		arguments = arguments.stream().map(NotificationMessage::cut).toList();
	}

	public static NotificationMessage of(NotificationKind kind, String link, String... arguments) {
		return new NotificationMessage(kind, Arrays.asList(arguments), link);
	}

	private static String cut(String argument) {
		if (argument == null) {
			return "";
		}
		return argument.length() <= MAX_ARGUMENT_LENGTH ? argument : argument.substring(0, MAX_ARGUMENT_LENGTH) + "…";
	}
}
