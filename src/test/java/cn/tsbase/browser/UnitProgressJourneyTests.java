package cn.tsbase.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Locator;

import cn.tsbase.selection.SelectionScenarios;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.selection.SelectionFixtures;

/**
 * After the district, the unit follows its declaration from the bell: the written pre-review passed and the expert
 * review started, each notification saying what comes next and opening the declaration it is about, whose page
 * lists the stages reached after the district.
 */
class UnitProgressJourneyTests extends BrowserJourney {

	@Autowired
	SelectionScenarios selection;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theUnitReadsThatItsDeclarationPassedThePreReviewAndIsUnderExpertReviewAndOpensIt() {
		var candidate = selection.passedCandidates("110102", 2026, BaseType.POINT,
				SelectionFixtures.unique("进度旅程单位")).get(0);
		var round = selection.round(2026, List.of(candidate), List.of(selection.expert(SelectionFixtures.unique("旅程专家"))),
				1, 1);
		selection.assignAndRelease(round);
		String username = jdbc.queryForObject("select username from user_account where unit_id = ?", String.class,
				candidate.getUnitId());
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.queryForObject("select count(*) from notification n join user_account a "
					+ "on a.id = n.recipient_id where a.username = ? and n.message_key in "
					+ "('notification.kind.PRE_REVIEW_PASSED', 'notification.kind.EXPERT_REVIEW_STARTED')", Long.class,
					username) == 2);

		logIn(username, UnitFixtures.PASSWORD);
		page.locator("#notificationBell").click();
		Locator passed = page.locator("#notificationList .notification-open")
			.filter(new Locator.FilterOptions().setHasText("已通过市级书面预审"));
		assertThat(passed).containsText(candidate.getUnitName());
		assertThat(passed).containsText("下一步进入专家评审");
		Locator review = page.locator("#notificationList .notification-open")
			.filter(new Locator.FilterOptions().setHasText("已进入专家评审"));
		assertThat(review).containsText("评分截止日期为");

		review.click();
		assertThat(page).hasURL(Pattern.compile(".*/declarations/" + candidate.getDeclarationId() + "$"));
		assertThat(page.locator("main")).containsText(candidate.getUnitName());
		// the declaration's own page shows the same stages, in order, not only the bell
		Locator stages = page.locator("#laterStages li.milestone");
		assertThat(stages).hasCount(3);
		assertThat(stages.nth(1)).containsText("通过市级书面预审");
		assertThat(stages.nth(2)).containsText("专家评审已开始");
	}
}
