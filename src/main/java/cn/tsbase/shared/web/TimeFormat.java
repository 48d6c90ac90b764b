package cn.tsbase.shared.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Formats instants for the pages in Beijing time ({@code ${@timeFormat.minutes(instant)}} in templates). */
@Component("timeFormat")
public class TimeFormat {

	private final Clock clock;

	TimeFormat(Clock clock) {
		this.clock = clock;
	}

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BEIJING);
	private static final DateTimeFormatter SECONDS_WITH_ZONE = DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm:ss.SSS xxx")
		.withZone(BEIJING);
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(BEIJING);

	public String minutes(Instant instant) {
		return instant == null ? "" : MINUTES.format(instant);
	}

	/** With milliseconds and the UTC offset, for the audit trail. */
	public String precise(Instant instant) {
		return instant == null ? "" : SECONDS_WITH_ZONE.format(instant);
	}

	/** Whether the instant lies ahead, e.g. a lock that still holds. */
	public boolean isFuture(Instant instant) {
		return instant != null && instant.isAfter(clock.instant());
	}

	public String date(Instant instant) {
		return instant == null ? "" : DATE.format(instant);
	}
}
