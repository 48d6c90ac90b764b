package cn.tsbase.shared.security;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts events per key (a client IP) in a sliding time window and refuses past a limit. Kept in memory: each
 * instance limits on its own, which bounds abuse per instance.
 */
public class SlidingWindowRateLimiter {

	private static final int MAX_KEYS = 100_000;

	private final int limit;
	private final Duration window;
	private final Clock clock;
	private final Map<String, Deque<Long>> hits = new ConcurrentHashMap<>();

	public SlidingWindowRateLimiter(int limit, Duration window, Clock clock) {
		this.limit = limit;
		this.window = window;
		this.clock = clock;
	}

	/** Records an attempt for the key; false when the key is over its limit (the attempt is then not counted). */
	public boolean tryAcquire(String key) {
		long now = clock.millis();
		long since = now - window.toMillis();
		if (hits.size() > MAX_KEYS) {
			evictIdle(since);
		}
		Deque<Long> times = hits.computeIfAbsent(key, k -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && times.peekFirst() <= since) {
				times.pollFirst();
			}
			if (times.size() >= limit) {
				return false;
			}
			times.addLast(now);
			return true;
		}
	}

	private void evictIdle(long since) {
		for (Iterator<Map.Entry<String, Deque<Long>>> it = hits.entrySet().iterator(); it.hasNext();) {
			Deque<Long> times = it.next().getValue();
			synchronized (times) {
				if (times.isEmpty() || times.peekLast() <= since) {
					it.remove();
				}
			}
		}
	}

	public void reset() {
		hits.clear();
	}
}
