package cn.tsbase;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that follows the system clock plus an offset that tests set, and must reset when done. */
public class MutableClock extends Clock {

	private final Clock base;
	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	public MutableClock(Clock base) {
		this.base = base;
	}

	public void advance(Duration duration) {
		offset.updateAndGet(current -> current.plus(duration));
	}

	/** Moves the clock so that it now reads the given instant (and runs on from there). */
	public void setTo(Instant instant) {
		offset.set(Duration.between(base.instant(), instant));
	}

	public void reset() {
		offset.set(Duration.ZERO);
	}

	@Override
	public ZoneId getZone() {
		return ZoneId.of("Asia/Shanghai");
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return base.instant().plus(offset.get());
	}
}
