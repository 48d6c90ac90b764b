package cn.tsbase.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.Scenario;

import cn.tsbase.account.AccountFixtures;
import cn.tsbase.account.AccountManagement;
import cn.tsbase.account.NewUnitAccount;
import cn.tsbase.notification.internal.NotificationKind;
import cn.tsbase.notification.internal.Notifications;
import cn.tsbase.shared.security.Role;

/**
 * The people a notification module test publishes events for, each a fresh account (so that what they hold is the
 * test's alone), and the check of who was told what: an event's notification reaches exactly the parties expected,
 * with its kind, link and arguments, and no other party of the test.
 */
@TestComponent
@Import(AccountFixtures.class)
class NotifiedParties {

	static final String XICHENG = "110102";
	static final String HAIDIAN = "110108";

	private static final Duration AT_MOST = Duration.ofSeconds(30);

	/** Ids of the events, units and records the tests make up: far above what the sequences hand out. */
	private static final AtomicLong IDS = new AtomicLong(965_000_000L);

	/** Who may be told: a person of the unit, officers of its district and of another one, the bureau, and others. */
	enum Party {
		UNIT, DISTRICT_OFFICER, OTHER_DISTRICT_OFFICER, MUNICIPAL_OFFICER, GUIDANCE_OFFICER, EXPERT, SECURITY_ADMIN,
		SYSTEM_ADMIN
	}

	/** The test's unit (made-up id, in {@link #XICHENG}) and the account of each party. */
	record Parties(long unitId, Map<Party, Long> accounts) {

		long account(Party party) {
			return accounts.get(party);
		}
	}

	/** A notification expected: its kind, link and arguments, and the parties it reaches. */
	record Told(NotificationKind kind, String link, List<String> arguments, Set<Party> parties) {
	}

	/** The notification's kind, link and arguments; {@link Notice#to} names its recipients. */
	record Notice(NotificationKind kind, String link, List<String> arguments) {

		Told to(Party first, Party... more) {
			return new Told(kind, link, arguments, EnumSet.of(first, more));
		}
	}

	static Notice notice(NotificationKind kind, String link, String... arguments) {
		return new Notice(kind, link, Arrays.asList(arguments));
	}

	static long id() {
		return IDS.incrementAndGet();
	}

	private final AccountFixtures fixtures;
	private final AccountManagement accounts;
	private final Notifications notifications;
	private final JdbcTemplate jdbc;

	NotifiedParties(AccountFixtures fixtures, AccountManagement accounts, Notifications notifications,
			JdbcTemplate jdbc) {
		this.fixtures = fixtures;
		this.accounts = accounts;
		this.notifications = notifications;
		this.jdbc = jdbc;
	}

	/** A fresh account for each party; the unit's person through the account module's API. */
	Parties create() {
		long unitId = id();
		Map<Party, Long> ids = new EnumMap<>(Party.class);
		ids.put(Party.UNIT, accounts.createUnitAccount(new NewUnitAccount(AccountFixtures.uniqueUsername("nu"),
				AccountFixtures.PASSWORD, "模块测试单位联系人", null, null, unitId, XICHENG, Role.APPLICANT)));
		ids.put(Party.DISTRICT_OFFICER, official(Role.DISTRICT_OFFICER, XICHENG));
		ids.put(Party.OTHER_DISTRICT_OFFICER, official(Role.DISTRICT_OFFICER, HAIDIAN));
		ids.put(Party.MUNICIPAL_OFFICER, official(Role.MUNICIPAL_OFFICER, null));
		ids.put(Party.GUIDANCE_OFFICER, official(Role.GUIDANCE_OFFICER, XICHENG));
		ids.put(Party.EXPERT, official(Role.EXPERT, null));
		ids.put(Party.SECURITY_ADMIN, official(Role.SECURITY_ADMIN, null));
		ids.put(Party.SYSTEM_ADMIN, official(Role.SYSTEM_ADMIN, null));
		return new Parties(unitId, ids);
	}

	private long official(Role role, String districtCode) {
		return fixtures.official(role, districtCode).getId();
	}

	/**
	 * Publishes the event, waits until every notification expected has reached its parties, then checks each: one to
	 * each party expected, with its arguments, none to the test's other parties. The notifications of one listener
	 * are stored in one transaction, so the parties that have none by then get none.
	 */
	void expect(Scenario scenario, Parties parties, Object event, Told... expected) {
		scenario.publish(event)
			.andWaitAtMost(AT_MOST)
			.andWaitForStateChange(() -> Arrays.stream(expected)
				.allMatch(told -> told.parties()
					.stream()
					.noneMatch(party -> received(parties.account(party), told).isEmpty())),
					Boolean::booleanValue)
			.andVerify(arrived -> {
				for (Told told : expected) {
					for (Party party : Party.values()) {
						List<NotificationView> received = received(parties.account(party), told);
						if (told.parties().contains(party)) {
							assertThat(received).as("%s to %s", told.kind(), party)
								.singleElement()
								.satisfies(view -> assertThat(view.messageArgs()).isEqualTo(told.arguments()));
						}
						else {
							assertThat(received).as("%s to %s", told.kind(), party).isEmpty();
						}
					}
				}
			});
	}

	/**
	 * The account's notifications of the kind that link where the expectation says: the link from the module's table
	 * (the list does not show it), the rest from the module's API.
	 */
	private List<NotificationView> received(long accountId, Told told) {
		List<Long> ids = jdbc.queryForList(
				"select id from notification where recipient_id = ? and message_key = ? and link = ?", Long.class,
				accountId, told.kind().messageKey(), told.link());
		if (ids.isEmpty()) {
			return List.of();
		}
		return notifications.of(accountId, false, PageRequest.of(0, 100))
			.stream()
			.filter(view -> ids.contains(view.id()))
			.toList();
	}
}
