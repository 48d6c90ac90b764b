package cn.tsbase.organization.web;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.tsbase.shared.TooManyRequestsException;
import cn.tsbase.shared.security.SlidingWindowRateLimiter;

/**
 * One limit for every way to register (the form and {@code POST /api/v1/units}): attempts per client address per
 * hour ({@code tsbase.registration.per-ip-per-hour}), counted before anything of the registration is looked at.
 */
@Component
class RegistrationRateLimit {

	private final SlidingWindowRateLimiter limiter;

	RegistrationRateLimit(Clock clock, @Value("${tsbase.registration.per-ip-per-hour:20}") int perIpPerHour) {
		this.limiter = new SlidingWindowRateLimiter(perIpPerHour, Duration.ofHours(1), clock);
	}

	/** @throws TooManyRequestsException when the client is over its limit (HTTP 429) */
	void check(HttpServletRequest request) {
		if (!limiter.tryAcquire(request.getRemoteAddr())) {
			throw new TooManyRequestsException("Registration rate limit");
		}
	}
}
