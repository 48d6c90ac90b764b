package cn.tsbase.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.publicnotice.ListPublished;

/**
 * A zone's member units in the browser: the zone's user adds a registered unit as a member by its credit code, states
 * its protection rules, records a training the member took part in with its people, and the members page's computed
 * indicators follow each step.
 */
class ZoneMembersJourneyTests extends BrowserJourney {

	static final String HAIDIAN = "110108";

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aMemberAddedByCreditCodeAndSentToATrainingCountsInTheZonesIndicators() {
		TestPeople.UnitHolder zone = people.registeredUnit(HAIDIAN);
		TestPeople.UnitHolder member = people.registeredUnit(HAIDIAN);
		long baseId = designateZone(zone);
		String membersPage = "/operation/bases/" + baseId + "/members";

		logInSuccessfully(zone.username(), zone.password(), zone.contactPerson());
		open(membersPage);
		assertThat(page.locator("#indicator-training .value")).hasText("—");

		// added by its credit code alone: the registered unit's name is taken
		page.locator("#uscc").fill(member.uscc());
		page.locator("#addMember").click();
		assertThat(successAlert()).containsText("成员单位已添加");
		Locator row = page.locator("#memberTable tr[data-uscc='" + member.uscc() + "']");
		assertThat(row.locator(".member-name")).hasText(member.unitName());
		assertThat(row).containsText("已注册");
		assertThat(page.locator("#indicator-training .value")).hasText("0%");
		assertThat(page.locator("#indicator-training .counts")).hasText("0 / 1 家");
		assertThat(page.locator("#indicator-rules .value")).hasText("0%");

		// its protection rules
		row.locator(".edit-member").click();
		check(page.locator("#hasRules"));
		page.locator("#rulesOn").fill("2025-06-01");
		page.locator("#rulesDocument").fill("商业秘密保护管理制度");
		page.locator("#saveMember").click();
		assertThat(successAlert()).containsText("成员单位信息已保存");
		assertThat(page.locator("#indicator-rules .value")).hasText("100%");
		assertThat(page.locator("#indicator-training .value")).hasText("0%");

		// a training of the zone with five of the member's people; the participants follow from the members
		open("/operation/bases/" + baseId + "/activities");
		page.locator("#heldOn").fill(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
		page.locator("#topic").fill("成员单位商业秘密保护培训");
		page.locator("#place").fill("园区报告厅");
		page.locator("#organiser").fill("园区管委会");
		page.getByLabel(member.unitName(), new Page.GetByLabelOptions().setExact(true)).fill("5");
		page.locator("#recordActivity").click();
		assertThat(successAlert()).containsText("活动已记录");
		Locator training = page.locator("#activityTable tbody tr",
				new Page.LocatorOptions().setHasText("成员单位商业秘密保护培训"));
		assertThat(training.locator(".activity-members")).containsText(member.unitName() + " 5 人");
		assertThat(training.locator("td").nth(4)).hasText("5");

		// the member now counts as trained this year
		open(membersPage);
		assertThat(page.locator("#indicator-training .value")).hasText("100%");
		assertThat(page.locator("#indicator-training .counts")).hasText("1 / 1 家");
		assertThat(row.locator(".trained")).hasText("5");
		assertThat(row.locator(".from-activities")).containsText("5");
	}

	/** The unit becomes a designated zone the way a publication designates it; waits until its profile is open. */
	private long designateZone(TestPeople.UnitHolder unit) {
		long unitId = organizationService.findByUscc(unit.uscc()).orElseThrow().id();
		long publicationId = 1_080_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 90_000_000L);
		transactions.executeWithoutResult(status -> events.publishEvent(new ListPublished(publicationId, 0L, 2025,
				"京市监发〔2025〕" + publicationId % 1000 + "号", LocalDate.of(2025, 12, 10),
				List.of(new ListPublished.Entry(publicationId + 1, unitId, unit.unitName(), unit.uscc(), BaseType.ZONE,
						HAIDIAN, "SOFTWARE_IT")))));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from base_profile p join demonstration_base b "
					+ "on b.id = p.base_id where b.unit_id = ?", Long.class, unitId) == 1);
		return jdbc.queryForObject("select id from demonstration_base where unit_id = ?", Long.class, unitId);
	}
}
