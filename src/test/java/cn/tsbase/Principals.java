package cn.tsbase;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.EnumSet;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.account.TestAccount;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/** Authenticated principals for MockMvc requests. */
public final class Principals {

	private Principals() {
	}

	public static RequestPostProcessor as(CurrentUser user) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	public static RequestPostProcessor as(TestAccount account) {
		return as(new CurrentUser(account.getId(), account.getUsername(), null, account.getDisplayName(),
				account.getRoles(), account.getDistrictCode(), account.getUnitId(), true, true, false));
	}

	public static RequestPostProcessor role(Role role, String districtCode, Long unitId) {
		return as(new CurrentUser(0L, "test-" + role.name().toLowerCase(), null, "Test " + role, EnumSet.of(role),
				districtCode, unitId, true, true, false));
	}
}
