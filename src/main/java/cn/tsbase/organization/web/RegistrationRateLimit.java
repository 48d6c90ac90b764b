package cn.tsbase.organization.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.tsbase.shared.TooManyRequestsException;
import cn.tsbase.shared.security.RateLimiter;
import cn.tsbase.shared.security.RateLimiters;

/**
 * One limit for every way to register (the form and {@code POST /api/v1/units}): attempts per client address per
 * hour ({@code tsbase.registration.per-ip-per-hour}), counted before anything of the registration is looked at.
 */
@Component
class RegistrationRateLimit {

	private final RateLimiter limiter;

	RegistrationRateLimit(RateLimiters rateLimiters, @Value("${tsbase.registration.per-ip-per-hour:20}") int perIpPerHour) {
		this.limiter = rateLimiters.limiter("registration", perIpPerHour, Duration.ofHours(1));
	}

	/** @throws TooManyRequestsException when the client is over its limit (HTTP 429) */
	void check(HttpServletRequest request) {
		if (!limiter.tryAcquire(request.getRemoteAddr())) {
			throw new TooManyRequestsException("Registration rate limit");
		}
	}
}
