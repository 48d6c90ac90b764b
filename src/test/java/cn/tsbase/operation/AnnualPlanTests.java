package cn.tsbase.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.account.AccountFixtures;
import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.account.TestAccount;
import cn.tsbase.base.BaseFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.security.Role;

/**
 * Annual work plans (年度工作计划): the district opens filing with a deadline, the unit writes and submits, the
 * district returns with a reason or accepts; every submitted version is kept, each step is refused in the wrong state,
 * role or district, and the other side is notified with a link.
 */
@IntegrationTest
class AnnualPlanTests {

	static final String XICHENG = "110102";
	static final String HAIDIAN = "110108";

	/** Each test its own plan year, so that filings of one test do not open another's. */
	private static final AtomicInteger YEARS = new AtomicInteger(2060);

	@Autowired
	MockMvc mvc;

	@Autowired
	BaseFixtures bases;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UnitFixtures units;

	@Autowired
	AccountFixtures accounts;

	OperationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new OperationFixtures(bases, jdbc);
	}

	static RequestPostProcessor unit(OperationFixtures.Designated base) {
		return Principals.role(Role.APPLICANT, base.district(), base.unitId());
	}

	static RequestPostProcessor officer(String district) {
		return Principals.role(Role.DISTRICT_OFFICER, district, null);
	}

	private void openFiling(int year, String district) throws Exception {
		mvc.perform(post("/operation/plan-filings").with(officer(district)).with(csrf())
			.param("year", String.valueOf(year))
			.param("deadline", year + "-03-31")).andExpect(redirectedUrl("/operation/plan-filings"));
	}

	private MockHttpServletRequestBuilder writePlan(OperationFixtures.Designated base, int year, long version) {
		return post("/operation/bases/{id}/plans/{y}", base.baseId(), year).with(unit(base))
			.with(csrf())
			.param("goals", "全员接受商业秘密保护培训")
			.param("budget", "12.50")
			.param("activities[0].month", "3")
			.param("activities[0].kind", "TRAINING")
			.param("activities[0].topic", "商业秘密保护基础")
			.param("activities[0].audience", "全体员工")
			.param("activities[0].expectedReach", "120")
			.param("activities[1].month", "6")
			.param("activities[1].kind", "TRAINING")
			.param("activities[1].topic", "离职人员管理")
			.param("activities[1].audience", "人力资源部")
			.param("activities[1].expectedReach", "20")
			.param("version", String.valueOf(version));
	}

	/** The plan with an empty third row, as the form sends it. */
	private MockHttpServletRequestBuilder writePlanWithBlankRow(OperationFixtures.Designated base, int year,
			long version) {
		return writePlan(base, year, version).param("activities[2].month", "").param("activities[2].topic", "");
	}

	private String planStatus(long baseId, int year) {
		return jdbc.queryForObject("select status from annual_plan where base_id = ? and plan_year = ?", String.class,
				baseId, year);
	}

	private long notifications(long accountId, String key, String link) {
		return jdbc.queryForObject(
				"select count(*) from notification where recipient_id = ? and message_key = ? and link = ?",
				Long.class, accountId, key, link);
	}

	@Test
	void aPlanIsWrittenSubmittedReturnedOnceThenAcceptedWithEveryVersionKeptAndEachSideNotified() throws Exception {
		int year = YEARS.incrementAndGet();
		var registered = units.register("计划流程科技有限公司", XICHENG);
		var base = fixtures.designate(registered.unit().getId(), "计划流程科技有限公司", XICHENG, BaseType.POINT);
		TestAccount districtOfficer = accounts.official(Role.DISTRICT_OFFICER, XICHENG);
		long unitAccount = jdbc.queryForObject("select id from user_account where username = ?", Long.class,
				registered.username());
		String link = "/operation/bases/" + base.baseId() + "/plans/" + year;

		mvc.perform(get(link + "/edit").with(unit(base)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("尚未开启该年度的计划填报")));
		mvc.perform(writePlan(base, year, -1)).andExpect(status().isConflict());
		openFiling(year, XICHENG);

		mvc.perform(get(link + "/edit").with(unit(base))).andExpect(status().isOk());
		mvc.perform(writePlanWithBlankRow(base, year, -1)).andExpect(redirectedUrl(link));
		assertThat(planStatus(base.baseId(), year)).isEqualTo("DRAFT");
		assertThat(jdbc.queryForObject("select count(*) from annual_plan_activity a join annual_plan p on p.id = "
				+ "a.plan_id where p.base_id = ?", Long.class, base.baseId())).as("the empty row is dropped")
			.isEqualTo(2);

		mvc.perform(post(link + "/accept").with(officer(XICHENG)).with(csrf())
			.param("version", String.valueOf(fixtures.planVersion(base.baseId(), year))))
			.andExpect(status().isConflict());
		mvc.perform(post(link + "/submit").with(unit(base)).with(csrf())
			.param("version", String.valueOf(fixtures.planVersion(base.baseId(), year))))
			.andExpect(redirectedUrl(link));
		assertThat(planStatus(base.baseId(), year)).isEqualTo("SUBMITTED");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> notifications(districtOfficer.getId(), "notification.kind.ANNUAL_PLAN_SUBMITTED", link) == 1);

		mvc.perform(writePlan(base, year, fixtures.planVersion(base.baseId(), year)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("当前不能修改")));
		long version = fixtures.planVersion(base.baseId(), year);
		mvc.perform(post(link + "/return").with(officer(HAIDIAN)).with(csrf())
			.param("reason", "别区的意见")
			.param("version", String.valueOf(version))).andExpect(status().isNotFound());
		mvc.perform(post(link + "/return").with(Principals.role(Role.IP_OFFICER, XICHENG, null)).with(csrf())
			.param("reason", "知识产权局不能退回")
			.param("version", String.valueOf(version))).andExpect(status().isForbidden());
		mvc.perform(post(link + "/return").with(officer(XICHENG)).with(csrf())
			.param("reason", "")
			.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("退回时请填写退回原因")));
		mvc.perform(post(link + "/return").with(officer(XICHENG)).with(csrf())
			.param("reason", "请补充宣传活动")
			.param("version", String.valueOf(version))).andExpect(redirectedUrl(link));
		assertThat(planStatus(base.baseId(), year)).isEqualTo("RETURNED");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> notifications(unitAccount, "notification.kind.ANNUAL_PLAN_RETURNED", link) == 1);

		mvc.perform(writePlan(base, year, fixtures.planVersion(base.baseId(), year)).param("activities[2].month", "9")
			.param("activities[2].kind", "PUBLICITY")
			.param("activities[2].topic", "普法宣传周")
			.param("activities[2].audience", "园区企业")
			.param("activities[2].expectedReach", "300")).andExpect(redirectedUrl(link));
		mvc.perform(post(link + "/submit").with(unit(base)).with(csrf())
			.param("version", String.valueOf(fixtures.planVersion(base.baseId(), year))))
			.andExpect(redirectedUrl(link));
		mvc.perform(post(link + "/accept").with(officer(XICHENG)).with(csrf())
			.param("reason", "按计划推进")
			.param("version", String.valueOf(fixtures.planVersion(base.baseId(), year))))
			.andExpect(redirectedUrl(link));
		assertThat(planStatus(base.baseId(), year)).isEqualTo("ACCEPTED");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> notifications(unitAccount, "notification.kind.ANNUAL_PLAN_ACCEPTED", link) == 1);
		mvc.perform(post(link + "/accept").with(officer(XICHENG)).with(csrf())
			.param("version", String.valueOf(fixtures.planVersion(base.baseId(), year))))
			.andExpect(status().isConflict());

		Document page = Jsoup.parse(mvc.perform(get(link).with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("#planStatus").text()).isEqualTo("已确认");
		assertThat(page.select("#guidance").text()).contains("按计划推进");
		assertThat(page.select("#versionTable tbody tr")).hasSize(2);
		assertThat(page.select("#versionTable tbody tr").get(1).text()).contains("已退回修改", "请补充宣传活动");
		assertThat(page.select("#decisionForms")).isEmpty();
		mvc.perform(get(link + "/versions/1").with(unit(base)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("离职人员管理")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("普法宣传周"))));
		mvc.perform(get(link + "/versions/2").with(officer(HAIDIAN))).andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where event in ('ANNUAL_PLAN_SUBMITTED', "
				+ "'ANNUAL_PLAN_RETURNED', 'ANNUAL_PLAN_ACCEPTED') and object_type = 'AnnualPlan'", Long.class))
			.isGreaterThanOrEqualTo(4);
		assertThat(jdbc.queryForObject("select accepted_plan_year from base_profile where base_id = ?", Integer.class,
				base.baseId())).isEqualTo(year);
	}

	@Test
	void aHalfFilledActivityRowOrAnEmptyPlanIsRefusedWithReasons() throws Exception {
		int year = YEARS.incrementAndGet();
		var base = fixtures.designate("计划校验科技有限公司", XICHENG, BaseType.ZONE);
		openFiling(year, XICHENG);
		String link = "/operation/bases/" + base.baseId() + "/plans/" + year;
		mvc.perform(post(link).with(unit(base)).with(csrf())
			.param("goals", "目标")
			.param("activities[0].topic", "只有主题")
			.param("trainingRatio", "150")
			.param("version", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写该行活动的月份")))
			.andExpect(content().string(containsString("id=\"zoneTargets\"")));
		mvc.perform(post(link).with(unit(base)).with(csrf()).param("goals", "").param("version", "-1"))
			.andExpect(redirectedUrl(link));
		mvc.perform(post(link + "/submit").with(unit(base)).with(csrf())
			.param("version", String.valueOf(fixtures.planVersion(base.baseId(), year))))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("请先填写工作目标")));
		mvc.perform(post(link).with(unit(base)).with(csrf()).param("goals", "另一次新建").param("version", "-1"))
			.andExpect(status().isConflict());
	}

	@Test
	void onlyTheDistrictOfficerOpensFilingForTheirOwnDistrictAndReadersSeeIt() throws Exception {
		int year = YEARS.incrementAndGet();
		mvc.perform(post("/operation/plan-filings").with(Principals.role(Role.IP_OFFICER, XICHENG, null))
			.with(csrf())
			.param("year", String.valueOf(year))
			.param("deadline", year + "-03-31")).andExpect(status().isForbidden());
		mvc.perform(post("/operation/plan-filings").with(officer(XICHENG)).with(csrf())
			.param("year", String.valueOf(year))
			.param("deadline", "")).andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")));
		openFiling(year, XICHENG);
		openFiling(year, XICHENG);
		assertThat(jdbc.queryForObject("select count(*) from annual_plan_filing where plan_year = ?", Long.class, year))
			.as("opening again moves the deadline").isEqualTo(1);
		mvc.perform(get("/operation/plan-filings").with(officer(HAIDIAN)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(">" + year + "<"))));
		mvc.perform(get("/operation/plan-filings").with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">" + year + "<")));
		assertThat(LocalDate.of(year, 3, 31)).isEqualTo(jdbc.queryForObject(
				"select deadline from annual_plan_filing where plan_year = ?", LocalDate.class, year));
	}
}
