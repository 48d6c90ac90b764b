package cn.tsbase.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.tsbase.declaration.DeclarationScenarios;
import cn.tsbase.IntegrationTest;
import cn.tsbase.MutableClock;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.notification.internal.DeadlineReminders;

/** A week before a call closes and on its last day, units that have not submitted yet are reminded, once each. */
@IntegrationTest
class DeadlineReminderTests {

	static final String XICHENG = "110102";

	@Autowired
	DeclarationScenarios declarations;

	@Autowired
	DeadlineReminders reminders;

	@Autowired
	UnitFixtures units;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	LockProvider locks;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 6);
	}

	@Test
	void aDraftIsRemindedSevenDaysAndOneDayBeforeTheDeadlineOnceEachAndASubmittedOneNever() {
		DeclarationScenario scenario = new DeclarationScenario(declarations);
		NotificationRows rows = new NotificationRows(jdbc);
		Instant now = clock.instant();
		String title = unique("提醒测试申报");
		var call = scenario.call(XICHENG, title, now, now.plus(Duration.ofDays(3)));
		UnitFixtures.RegisteredUnit late = units.register(unique("未提交单位"), XICHENG);
		UnitFixtures.RegisteredUnit done = units.register(unique("已提交单位"), XICHENG);
		long draft = scenario.draft(call, late);
		long submitted = scenario.submit(scenario.completeDraft(call, done), done);
		long lateAccount = rows.accountIdOf(late.username());
		long doneAccount = rows.accountIdOf(done.username());
		String draftLink = "/declarations/" + draft;

		reminders.remind(now);

		assertThat(rows.of(lateAccount, draftLink)).singleElement().satisfies(notification -> {
			assertThat(notification.messageKey()).isEqualTo("notification.kind.DEADLINE_IN_SEVEN_DAYS");
			assertThat(notification.messageArgs()).contains(title).contains(late.unit().getName());
		});
		assertThat(rows.of(doneAccount)).as("a submitted declaration is not reminded").isEmpty();

		reminders.remind(now.plus(Duration.ofHours(1)));
		assertThat(rows.of(lateAccount, draftLink)).as("the same reminder is not sent again").hasSize(1);

		Instant lastDay = now.plus(Duration.ofDays(2)).plus(Duration.ofHours(12));
		reminders.remind(lastDay);
		reminders.remind(lastDay.plus(Duration.ofMinutes(5)));

		assertThat(rows.of(lateAccount, draftLink)).extracting(NotificationRows.Row::messageKey)
			.containsExactly("notification.kind.DEADLINE_IN_SEVEN_DAYS", "notification.kind.DEADLINE_IN_ONE_DAY");
		assertThat(rows.of(doneAccount)).isEmpty();
		assertThat(jdbc.queryForList("select kind from deadline_reminder where declaration_id = ? order by kind",
				String.class, draft)).containsExactly("ONE_DAY", "SEVEN_DAYS");
		assertThat(jdbc.queryForObject("select count(*) from deadline_reminder where declaration_id = ?", Long.class,
				submitted)).isZero();
	}

	@Test
	void aDeadlineFurtherAwayThanAWeekOrAlreadyPastIsNotReminded() {
		DeclarationScenario scenario = new DeclarationScenario(declarations);
		NotificationRows rows = new NotificationRows(jdbc);
		Instant now = clock.instant();
		var call = scenario.call(XICHENG, unique("远期申报"), now, now.plus(Duration.ofDays(8)));
		UnitFixtures.RegisteredUnit unit = units.register(unique("远期单位"), XICHENG);
		scenario.draft(call, unit);
		long account = rows.accountIdOf(unit.username());

		reminders.remind(now);
		assertThat(rows.of(account)).isEmpty();

		reminders.remind(now.plus(Duration.ofDays(8)).plus(Duration.ofMinutes(1)));
		assertThat(rows.of(account)).as("after the deadline").isEmpty();
	}

	@Test
	void theScheduledRunWaitsWhileAnotherInstanceHoldsTheLock() {
		jdbc.update("delete from shedlock where name = ?", "notification-deadline-reminders");
		DeclarationScenario scenario = new DeclarationScenario(declarations);
		NotificationRows rows = new NotificationRows(jdbc);
		Instant now = clock.instant();
		var call = scenario.call(XICHENG, unique("加锁测试申报"), now, now.plus(Duration.ofDays(2)));
		UnitFixtures.RegisteredUnit unit = units.register(unique("加锁测试单位"), XICHENG);
		long draft = scenario.draft(call, unit);
		long account = rows.accountIdOf(unit.username());

		Optional<SimpleLock> otherInstance = locks.lock(new LockConfiguration(Instant.now(),
				"notification-deadline-reminders", Duration.ofMinutes(5), Duration.ZERO));
		assertThat(otherInstance).isPresent();
		reminders.remindNow();
		assertThat(rows.of(account)).as("skipped while the lock is held elsewhere").isEmpty();

		otherInstance.get().unlock();
		reminders.remindNow();
		assertThat(rows.of(account, "/declarations/" + draft)).hasSize(1);
		jdbc.update("delete from shedlock where name = ?", "notification-deadline-reminders");
	}
}
