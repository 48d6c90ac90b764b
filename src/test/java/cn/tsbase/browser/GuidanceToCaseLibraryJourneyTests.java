package cn.tsbase.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.microsoft.playwright.options.SelectOption;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.organization.OrganizationManagement;
import cn.tsbase.publicnotice.ListPublished;
import cn.tsbase.shared.security.Role;

/**
 * Guidance in the browser: the district appoints a guidance officer and assigns a base to them, the base asks for
 * guidance, the district schedules the officer, the officer records a visit with a recommendation, the base confirms
 * the record and reports the recommendation done, and the officer closes it.
 */
class GuidanceJourneyTests extends BrowserJourney {

	@Autowired
	OrganizationManagement organization;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aBaseIsGuidedFromItsRequestToAClosedRecommendation() {
		page.onDialog(dialog -> dialog.accept());
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		TestPeople.Person district = people.districtOfficer("110102", "西城区 指导管理员" + suffix);
		TestPeople.Person guide = people.official(Role.GUIDANCE_OFFICER, "110102", "指导员 赵" + suffix);
		TestPeople.UnitHolder unit = people.registeredUnit("110102");
		designate(unit);

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
		page.navigate(visitUrl);
		page.locator("#confirmVisit").click();
		assertThat(page.locator("#visitStatus")).hasText("单位已确认");
		page.locator("#followUpTable textarea[name=report]").fill("已完成研发数据分级并发布清单。");
		page.locator("#followUpTable .reportForm button").click();
		assertThat(page.locator("#followUpTable .status")).hasText("单位已反馈");
		logOut();

		// the officer closes it
		logInSuccessfully(guide.username(), guide.password(), guide.displayName());
		page.navigate(visitUrl);
		page.locator("#followUpTable .closeForm button").click();
		assertThat(page.locator("#followUpTable .status")).hasText("已关闭");
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
