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

/**
 * Bench profile only ({@code bench/pages.sh}, issue 16): {@value #CLONES} more accounts for each demo official whose
 * pages the benchmark loads, named {@code <username>_b1} … with the same role, district and password, so that 32
 * clients can hold sessions of one role while the per-user session limit stays as it is. Experts and unit accounts
 * are not cloned: an expert's assignments and a unit's accounts are their own.
 */
@Component
@Profile("bench & demo & !prod")
@Order(3)
class BenchAccounts implements ApplicationRunner {

	static final int CLONES = 10;

	private static final List<String> CLONED = List.of("city_officer", "xc_officer", "xc_guide", "auditadmin");

	private static final Logger log = LoggerFactory.getLogger(BenchAccounts.class);

	private final UserAccountRepository accounts;
	private final PasswordEncoder encoder;
	private final Clock clock;

	BenchAccounts(UserAccountRepository accounts, PasswordEncoder encoder, Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		String hash = encoder.encode(DemoAccounts.PASSWORD);
		int created = 0;
		for (String username : CLONED) {
			UserAccount original = accounts.findWithRolesByUsername(username).orElse(null);
			if (original == null) {
				continue;
			}
			for (int i = 1; i <= CLONES; i++) {
				String clone = username + "_b" + i;
				if (accounts.findWithRolesByUsername(clone).isPresent()) {
					continue;
				}
				UserAccount account = UserAccount.withInitialPassword(clone, hash, original.getDisplayName() + " " + i,
						clone + "@bench.tsbase.cn", null, original.getKind(), original.getDistrictCode(),
						clock.instant());
				account.assignRoles(EnumSet.copyOf(original.getRoles()));
				account.setDemoPassword(hash, clock.instant());
				accounts.save(account);
				created++;
			}
		}
		log.info("Bench accounts ready: {} created", created);
	}
}
