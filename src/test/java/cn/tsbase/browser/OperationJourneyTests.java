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
import cn.tsbase.shared.security.Role;

/**
 * A base's year after designation in the browser (issue 12): the zone completes its profile of the five standards,
 * files its annual plan, which the district returns once and then accepts; it records two trainings with a member
 * unit's people (and corrects one), files its quarterly liaison report with a problem; the district accepts the report
 * and answers the problem, which the zone then reads; the plan against actual shows the trainings, and the district's
 * list of all activities shows them too.
 */
class OperationJourneyTests extends BrowserJourney {

	static final String FANGSHAN = "110111";

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void fromDesignationThroughPlanActivitiesAndReportToPlanAgainstActual() {
		page.onDialog(dialog -> dialog.accept());
		page.context().addInitScript(Axe.SOURCE);
		LocalDate today = LocalDate.now(BEIJING);
		int year = today.getYear();
		TestPeople.UnitHolder zone = people.registeredUnit(FANGSHAN);
		TestPeople.UnitHolder member = people.registeredUnit(FANGSHAN);
		TestPeople.Person district = people.official(Role.DISTRICT_OFFICER, FANGSHAN, "房山区 运行管理员");
		long baseId = designateZone(zone);
		String base = "/operation/bases/" + baseId;
		String plan = base + "/plans/" + year;

		// the district opens plan filing for the year
		logInSuccessfully(district.username(), district.password(), district.displayName());
		open("/operation/plan-filings");
		page.locator("#year").fill(String.valueOf(year));
		page.locator("#deadline").fill(today.plusDays(30).toString());
		page.locator("#openFiling").click();
		assertThat(page.locator("body")).containsText(today.plusDays(30).toString());
		logOut();

		// the zone completes its profile: four standards written, the fifth (the plan) follows from the plan
		logInSuccessfully(zone.username(), zone.password(), zone.contactPerson());
		open(base);
		assertThat(page.locator("#missingStandards")).isVisible();
		editStandard(base, "leadership", "#head", "王主任", "#headTitle", "总经理", "#members", "王主任、李副主任、法务部张某",
				"#funding", "每年专项经费 20 万元");
		editStandard(base, "office", "#department", "法务合规部", "#address", "房山区良乡大街 1 号", "#fullTimeStaff", "2");
		editStandard(base, "rules", "#rulesList", "商业秘密保护管理办法（2025-03-01）", "#emergencyProcedure",
				"泄密事件应急预案", "#memberRules", "成员单位商业秘密保护指引");
		editStandard(base, "liaison", "#name", "赵联络", "#phone", "13800138000");
		assertThat(page.locator("#pendingLiaison")).isVisible();

		// a member unit, added by its credit code
		open(base + "/members");
		page.locator("#uscc").fill(member.uscc());
		page.locator("#addMember").click();
		assertThat(successAlert()).containsText("成员单位已添加");

		// the annual plan: two trainings planned, submitted
		open(plan);
		page.locator("#editPlan").click();
		page.locator("#goals").fill("全年开展两次商业秘密保护培训");
		plannedRow(0, "3", "TRAINING", "商业秘密保护基础培训", "成员单位员工", "60");
		plannedRow(1, "9", "TRAINING", "涉密岗位进阶培训", "成员单位骨干", "20");
		page.locator("#trainingRatio").fill("80");
		page.locator("#savePlan").click();
		assertThat(successAlert()).isVisible();
		page.locator("#submitPlan button").click();
		assertThat(page.locator("#planStatus")).hasText("待区局审核");
		logOut();

		// the district confirms the liaison officer and returns the plan once, with a reason
		logInSuccessfully(district.username(), district.password(), district.displayName());
		open(base);
		page.locator("#confirmLiaison button").click();
		assertThat(page.locator("#pendingLiaison")).hasCount(0);
		open(plan);
		page.locator("#returnPlan #reason").fill("请补充培训的预算安排");
		page.locator("#returnPlan button").click();
		assertThat(page.locator("#planStatus")).hasText("已退回修改");
		logOut();

		// the zone revises and submits again; the district accepts
		logInSuccessfully(zone.username(), zone.password(), zone.contactPerson());
		open(plan);
		assertThat(page.locator("#returnReason")).containsText("请补充培训的预算安排");
		page.locator("#editPlan").click();
		page.locator("#budget").fill("50000");
		page.locator("#savePlan").click();
		assertThat(successAlert()).isVisible();
		page.locator("#submitPlan button").click();
		assertThat(page.locator("#planStatus")).hasText("待区局审核");
		logOut();
		logInSuccessfully(district.username(), district.password(), district.displayName());
		open(plan);
		page.locator("#acceptComment").fill("计划可行，请按月推进");
		page.locator("#acceptPlan button").click();
		assertThat(page.locator("#planStatus")).hasText("已确认");
		logOut();

		// the zone records two trainings with the member's people, and corrects one of them
		logInSuccessfully(zone.username(), zone.password(), zone.contactPerson());
		open(base);
		assertThat(page.locator("#missingStandards")).hasCount(0);
		String first = today.withDayOfMonth(1).toString();
		recordTraining(base, first, "成员单位基础培训", member.unitName(), "12");
		recordTraining(base, today.toString(), "成员单位进阶培训", member.unitName(), "5");
		Locator advanced = page.locator("#activityTable tbody tr",
				new Page.LocatorOptions().setHasText("成员单位进阶培训"));
		advanced.locator(".correct-link").click();
		assertThat(page.locator("#topic")).hasValue("成员单位进阶培训");
		waitUntilLaidOut();
		org.assertj.core.api.Assertions.assertThat(Axe.seriousViolations(page)).as("the correction form").isEmpty();
		page.getByLabel(member.unitName(), new Page.GetByLabelOptions().setExact(true)).fill("8");
		page.locator("#participants").fill("10");
		page.locator("#correctActivity").click();
		assertThat(successAlert()).containsText("活动记录已更正");
		assertThat(advanced.locator(".activity-members")).containsText(member.unitName() + " 8 人");
		assertThat(advanced.locator("td").nth(4)).hasText("10");

		// the quarterly liaison report of this quarter, with a problem
		LocalDate quarter = today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
		String report = base + "/liaison-reports/" + quarter;
		open(report);
		assertThat(page.locator("#periodActivities")).containsText("成员单位进阶培训");
		assertThat(page.locator("#noLibraryCases")).isVisible();
		waitUntilLaidOut();
		org.assertj.core.api.Assertions.assertThat(Axe.seriousViolations(page)).as("the liaison report form").isEmpty();
		page.locator("#workStatus").fill("本季度开展两次培训，成员单位积极参加。");
		page.locator("#problems0").fill("成员单位流动人员多，保密协议签订不及时");
		page.locator("#suggestions").fill("希望区局组织专题培训");
		page.locator("#saveReport").click();
		assertThat(successAlert()).isVisible();
		page.locator("#submitReport button").click();
		assertThat(page.locator("#reportStatus")).hasText("已报送");
		logOut();

		// the district accepts the report and answers the problem from its list of open problems
		logInSuccessfully(district.username(), district.password(), district.displayName());
		open(report);
		page.locator("#acceptReport button").click();
		assertThat(page.locator("#reportStatus")).hasText("已确认");
		long problemId = jdbc.queryForObject("select id from liaison_problem where base_id = ?", Long.class, baseId);
		open("/operation/liaison-problems");
		Locator problem = page.locator("#problem-" + problemId);
		assertThat(problem).containsText("保密协议签订不及时");
		problem.locator("#text-" + problemId).fill("区局将于下月组织保密协议范本培训，请成员单位参加。");
		problem.locator(".close-button").click();
		assertThat(page.locator("#problem-" + problemId)).hasCount(0);

		// the district's list of all activities shows the zone's trainings, with its export
		open("/operation/activities?name=" + zone.unitName());
		assertThat(page.locator("#allActivityTable tr.activity-row")).hasCount(2);
		assertThat(page.locator("#allActivityTable")).containsText("成员单位进阶培训");
		waitUntilLaidOut();
		org.assertj.core.api.Assertions.assertThat(Axe.seriousViolations(page)).as("the list of all activities")
			.isEmpty();
		assertThat(page.locator("#exportActivities")).hasAttribute("href",
				java.util.regex.Pattern.compile("/operation/activities\\.xlsx\\?.*name="));
		logOut();

		// the zone reads the answer; the plan against actual shows both trainings
		logInSuccessfully(zone.username(), zone.password(), zone.contactPerson());
		open(report);
		assertThat(page.locator("#problem-" + problemId + " .answer")).containsText("保密协议范本培训");
		open(plan);
		assertThat(page.locator("#progress-TRAINING .planned")).hasText("2");
		assertThat(page.locator("#progress-TRAINING .held")).hasText("2");
		assertThat(page.locator("#progress-TRAINING .participants")).hasText("22");
	}

	private void editStandard(String base, String standard, String... fieldsAndValues) {
		open(base);
		page.locator("#edit-" + standard).click();
		for (int i = 0; i < fieldsAndValues.length; i += 2) {
			page.locator(fieldsAndValues[i]).fill(fieldsAndValues[i + 1]);
		}
		page.locator("#saveStandard").click();
		assertThat(successAlert()).isVisible();
	}

	private void plannedRow(int row, String month, String kind, String topic, String audience, String reach) {
		page.locator("[id='activities" + row + ".month']").fill(month);
		page.locator("[id='activities" + row + ".kind']").selectOption(kind);
		page.locator("[id='activities" + row + ".topic']").fill(topic);
		page.locator("[id='activities" + row + ".audience']").fill(audience);
		page.locator("[id='activities" + row + ".expectedReach']").fill(reach);
	}

	private void recordTraining(String base, String date, String topic, String memberName, String people) {
		open(base + "/activities");
		page.locator("#heldOn").fill(date);
		page.locator("#topic").fill(topic);
		page.locator("#place").fill("园区报告厅");
		page.locator("#organiser").fill("园区管委会");
		page.getByLabel(memberName, new Page.GetByLabelOptions().setExact(true)).fill(people);
		page.locator("#recordActivity").click();
		assertThat(successAlert()).containsText("活动已记录");
	}

	/** The unit becomes a designated zone the way a publication designates it; waits until its profile is open. */
	private long designateZone(TestPeople.UnitHolder unit) {
		long unitId = organizationService.findByUscc(unit.uscc()).orElseThrow().id();
		long publicationId = 1_090_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 90_000_000L);
		transactions.executeWithoutResult(status -> events.publishEvent(new ListPublished(publicationId, 0L, 2025,
				"京市监发〔2025〕" + publicationId % 1000 + "号", LocalDate.of(2025, 12, 10),
				List.of(new ListPublished.Entry(publicationId + 1, unitId, unit.unitName(), unit.uscc(), BaseType.ZONE,
						FANGSHAN, "SOFTWARE_IT")))));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from base_profile p join demonstration_base b "
					+ "on b.id = p.base_id where b.unit_id = ?", Long.class, unitId) == 1);
		return jdbc.queryForObject("select id from demonstration_base where unit_id = ?", Long.class, unitId);
	}
}
