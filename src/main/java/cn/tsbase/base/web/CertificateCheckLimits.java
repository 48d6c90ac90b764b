package cn.tsbase.base.web;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.tsbase.shared.security.RateLimiter;
import cn.tsbase.shared.security.RateLimiters;

/** The per-IP limit of certificate checks: enough for anyone checking certificates by hand, too few to guess codes. */
@Component
class CertificateCheckLimits {

	private final RateLimiter checks;

	CertificateCheckLimits(RateLimiters rateLimiters,
			@Value("${tsbase.certificates.checks-per-ip-per-10-minutes:30}") int checksPerTenMinutes) {
		this.checks = rateLimiters.limiter("certificate-checks", checksPerTenMinutes, Duration.ofMinutes(10));
	}

	boolean tryCheck(String address) {
		return checks.tryAcquire(address);
	}
}
