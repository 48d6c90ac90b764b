package cn.tsbase.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.organization.OrganizationManagement;
import cn.tsbase.publicnotice.ListPublished;
import cn.tsbase.shared.security.Role;

/**
 * The journey of issue 13 in the browser, from guidance to the public case library: the district appoints a guidance
 * officer and assigns a base to them, the base asks for guidance, the district schedules the officer, the officer
 * records a visit with a recommendation, the base confirms the record and reports the recommendation done, and the
 * officer closes it. Then the base reports a leak incident; its district officer and its guidance officer are
 * notified (a link, no content); the district answers and closes it; the base proposes it as a typical case, the
 * district and the municipal bureau approve the desensitised version, and the public case library shows it without
 * any masked value.
 */
class GuidanceToCaseLibraryJourneyTests extends BrowserJourney {

	@Autowired
	OrganizationManagement organization;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aGuidedBaseReportsALeakThatEndsAsAPublishedCaseWithoutAnyMaskedValue() {
		page.onDialog(dialog -> dialog.accept());
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		TestPeople.Person district = people.districtOfficer("110102", "西城区 指导管理员" + suffix);
		TestPeople.Person guide = people.official(Role.GUIDANCE_OFFICER, "110102", "指导员 赵" + suffix);
		TestPeople.Person bureau = people.official(Role.MUNICIPAL_OFFICER, null, "市局 案例审查员" + suffix);
		TestPeople.UnitHolder unit = people.registeredUnit("110102");
		designate(unit);

		guidedToAClosedRecommendation(district, guide, unit);
		fromALeakToThePublicLibrary(district, guide, bureau, unit, suffix);
	}

	private void guidedToAClosedRecommendation(TestPeople.Person district, TestPeople.Person guide,
			TestPeople.UnitHolder unit) {

		// the district appoints the guidance officer and assigns the base
		logInSuccessfully(district.username(), district.password(), district.displayName());
		open("/guidance/officers");
		page.locator("#accountId").selectOption(new SelectOption().setLabel(guide.displayName() + " (" + guide.username() + ")"));
		page.locator("#expertise").fill("企业保密体系建设");
		page.locator("#phone").fill("010-66001234");
		page.locator("#appointOfficer").click();
		assertThat(successAlert()).containsText("已聘任该指导员");
		// by the base's credit code: the base list of a busy district may be longer than its drop-down
		page.locator("#uscc").fill(unit.uscc());
		page.locator("#assignUnit").click();
		assertThat(page.locator("#assignmentTable")).containsText(unit.unitName());
		logOut();

		// the base asks for guidance
		logInSuccessfully(unit.username(), unit.password(), unit.contactPerson());
		open("/guidance/requests");
		check(page.getByLabel("风险评估"));
		page.locator("#description").fill("希望评估研发数据的泄露风险。");
		page.locator("#submitRequest").click();
		assertThat(successAlert()).containsText("指导申请已提交");
		String requestUrl = page.url();
		logOut();

		// the district schedules the officer
		logInSuccessfully(district.username(), district.password(), district.displayName());
		page.navigate(requestUrl);
		page.locator("#officerId").selectOption(new SelectOption().setLabel(guide.displayName() + " · 企业保密体系建设"));
		page.locator("#plannedOn").fill(LocalDate.now().plusDays(3).toString());
		page.locator("#assignRequest").click();
		assertThat(page.locator("#requestOfficer")).hasText(guide.displayName());
		logOut();

		// the officer records the visit from the workbench, with a recommendation
		logInSuccessfully(guide.username(), guide.password(), guide.displayName());
		assertThat(page.locator("#wb-guide-requests .wb-count")).hasText("1");
		page.locator("#guidanceWorkbenchCard").click();
		page.locator("#dueTable tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText(unit.unitName()))
			.getByText("记录指导")
			.click();
		page.locator("#visitedOn").fill(LocalDate.now().toString());
		page.locator("#participants").fill("法务部负责人、研发总监");
		check(page.getByLabel("风险评估"));
		check(page.getByLabel("台账"));
		page.locator("#findings").fill("研发数据未分级。");
		page.locator("#recommendations0\\.text").fill("两个月内完成研发数据分级。");
		page.locator("#recommendations0\\.dueOn").fill(LocalDate.now().plusDays(60).toString());
		page.locator("#recordVisit").click();
		assertThat(successAlert()).containsText("指导记录已保存");
		String visitUrl = page.url();
		logOut();

		// the base confirms the record and reports the recommendation done
		logInSuccessfully(unit.username(), unit.password(), unit.contactPerson());
		assertThat(page.locator("#wb-unit-guidanceFollowUps .wb-count")).hasText("1");
		page.navigate(visitUrl);
		page.locator("#confirmVisit").click();
		assertThat(page.locator("#visitStatus")).hasText("单位已确认");
		page.locator("#followUpTable textarea[name=report]").fill("已完成研发数据分级并发布清单。");
		page.locator("#followUpTable .reportForm button").click();
		assertThat(page.locator("#followUpTable .status")).hasText("单位已反馈");
		logOut();

		// the officer closes it
		logInSuccessfully(guide.username(), guide.password(), guide.displayName());
		assertThat(page.locator("#wb-guide-followUps .wb-count")).hasText("1");
		page.navigate(visitUrl);
		page.locator("#followUpTable .closeForm button").click();
		assertThat(page.locator("#followUpTable .status")).hasText("已关闭");
		logOut();
	}

	private void fromALeakToThePublicLibrary(TestPeople.Person district, TestPeople.Person guide,
			TestPeople.Person bureau, TestPeople.UnitHolder unit, String suffix) {
		String marker = "工艺代号" + suffix;
		String person = "李建华";
		String phone = "13912345678";

		// the base reports the incident
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

		// its district officer and its guidance officer are notified at once, with a link and no content
		for (TestPeople.Person notified : List.of(district, guide)) {
			await().atMost(Duration.ofSeconds(20))
				.until(() -> jdbc.queryForObject("""
						select count(*) from notification n join user_account a on a.id = n.recipient_id
						where a.username = ? and n.link like '/casework/incidents/%'""", Long.class,
						notified.username()) == 1);
		}
		logInSuccessfully(guide.username(), guide.password(), guide.displayName());
		open("/notifications");
		Locator guideNotice = page.locator("#notificationList .notification-open",
				new com.microsoft.playwright.Page.LocatorOptions().setHasText("泄露事件"));
		assertThat(guideNotice).containsText("泄露事件");
		assertThat(guideNotice).not().containsText(marker);
		guideNotice.click();
		assertThat(page.locator("#incidentDescription")).containsText(marker);
		assertThat(page.locator("#saveResponse")).hasCount(0);
		logOut();

		// the district officer opens the incident from the notification, answers and closes it
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

		// the base proposes it as a typical case and submits the desensitised version
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

	private long designate(TestPeople.UnitHolder unit) {
		long unitId = organization.findByUscc(unit.uscc()).orElseThrow().id();
		long publicationId = 970_900_000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 90_000_000L);
		transactions.executeWithoutResult(status -> events.publishEvent(new ListPublished(publicationId, 0L, 2025,
				"京市监发〔2025〕" + publicationId % 1000 + "号", LocalDate.of(2025, 12, 10),
				List.of(new ListPublished.Entry(publicationId + 1, unitId, unit.unitName(), unit.uscc(),
						BaseType.POINT, "110102", "SOFTWARE_IT")))));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from demonstration_base where unit_id = ?", Long.class,
					unitId) == 1);
		return jdbc.queryForObject("select id from demonstration_base where unit_id = ?", Long.class, unitId);
	}
}
