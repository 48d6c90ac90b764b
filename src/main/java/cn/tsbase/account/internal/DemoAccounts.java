package cn.tsbase.account.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.account.AccountKind;
import cn.tsbase.shared.security.Role;

/**
 * The documented demo accounts (README), one per official role, with a known password that is never forced to
 * change. Only in the demo profile, never with the production profile.
 */
@Component
@Profile("demo & !prod")
@Order(2)
class DemoAccounts implements ApplicationRunner {

	/** The password of every demo account, as documented in the README. */
	static final String PASSWORD = "Demo#2026pass";

	/** Accounts of the demo units, created by the organization module's demo data; refreshed here. */
	static final List<String> UNIT_USERNAMES = List.of("xc_unit", "xc_liaison", "xc_unit2", "hd_unit");

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private record Official(String username, String displayName, AccountKind kind, String district, Role role) {
	}

	private static final List<Official> OFFICIALS = List.of(
			new Official("sysadmin", "系统管理员", AccountKind.OFFICIAL, null, Role.SYSTEM_ADMIN),
			new Official("secadmin", "安全管理员", AccountKind.OFFICIAL, null, Role.SECURITY_ADMIN),
			new Official("auditadmin", "审计管理员", AccountKind.OFFICIAL, null, Role.AUDIT_ADMIN),
			new Official("xc_officer", "西城区市场监管局 王科长", AccountKind.OFFICIAL, "110102", Role.DISTRICT_OFFICER),
			new Official("xc_ip", "西城区知识产权局 李科员", AccountKind.OFFICIAL, "110102", Role.IP_OFFICER),
			new Official("xc_guide", "商业秘密保护指导员 赵老师", AccountKind.OFFICIAL, "110102", Role.GUIDANCE_OFFICER),
			new Official("hd_officer", "海淀区市场监管局 刘科长", AccountKind.OFFICIAL, "110108", Role.DISTRICT_OFFICER),
			new Official("city_officer", "北京市市场监管局 陈处长", AccountKind.OFFICIAL, null, Role.MUNICIPAL_OFFICER),
			new Official("expert1", "张教授", AccountKind.EXPERT, null, Role.EXPERT),
			new Official("expert2", "王研究员", AccountKind.EXPERT, null, Role.EXPERT),
			new Official("expert3", "李律师", AccountKind.EXPERT, null, Role.EXPERT),
			new Official("expert4", "赵高工", AccountKind.EXPERT, null, Role.EXPERT),
			new Official("expert5", "孙教授", AccountKind.EXPERT, null, Role.EXPERT),
			new Official("expert6", "周主任", AccountKind.EXPERT, null, Role.EXPERT));

	private final UserAccountRepository accounts;
	private final PasswordEncoder encoder;
	private final Clock clock;

	DemoAccounts(UserAccountRepository accounts, PasswordEncoder encoder, Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		String hash = encoder.encode(PASSWORD);
		for (Official official : OFFICIALS) {
			UserAccount account = accounts.findWithRolesByUsername(official.username()).orElseGet(() -> {
				UserAccount created = UserAccount.withInitialPassword(official.username(), hash,
						official.displayName(), official.username() + "@demo.tsbase.cn", null, official.kind(),
						official.district(), clock.instant());
				created.assignRoles(EnumSet.of(official.role()));
				return accounts.save(created);
			});
			account.setDemoPassword(hash, clock.instant());
		}
		UNIT_USERNAMES.forEach(username -> accounts.findWithRolesByUsername(username)
			.ifPresent(account -> account.setDemoPassword(hash, clock.instant())));
		log.warn("Demo profile: demo accounts are active with the documented password. Never use it in production.");
	}
}
