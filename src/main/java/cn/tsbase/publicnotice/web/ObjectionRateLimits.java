package cn.tsbase.publicnotice.web;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.tsbase.shared.security.SlidingWindowRateLimiter;

/**
 * The per-IP limits of the public objection endpoints: complete filings, posts of the form (six times as many), and
 * status look-ups, the last shared by the page and the API so that switching between them buys no extra attempts.
 */
@Component
class ObjectionRateLimits {

	private final SlidingWindowRateLimiter attempts;
	private final SlidingWindowRateLimiter filings;
	private final SlidingWindowRateLimiter lookups;

	ObjectionRateLimits(Clock clock, @Value("${tsbase.objections.per-ip-per-hour:10}") int filingsPerHour,
			@Value("${tsbase.objections.lookups-per-ip-per-10-minutes:30}") int lookupsPerTenMinutes) {
		this.filings = new SlidingWindowRateLimiter(filingsPerHour, Duration.ofHours(1), clock);
		// posts of the form, complete or not: generous, so that correcting mistakes never hits it, but bounded
		this.attempts = new SlidingWindowRateLimiter(Math.max(filingsPerHour, 1) * 6, Duration.ofHours(1), clock);
		this.lookups = new SlidingWindowRateLimiter(lookupsPerTenMinutes, Duration.ofMinutes(10), clock);
	}

	/** Whether the address may post the objection form again now (complete or not). */
	boolean tryAttempt(String address) {
		return attempts.tryAcquire(address);
	}

	/** Whether the address may file another (complete) objection now. */
	boolean tryFiling(String address) {
		return filings.tryAcquire(address);
	}

	/** Whether the address may look up another objection's status now. */
	boolean tryLookup(String address) {
		return lookups.tryAcquire(address);
	}
}
