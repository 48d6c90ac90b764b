package cn.tsbase.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.tsbase.declaration.DeclarationScenarios;
import cn.tsbase.account.AccountFixtures;
import cn.tsbase.IntegrationTest;
import cn.tsbase.MutableClock;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.account.TestAccount;
import cn.tsbase.declaration.Section;
import cn.tsbase.shared.security.Role;

/**
 * A declaration's way through the district, as its people hear of it: the district's officers of each (re)submission,
 * the unit of the return and of the decision with its reason.
 */
@IntegrationTest
class DeclarationNotificationTests {

	static final String XICHENG = "110102";
	static final String HAIDIAN = "110108";

	@Autowired
	DeclarationScenarios declarations;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	UnitFixtures units;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Test
	void officersHearOfSubmissionsAndTheUnitOfTheReturnAndTheDecision() {
		DeclarationScenario scenario = new DeclarationScenario(declarations);
		NotificationRows rows = new NotificationRows(jdbc);
		TestAccount officer = accounts.official(Role.DISTRICT_OFFICER, XICHENG);
		TestAccount otherDistrict = accounts.official(Role.DISTRICT_OFFICER, HAIDIAN);
		String unitName = "申报通知单位" + UUID.randomUUID().toString().substring(0, 6);
		UnitFixtures.RegisteredUnit unit = units.register(unitName, XICHENG);
		long unitAccount = rows.accountIdOf(unit.username());
		Instant now = clock.instant();
		String title = "通知测试申报" + UUID.randomUUID().toString().substring(0, 6);
		var call = scenario.call(XICHENG, title, now, now.plus(Duration.ofDays(30)));

		long submitted = scenario.submit(scenario.completeDraft(call, unit), unit);
		String review = "/review/declarations/" + submitted;
		await().atMost(Duration.ofSeconds(20)).until(() -> rows.of(officer.getId(), review).size() == 1);
		NotificationRows.Row submission = rows.of(officer.getId(), review).get(0);
		assertThat(submission.messageKey()).isEqualTo("notification.kind.DECLARATION_SUBMITTED");
		assertThat(submission.messageArgs()).contains(unitName).contains(title);
		assertThat(rows.of(otherDistrict.getId(), review)).isEmpty();

		declarations.returnForCorrection(submitted,
				Map.of(Section.BASIC, "请补充联系人"), DeclarationScenario.officer(XICHENG));
		String own = "/declarations/" + submitted;
		await().atMost(Duration.ofSeconds(20)).until(() -> rows.of(unitAccount, own).size() == 1);
		assertThat(rows.of(unitAccount, own).get(0).messageKey()).isEqualTo("notification.kind.DECLARATION_RETURNED");

		scenario.submit(submitted, unit);
		await().atMost(Duration.ofSeconds(20)).until(() -> rows.of(officer.getId(), review).size() == 2);
		assertThat(rows.of(officer.getId(), review).get(1).messageKey())
			.isEqualTo("notification.kind.DECLARATION_RESUBMITTED");

		declarations.decide(submitted, false, "保护制度尚未落实",
				DeclarationScenario.officer(XICHENG));
		await().atMost(Duration.ofSeconds(20)).until(() -> rows.of(unitAccount, own).size() == 2);
		NotificationRows.Row decision = rows.of(unitAccount, own).get(1);
		assertThat(decision.messageKey()).isEqualTo("notification.kind.DECLARATION_NOT_RECOMMENDED");
		assertThat(decision.messageArgs()).contains(unitName).contains(title).contains("保护制度尚未落实");
		assertThat(rows.of(officer.getId(), own)).as("the officers do not hear of their own decision").isEmpty();
	}
}
