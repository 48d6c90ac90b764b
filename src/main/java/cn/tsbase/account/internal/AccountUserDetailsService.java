package cn.tsbase.account.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.SecondFactorStatus;
import cn.tsbase.shared.security.TsbaseSecurityProperties;

@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;
	private final TsbaseSecurityProperties properties;
	private final SecondFactorEnrollments secondFactors;
	private final LoginThrottle throttle;
	private final Clock clock;

	AccountUserDetailsService(UserAccountRepository accounts, TsbaseSecurityProperties properties,
			SecondFactorEnrollments secondFactors, LoginThrottle throttle, Clock clock) {
		this.accounts = accounts;
		this.throttle = throttle;
		this.secondFactors = secondFactors;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = accounts.findWithRolesByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
		Instant now = clock.instant();
		SecondFactorStatus secondFactor = secondFactors.statusAtLogin(account);
		CurrentUser user = toCurrentUser(account, now, properties, secondFactor);
		if (user.isAccountNonLocked() && isThrottled(account.getUsername(), secondFactor, now)) {
			return toLocked(account, now, secondFactor);
		}
		return user;
	}

	/**
	 * Stopped from this source (too many failures from it), or locked account-wide and neither passing with a second
	 * factor nor coming from a familiar source (ADR 0011). A stopped login answers like a wrong password.
	 */
	private boolean isThrottled(String username, SecondFactorStatus secondFactor, Instant now) {
		String source = ClientAddress.current();
		if (throttle.isSourceLocked(username, source, now)) {
			return true;
		}
		return secondFactor != SecondFactorStatus.CHALLENGE && throttle.isAccountLocked(username, now)
				&& !throttle.isFamiliar(username, source, now);
	}

	private CurrentUser toLocked(UserAccount account, Instant now, SecondFactorStatus secondFactor) {
		CurrentUser user = toCurrentUser(account, now, properties, secondFactor);
		return new CurrentUser(user.getId(), user.getUsername(), user.getPassword(), user.getDisplayName(),
				user.getRoles(), user.getDistrictCode(), user.getUnitId(), user.isEnabled(), false,
				user.isPasswordChangeRequired(), secondFactor);
	}

	static CurrentUser toCurrentUser(UserAccount account, Instant now, TsbaseSecurityProperties properties,
			SecondFactorStatus secondFactor) {
		boolean changeRequired = account.isPasswordChangeRequired()
				|| account.isPasswordExpired(now, properties.passwordMaxAge());
		return new CurrentUser(account.getId(), account.getUsername(), account.getPasswordHash(),
				account.getDisplayName(), account.getRoles(), account.getDistrictCode(), account.getUnitId(),
				account.isEnabled(), !account.isLocked(now), changeRequired, secondFactor);
	}
}
