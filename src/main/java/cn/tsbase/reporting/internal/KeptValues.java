package cn.tsbase.reporting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values kept for a time to live per key, on this instance, in memory. A value is counted by one request at a time:
 * when it has expired, the requests that arrive while it is being counted again wait for that count instead of running
 * the same statements each (32 officials opening the dashboard in the same second cost one count, not 32). At most
 * {@code maxEntries} values are kept; beyond that the expired ones go first, then all. A time to live of zero or less
 * counts every request (the tests).
 */
final class KeptValues {

	/** A value and when it was counted. */
	record Kept<T>(T value, Instant countedAt) {
	}

	private final Clock clock;
	private final Duration ttl;
	private final int maxEntries;
	private final Map<Object, Kept<?>> values = new ConcurrentHashMap<>();
	private final Map<Object, Object> locks = new ConcurrentHashMap<>();

	KeptValues(Clock clock, Duration ttl, int maxEntries) {
		this.clock = clock;
		this.ttl = ttl;
		this.maxEntries = maxEntries;
	}

	Duration timeToLive() {
		return ttl;
	}

	/** The value of the key counted at most the time to live ago, counting it now when there is none. */
	@SuppressWarnings("unchecked")
	<T> Kept<T> get(Object key, Supplier<T> count) {
		if (ttl.isZero() || ttl.isNegative()) {
			return new Kept<>(count.get(), clock.instant());
		}
		Kept<T> kept = (Kept<T>) values.get(key);
		if (fresh(kept, clock.instant())) {
			return kept;
		}
		synchronized (locks.computeIfAbsent(key, k -> new Object())) {
			// counted by the request this one waited for?
			kept = (Kept<T>) values.get(key);
			Instant now = clock.instant();
			if (fresh(kept, now)) {
				return kept;
			}
			Kept<T> counted = new Kept<>(count.get(), now);
			makeRoom(now);
			values.put(key, counted);
			return counted;
		}
	}

	private boolean fresh(Kept<?> kept, Instant now) {
		return kept != null && kept.countedAt().plus(ttl).isAfter(now) && !kept.countedAt().isAfter(now);
	}

	private void makeRoom(Instant now) {
		if (values.size() < maxEntries) {
			return;
		}
		values.entrySet().removeIf(entry -> !fresh(entry.getValue(), now));
		if (values.size() >= maxEntries) {
			values.clear();
			locks.clear();
		}
	}
}
