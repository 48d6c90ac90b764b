package cn.tsbase.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import cn.tsbase.UsccFixtures;
import cn.tsbase.organization.TestUnit;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/** Principals and units for the security tests; every name and code is unique, so tests share no data. */
final class SecurityFixtures {

	static final String XICHENG = "110102";
	static final String HAIDIAN = "110108";

	/** A password that satisfies the password policy (length, classes, not common, no site words). */
	static final String PASSWORD = "Qv7#mKp2wZ";

	private static final AtomicLong IDS = new AtomicLong(-1_000_000);

	private SecurityFixtures() {
	}

	/** A short random lower-case token, usable in usernames and searchable names. */
	static String token() {
		return Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36 * 36,
				36L * 36 * 36 * 36 * 36 * 36 * 36 * 36), 36);
	}

	static String username(String prefix) {
		return prefix + token();
	}

	/**
	 * A principal as the login would build it: enabled, not locked, no password change pending (else every request
	 * is redirected to the password page).
	 */
	static CurrentUser user(Set<Role> roles, String districtCode, Long unitId) {
		String username = username("sec");
		return new CurrentUser(IDS.getAndDecrement(), username, null, "Test " + username,
				roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), districtCode, unitId, true, true,
				false);
	}

	/** A principal holding one role, with the district or unit that the role needs. */
	static CurrentUser user(Role role, String districtCode, Long unitId) {
		return user(EnumSet.of(role), districtCode, unitId);
	}

	static CurrentUser districtOfficer(String district) {
		return user(Role.DISTRICT_OFFICER, district, null);
	}

	static CurrentUser ipOfficer(String district) {
		return user(Role.IP_OFFICER, district, null);
	}

	static CurrentUser municipalOfficer() {
		return user(Role.MUNICIPAL_OFFICER, null, null);
	}

	static CurrentUser unitUser(Role role, long unitId, String district) {
		return user(role, district, unitId);
	}

	static RequestPostProcessor as(CurrentUser user) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	/**
	 * Sets the servlet path as the servlet container does for the DispatcherServlet mapped to "/" (the whole path).
	 * MockMvc leaves it empty, and the platform tells API requests from pages by it ({@code /api/...}).
	 */
	static RequestPostProcessor servletPathAsInContainer() {
		return request -> {
			request.setServletPath(request.getRequestURI().substring(request.getContextPath().length()));
			return request;
		};
	}

	/** Registers a unit (with its applicant account, password {@link #PASSWORD}) in the given district. */
	static Registered register(UnitFixtures organization, String district, String namePrefix) {
		String token = token();
		String name = namePrefix + token;
		String username = "u" + token;
		TestUnit unit = organization.register(UsccFixtures.random(district), district, name, "李联系",
				"contact@example.com", username, PASSWORD);
		return new Registered(unit.getId(), unit.getName(), unit.getUscc(), district, username);
	}

	record Registered(long id, String name, String uscc, String district, String username) {
	}
}
