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
	private final SecondFactorService secondFactors;
	private final Clock clock;

	AccountUserDetailsService(UserAccountRepository accounts, TsbaseSecurityProperties properties,
			SecondFactorService secondFactors, Clock clock) {
		this.accounts = accounts;
		this.secondFactors = secondFactors;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = accounts.findWithRolesByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
		return toCurrentUser(account, clock.instant(), properties, secondFactors.statusAtLogin(account));
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
