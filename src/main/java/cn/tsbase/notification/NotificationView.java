package cn.tsbase.notification;

import java.time.Instant;
import java.util.List;

/**
 * A notification to one account as its list shows it: the message key and its arguments, so that it reads in the
 * reader's language. The one mapping of the entity that leaves the module.
 */
public record NotificationView(long id, String messageKey, List<String> messageArgs, Instant createdAt,
		boolean read) {
}
