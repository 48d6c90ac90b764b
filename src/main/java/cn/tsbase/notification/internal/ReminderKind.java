package cn.tsbase.notification.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * The deadline reminders: a week before the call closes, and on its last day. Their windows do not overlap, so one
 * run sends at most one reminder per declaration; a declaration started late gets only the reminders still ahead.
 */
public enum ReminderKind {

	/** The call closes in more than one and at most seven days. */
	SEVEN_DAYS(Duration.ofDays(1), Duration.ofDays(7), NotificationKind.DEADLINE_IN_SEVEN_DAYS),

	/** The call closes within a day. */
	ONE_DAY(Duration.ZERO, Duration.ofDays(1), NotificationKind.DEADLINE_IN_ONE_DAY);

	private final Duration from;
	private final Duration to;
	private final NotificationKind noticeKind;

	ReminderKind(Duration from, Duration to, NotificationKind noticeKind) {
		this.from = from;
		this.to = to;
		this.noticeKind = noticeKind;
	}

	/** Where the deadlines lie that this reminder is for, seen at the given time (from inclusive, to exclusive). */
	Instant windowStart(Instant now) {
		return now.plus(from);
	}

	Instant windowEnd(Instant now) {
		return now.plus(to);
	}

	NotificationKind noticeKind() {
		return noticeKind;
	}
}
