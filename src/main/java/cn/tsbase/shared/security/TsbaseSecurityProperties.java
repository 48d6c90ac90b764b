package cn.tsbase.shared.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Security policy settings ({@code tsbase.security.*}); defaults follow SECURITY.md (等保 level 3).
 *
 * @param lockoutThreshold failed logins that lock an account
 * @param lockoutDuration how long a locked account stays locked
 * @param absoluteSessionTimeout the longest a session lives, however active
 * @param maxSessionsPerUser parallel sessions per account; the oldest ends when exceeded
 * @param passwordMaxAge a password older than this must be changed at the next login
 * @param passwordHistory how many previous passwords may not be reused
 * @param loginAttemptsPerMinute login attempts per client IP per minute before HTTP 429
 */
@ConfigurationProperties("tsbase.security")
public record TsbaseSecurityProperties(int lockoutThreshold, Duration lockoutDuration, Duration absoluteSessionTimeout,
		int maxSessionsPerUser, Duration passwordMaxAge, int passwordHistory, int loginAttemptsPerMinute) {

	public TsbaseSecurityProperties {
		lockoutThreshold = lockoutThreshold <= 0 ? 5 : lockoutThreshold;
		lockoutDuration = lockoutDuration == null ? Duration.ofMinutes(30) : lockoutDuration;
		absoluteSessionTimeout = absoluteSessionTimeout == null ? Duration.ofHours(8) : absoluteSessionTimeout;
		maxSessionsPerUser = maxSessionsPerUser <= 0 ? 3 : maxSessionsPerUser;
		passwordMaxAge = passwordMaxAge == null ? Duration.ofDays(90) : passwordMaxAge;
		passwordHistory = passwordHistory <= 0 ? 5 : passwordHistory;
		loginAttemptsPerMinute = loginAttemptsPerMinute <= 0 ? 20 : loginAttemptsPerMinute;
	}
}
