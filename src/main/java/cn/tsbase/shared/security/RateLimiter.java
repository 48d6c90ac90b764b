package cn.tsbase.shared.security;

/** Counts requests per client key (a client address) in a sliding time window and refuses past a limit. */
@FunctionalInterface
public interface RateLimiter {

	/** Records an attempt for the key; false when the key is over its limit (the attempt is then not counted). */
	boolean tryAcquire(String key);
}
