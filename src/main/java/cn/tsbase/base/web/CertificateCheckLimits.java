package cn.tsbase.base.web;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.tsbase.shared.security.SlidingWindowRateLimiter;

/** The per-IP limit of certificate checks: enough for anyone checking certificates by hand, too few to guess codes. */
@Component
class CertificateCheckLimits {

	private final SlidingWindowRateLimiter checks;

	CertificateCheckLimits(Clock clock,
			@Value("${tsbase.certificates.checks-per-ip-per-10-minutes:30}") int checksPerTenMinutes) {
		this.checks = new SlidingWindowRateLimiter(checksPerTenMinutes, Duration.ofMinutes(10), clock);
	}

	boolean tryCheck(String address) {
		return checks.tryAcquire(address);
	}
}
