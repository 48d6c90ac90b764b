package cn.tsbase.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Request;

/** A district officer learns of a new unit from the bell, opens the notification and lands on the unit. */
class NotificationJourneyTests extends BrowserJourney {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anOfficerSeesTheBellCountOpensTheNoticeAndTheCountGoesAway() {
		var officer = people.districtOfficer("110102", "西城区市场监管局 通知科员");
		var unit = people.registeredUnit("110102");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("""
					select count(*) from notification n join user_account a on a.id = n.recipient_id
					where a.username = ? and n.message_args like ?""", Long.class, officer.username(),
					"%" + unit.unitName() + "%") == 1);

		logInSuccessfully(officer.username(), officer.password(), officer.displayName());
		assertThat(badge()).hasText("1");
		// the bell asks in the background: its polling is not the user's activity (idle timeout)
		Request poll = page.waitForRequest(request -> request.url().endsWith("/notifications/unread-count"),
				() -> page.reload());
		org.assertj.core.api.Assertions.assertThat(poll.headers()).containsEntry("x-background-request", "true")
			.containsEntry("hx-request", "true");

		page.locator("#notificationBell").click();
		assertThat(page).hasURL(url("/notifications"));
		Locator notification = page.locator("#notificationList .notification-open").filter(new Locator.FilterOptions()
			.setHasText(unit.unitName()));
		assertThat(notification).containsText("新单位注册：" + unit.unitName());
		assertThat(notification).containsText("未读");

		notification.click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/units/\\d+$"));
		assertThat(page.locator("main")).containsText(unit.unitName());
		assertThat(badge()).hasCount(0);
		assertThat(page.locator("#notificationCount")).isAttached();
	}

	private Locator badge() {
		return page.locator("#notificationBell .notification-badge");
	}
}
