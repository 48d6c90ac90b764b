package cn.tsbase.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.tsbase.account.AccountFixtures;
import cn.tsbase.IntegrationTest;
import cn.tsbase.MutableClock;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.account.TestAccount;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.publicnotice.NoticeFixtures;
import cn.tsbase.selection.ProposedListDecided;
import cn.tsbase.shared.security.Role;

/**
 * The public notice's notifications: the bureau hears of an objection and of the district's findings, the district of
 * the verification asked of it, the unit of its designation; nobody else, and never the objector's personal data.
 */
@IntegrationTest
class PublicNoticeNotificationTests {

	@Autowired
	UnitFixtures units;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	NoticeFixtures fixtures;

	@BeforeEach
	void fixClock() {
		clock.setTo(Instant.parse("2026-06-01T01:00:00Z"));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private NotificationRows rows() {
		return new NotificationRows(jdbc);
	}

	private void awaitNotification(long accountId, String kind, String link) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> rows().of(accountId, link)
				.stream()
				.anyMatch(row -> row.messageKey().equals("notification.kind." + kind)));
	}

	@Test
	void objectionsVerificationFindingsAndTheDesignationReachThePeopleConcerned() {
		UnitFixtures.RegisteredUnit unit = units.register("公示通知科技有限公司", "110116");
		TestAccount municipal = accounts.official(Role.MUNICIPAL_OFFICER, null);
		TestAccount district = accounts.official(Role.DISTRICT_OFFICER, "110116");
		TestAccount otherDistrict = accounts.official(Role.DISTRICT_OFFICER, "110117");
		long notice = fixtures.liveNoticeId("通知测试公示", List.of(new ProposedListDecided.Entry(unit.unit().getId(),
				unit.unit().getId(), unit.unit().getName(), unit.unit().getUscc(), BaseType.POINT, "110116",
				"SOFTWARE_IT")));

		NoticeFixtures.FiledObjection receipt = fixtures.objection(notice, "钱异议", null, "异议人单位",
				"91110000100000000X", "13912345678", 0, "异议理由");
		String objectionLink = "/notices/" + notice + "/objections/" + receipt.id();
		awaitNotification(municipal.getId(), "OBJECTION_FILED", objectionLink);
		assertThat(rows().of(municipal.getId(), objectionLink).get(0).messageArgs()).contains(receipt.receiptNo())
			.contains("公示通知科技有限公司")
			.doesNotContain("钱异议")
			.doesNotContain("13912345678");

		fixtures.askDistrictToVerify(receipt.id(), "请核实");
		awaitNotification(district.getId(), "OBJECTION_VERIFICATION_REQUESTED", "/verifications/" + receipt.id());
		fixtures.recordDistrictFindings(receipt.id(), "经核实，不属实。", "110116");
		awaitNotification(municipal.getId(), "OBJECTION_FINDINGS_RECORDED", objectionLink);
		assertThat(rows().of(otherDistrict.getId(), "/verifications/" + receipt.id())).isEmpty();

		fixtures.dismiss(receipt.id(), "不予支持。", "city");
		clock.setTo(Instant.parse("2026-06-15T01:00:00Z"));
		fixtures.publish(notice, "京市监发〔2026〕" + (fixtures.listOf(notice) % 100_000) + "号", LocalDate.of(2026, 6, 15),
				"city");
		long unitAccount = rows().accountIdOf(unit.username());
		awaitNotification(unitAccount, "BASE_DESIGNATED", "/unit/base");
		assertThat(rows().of(unitAccount, "/unit/base").get(0).messageArgs()).contains("2026");
		assertThat(rows().of(otherDistrict.getId())
			.stream()
			.filter(row -> row.messageKey().contains("OBJECTION") || row.messageKey().contains("BASE_DESIGNATED")))
			.isEmpty();
	}
}
