package cn.tsbase.publicnotice.web;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.tsbase.shared.security.RateLimiter;
import cn.tsbase.shared.security.RateLimiters;

/**
 * The per-IP limits of the public objection endpoints: complete filings, posts of the form (six times as many), and
 * status look-ups, the last shared by the page and the API so that switching between them buys no extra attempts.
 */
@Component
class ObjectionRateLimits {

	private final RateLimiter attempts;
	private final RateLimiter filings;
	private final RateLimiter lookups;

	ObjectionRateLimits(RateLimiters rateLimiters, @Value("${tsbase.objections.per-ip-per-hour:10}") int filingsPerHour,
			@Value("${tsbase.objections.lookups-per-ip-per-10-minutes:30}") int lookupsPerTenMinutes) {
		this.filings = rateLimiters.limiter("objection-filings", filingsPerHour, Duration.ofHours(1));
		// posts of the form, complete or not: generous, so that correcting mistakes never hits it, but bounded
		this.attempts = rateLimiters.limiter("objection-attempts", Math.max(filingsPerHour, 1) * 6,
				Duration.ofHours(1));
		this.lookups = rateLimiters.limiter("objection-lookups", lookupsPerTenMinutes, Duration.ofMinutes(10));
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
