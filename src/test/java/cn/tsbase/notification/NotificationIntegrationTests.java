package cn.tsbase.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.account.AccountFixtures;
import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.account.Recipient;
import cn.tsbase.account.TestAccount;
import cn.tsbase.notification.internal.NotificationKind;
import cn.tsbase.notification.internal.NotificationMessage;
import cn.tsbase.notification.internal.Notifications;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/** Notifications in the application: who gets them, the bell, the list, opening and marking read, and nobody else's. */
@IntegrationTest
class NotificationIntegrationTests {

	static final String XICHENG = "110102";
	static final String HAIDIAN = "110108";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	UnitFixtures units;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcTemplate jdbc;

	NotificationRows rows() {
		return new NotificationRows(jdbc);
	}

	static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8);
	}

	void sendTo(TestAccount account, String unitName, long unitId) {
		notifications.send(List.of(new Recipient(account.getId(), account.getUsername(), account.getDisplayName(), null)),
				NotificationMessage.of(NotificationKind.UNIT_REGISTERED, "/units/" + unitId, unitName, "91110102TEST00000X"));
	}

	int unreadCount(TestAccount account) throws Exception {
		String html = mvc.perform(get("/notifications/unread-count").with(Principals.as(account)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document fragment = Jsoup.parseBodyFragment(html);
		assertThat(fragment.select("#notificationCount")).as("the count element the bell selects").hasSize(1);
		String badge = fragment.select("#notificationCount .badge").text();
		return badge.isEmpty() ? 0 : Integer.parseInt(badge);
	}

	@Test
	void aRegisteredUnitIsAnnouncedToTheOfficersOfItsDistrictOnly() {
		TestAccount xichengOfficer = accounts.official(Role.DISTRICT_OFFICER, XICHENG);
		TestAccount haidianOfficer = accounts.official(Role.DISTRICT_OFFICER, HAIDIAN);
		TestAccount xichengIpOfficer = accounts.official(Role.IP_OFFICER, XICHENG);
		String name = unique("通知测试单位");

		long unitId = units.register(name, XICHENG).unit().getId();

		String link = "/units/" + unitId;
		await().atMost(Duration.ofSeconds(20)).until(() -> rows().of(xichengOfficer.getId(), link).size() == 1);
		NotificationRows.Row notification = rows().of(xichengOfficer.getId(), link).get(0);
		assertThat(notification.messageKey()).isEqualTo("notification.kind.UNIT_REGISTERED");
		assertThat(notification.messageArgs()).contains(name);
		assertThat(notification.readAt()).isNull();
		// the listener stores all of an event's notifications in one transaction: the others are decided by now
		assertThat(rows().of(haidianOfficer.getId(), link)).isEmpty();
		assertThat(rows().of(xichengIpOfficer.getId(), link)).isEmpty();
	}

	@Test
	void theBellCountsUnreadNoticesAndOpeningOneMarksItReadAndGoesWhereItPoints() throws Exception {
		TestAccount officer = accounts.official(Role.DISTRICT_OFFICER, XICHENG);
		sendTo(officer, "第一家单位", 9_000_001);
		sendTo(officer, "第二家单位", 9_000_002);
		sendTo(officer, "第三家单位", 9_000_003);
		assertThat(unreadCount(officer)).isEqualTo(3);

		String page = mvc.perform(get("/notifications").with(Principals.as(officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document document = Jsoup.parse(page);
		List<String> texts = document.select("#notificationList .notification-open span.flex-grow-1").eachText();
		assertThat(texts).hasSize(3);
		assertThat(texts.get(0)).as("newest first").contains("第三家单位").startsWith("新单位注册：");
		assertThat(document.select("#notificationList .notification-unread")).hasSize(3);

		long second = rows().of(officer.getId(), "/units/9000002").get(0).id();
		mvc.perform(post("/notifications/{id}/open", second).with(csrf()).with(Principals.as(officer)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/units/9000002"));
		assertThat(rows().of(officer.getId(), "/units/9000002").get(0).readAt()).isNotNull();
		assertThat(unreadCount(officer)).isEqualTo(2);

		Document unreadOnly = Jsoup.parse(mvc.perform(get("/notifications").param("unread", "true").with(Principals.as(officer)))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(unreadOnly.select("#notificationList .notification-open").eachText()).hasSize(2)
			.noneMatch(text -> text.contains("第二家单位"));

		mvc.perform(post("/notifications/read-all").with(csrf()).with(Principals.as(officer)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/notifications"));
		assertThat(unreadCount(officer)).isZero();
		assertThat(rows().of(officer.getId())).allSatisfy(row -> assertThat(row.readAt()).isNotNull());
	}

	@Test
	void stateChangesNeedTheCsrfToken() throws Exception {
		TestAccount officer = accounts.official(Role.DISTRICT_OFFICER, XICHENG);
		sendTo(officer, "令牌测试单位", 9_000_010);
		long id = rows().of(officer.getId()).get(0).id();

		mvc.perform(post("/notifications/{id}/open", id).with(Principals.as(officer))).andExpect(status().isForbidden());
		mvc.perform(post("/notifications/read-all").with(Principals.as(officer))).andExpect(status().isForbidden());
		assertThat(unreadCount(officer)).isEqualTo(1);
	}

	@Test
	void nobodyReadsOrMarksAnotherUsersNotice() throws Exception {
		TestAccount owner = accounts.official(Role.DISTRICT_OFFICER, XICHENG);
		TestAccount other = accounts.official(Role.DISTRICT_OFFICER, XICHENG);
		String name = unique("别人的单位");
		sendTo(owner, name, 9_000_020);
		long ownersNotice = rows().of(owner.getId()).get(0).id();

		mvc.perform(post("/notifications/{id}/open", ownersNotice).with(csrf()).with(Principals.as(other)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/notifications/read-all").with(csrf()).with(Principals.as(other)))
			.andExpect(status().is3xxRedirection());
		String othersPage = mvc.perform(get("/notifications").with(Principals.as(other)))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(othersPage).doesNotContain(name);
		assertThat(unreadCount(other)).isZero();
		assertThat(rows().of(owner.getId()).get(0).readAt()).as("still unread").isNull();
		assertThat(unreadCount(owner)).isEqualTo(1);
	}

	@Test
	void aNoticeReadsInTheReadersLanguage() throws Exception {
		TestAccount officer = accounts.official(Role.DISTRICT_OFFICER, XICHENG);
		sendTo(officer, "语言测试单位", 9_000_030);

		String chinese = mvc.perform(get("/notifications").with(Principals.as(officer))).andReturn().getResponse()
			.getContentAsString();
		String english = mvc.perform(get("/notifications").param("lang", "en").with(Principals.as(officer)))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(chinese).contains("新单位注册：语言测试单位（统一社会信用代码 91110102TEST00000X）");
		assertThat(english).contains("New unit registered: 语言测试单位 (credit code 91110102TEST00000X)");
	}

	@Test
	void everyLoggedInUserHasTheBellWhichPollsInTheBackground() throws Exception {
		TestAccount officer = accounts.official(Role.DISTRICT_OFFICER, XICHENG);
		Document home = Jsoup.parse(mvc.perform(get("/").with(Principals.as(officer)))
			.andReturn()
			.getResponse()
			.getContentAsString());
		var poll = home.select("#notificationBell [hx-get]");
		assertThat(poll).hasSize(1);
		assertThat(poll.attr("hx-get")).isEqualTo("/notifications/unread-count");
		assertThat(poll.attr("hx-trigger")).contains("load").contains("every 60s");
		assertThat(poll.attr("hx-select")).isEqualTo("#notificationCount");
		assertThat(poll.attr("hx-headers")).contains("\"X-Background-Request\": \"true\"");
		assertThat(home.select("#notificationBell").attr("href")).isEqualTo("/notifications");

		String anonymous = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(anonymous).select("#notificationBell")).isEmpty();

		// someone who must change the password first can do nothing else, so the bell would only be redirected
		CurrentUser mustChange = new CurrentUser(officer.getId(), officer.getUsername(), null, "测试用户",
				EnumSet.of(Role.DISTRICT_OFFICER), XICHENG, null, true, true, true);
		String passwordPage = mvc.perform(get("/account/password").servletPath("/account/password").with(Principals.as(mustChange)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(passwordPage).select("#notificationBell")).isEmpty();
	}
}
