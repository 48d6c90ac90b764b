package cn.tsbase.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Locator;

import cn.tsbase.shared.security.Role;

/**
 * Casework in the browser: a unit reports a leak incident, its district officer is notified (a link, no content),
 * answers and closes it, the unit proposes it as a typical case, the district and the municipal bureau approve the
 * desensitised version, and the public case library shows it without any masked value.
 */
class CaseworkJourneyTests extends BrowserJourney {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anIncidentBecomesAPublishedCaseWithoutAnyMaskedValue() {
		page.onDialog(dialog -> dialog.accept());
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String marker = "工艺代号" + suffix;
		String person = "李建华";
		String phone = "13912345678";
		TestPeople.Person district = people.districtOfficer("110102", "西城区 案件管理员" + suffix);
		TestPeople.Person bureau = people.official(Role.MUNICIPAL_OFFICER, null, "市局 案例审查员" + suffix);
		TestPeople.UnitHolder unit = people.registeredUnit("110102");

		// the unit reports the incident
		logInSuccessfully(unit.username(), unit.password(), unit.contactPerson());
		open("/casework/incidents/new");
		page.locator("#discoveredOn").fill(LocalDate.now().minusDays(2).toString());
		page.locator("#origin").selectOption("INTERNAL");
		page.locator("#intent").selectOption("MALICIOUS");
		page.locator("#secretCategory").selectOption("TECHNICAL");
		page.locator("#channel").selectOption("DEPARTING_STAFF");
		page.locator("#remedy").selectOption("ADMINISTRATIVE");
		page.locator("#description").fill("研发部工程师" + person + "离职前拷贝了" + marker + "的全部工艺参数，并用手机" + phone
				+ "联系竞争对手。");
		page.locator("#estimatedLoss").fill("120");
		check(page.getByLabel("需要市场监管部门协助"));
		page.locator("#submitIncident").click();
		assertThat(successAlert()).containsText("泄露事件已报告");
		String incidentUrl = page.url();
		logOut();

		// the district officer is notified, opens the incident from the notification, answers and closes it
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("""
					select count(*) from notification n join user_account a on a.id = n.recipient_id
					where a.username = ? and n.link like '/casework/incidents/%'""", Long.class,
					district.username()) == 1);
		logInSuccessfully(district.username(), district.password(), district.displayName());
		open("/notifications");
		Locator notice = page.locator("#notificationList .notification-open").first();
		assertThat(notice).containsText("泄露事件");
		assertThat(notice).not().containsText(marker);
		notice.click();
		assertThat(page).hasURL(Pattern.compile(".*/casework/incidents/\\d+$"));
		assertThat(page.locator("#incidentDescription")).containsText(marker);
		page.locator("#firstContact")
			.fill(LocalDateTime.now(ZoneId.of("Asia/Shanghai")).withSecond(0).withNano(0).toString());
		page.locator("#referral").selectOption("NONE");
		page.locator("#measures").fill("电话联系企业，指导其固定证据并向涉事员工发函。");
		page.locator("#saveResponse").click();
		assertThat(successAlert()).containsText("处置情况已保存");
		page.locator("#outcome").fill("涉事员工签署承诺书并删除资料，企业撤回投诉。");
		page.locator("#closeIncident").click();
		assertThat(page.locator("#incidentStatus")).hasText("已结案");
		logOut();

		// the unit proposes it as a typical case and submits the desensitised version
		logInSuccessfully(unit.username(), unit.password(), unit.contactPerson());
		page.navigate(incidentUrl);
		page.locator("#proposeCase button").click();
		assertThat(page).hasURL(Pattern.compile(".*/casework/cases/\\d+/edit$"));
		page.locator("#persons").fill(person);
		page.locator("#significance").fill("离职人员保密管理须贯穿入职到离职全过程。");
		page.locator("#publicTitle").fill("");
		page.locator("#publicFacts").fill("");
		page.locator("#publicHandling").fill("");
		page.locator("#publicSignificance").fill("");
		page.locator("#saveCase").click();
		assertThat(successAlert()).containsText("典型案例已保存");
		String caseUrl = page.url();
		assertThat(page.locator("#publicVersion")).containsText(marker);
		assertThat(page.locator("#publicVersion")).not().containsText(person);
		page.locator("#submitCase").click();
		assertThat(successAlert()).containsText("已提交保密审查");
		logOut();

		// the district and then the municipal bureau approve it
		logInSuccessfully(district.username(), district.password(), district.displayName());
		page.navigate(caseUrl);
		page.locator("#approveCase button").click();
		assertThat(successAlert()).containsText("审查意见已记录");
		logOut();
		logInSuccessfully(bureau.username(), bureau.password(), bureau.displayName());
		page.navigate(caseUrl);
		page.locator("#approveCase button").click();
		assertThat(successAlert()).containsText("审查意见已记录");
		logOut();

		// the public library shows it, without any masked value
		open("/public/cases?q=" + suffix);
		Locator entry = page.locator("#caseList a[id^=public-case-]");
		assertThat(entry).hasCount(1);
		entry.click();
		assertThat(page).hasURL(Pattern.compile(".*/public/cases/\\d+$"));
		Locator main = page.locator("main");
		assertThat(main).containsText(marker);
		assertThat(main).containsText("李某");
		for (String masked : new String[] { person, phone, unit.unitName() }) {
			assertThat(main).not().containsText(masked);
		}
	}
}
