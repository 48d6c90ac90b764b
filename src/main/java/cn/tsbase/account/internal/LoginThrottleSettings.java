package cn.tsbase.account.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tsbase.security.login-throttle.*}: the account-wide lock and the spraying alerts (ADR 0011). The lock of one
 * account from one source uses {@code tsbase.security.lockout-threshold} and {@code lockout-duration}.
 *
 * @param accountThreshold failures of one account from all sources within the lockout duration that lock it for
 * every source except those it logged in from before (a right password plus the second factor still passes)
 * @param familiarFor how long a source the account logged in from stays familiar
 * @param sprayWindow the window in which spraying patterns are counted
 * @param sprayAccounts distinct usernames failing from one source within the window that raise an alert
 * @param spraySources distinct sources failing for one username within the window that raise an alert
 */
@ConfigurationProperties("tsbase.security.login-throttle")
record LoginThrottleSettings(int accountThreshold, Duration familiarFor, Duration sprayWindow, int sprayAccounts,
		int spraySources) {

	LoginThrottleSettings {
		accountThreshold = accountThreshold <= 0 ? 20 : accountThreshold;
		familiarFor = familiarFor == null ? Duration.ofDays(90) : familiarFor;
		sprayWindow = sprayWindow == null ? Duration.ofMinutes(15) : sprayWindow;
		sprayAccounts = sprayAccounts <= 0 ? 10 : sprayAccounts;
		spraySources = spraySources <= 0 ? 5 : spraySources;
	}
}
