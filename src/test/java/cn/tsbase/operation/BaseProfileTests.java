package cn.tsbase.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.base.BaseFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.security.Role;

/**
 * The base profile (示范基地档案): opened at designation, kept by the unit standard by standard with every change
 * versioned, the liaison officer confirmed by the district, and seen by nobody outside the base's scope.
 */
@IntegrationTest
class BaseProfileTests {

	static final String XICHENG = "110102";
	static final String HAIDIAN = "110108";

	@Autowired
	MockMvc mvc;

	@Autowired
	BaseFixtures bases;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UnitFixtures units;

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

	private String page(long baseId, RequestPostProcessor who) throws Exception {
		return mvc.perform(get("/operation/bases/{id}", baseId).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void designationOpensAProfilePrefilledWithTheUnitsContactAndFlagsWhatIsMissing() throws Exception {
		var registered = units.register("档案预填科技有限公司", XICHENG);
		var base = fixtures.designate(registered.unit().getId(), "档案预填科技有限公司", XICHENG, BaseType.POINT);

		Document page = Jsoup.parse(page(base.baseId(), unit(base)));
		assertThat(page.select("#standard-liaison").text()).contains("测试联系人").contains("13900000000");
		assertThat(page.select("#missingStandards").text()).contains("领导机构", "管理部门", "管理制度", "年度计划")
			.doesNotContain("联络机制");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where event = 'BASE_PROFILE_OPENED' "
				+ "and object_id = ?", Long.class, String.valueOf(base.baseId()))).isEqualTo(1);
	}

	@Test
	void theUnitKeepsItsStandardsAndEveryChangeIsARevisionWithWhoAndWhen() throws Exception {
		var base = fixtures.designate("档案编辑科技有限公司", XICHENG, BaseType.ZONE);
		mvc.perform(get("/operation/bases/{id}/standards/leadership", base.baseId()).with(unit(base)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"standardForm\"")));

		mvc.perform(post("/operation/bases/{id}/leadership", base.baseId()).with(unit(base)).with(csrf())
			.param("head", "王总")
			.param("headTitle", "总经理")
			.param("members", "法务部、信息部、人力资源部")
			.param("funding", "每年 50 万元")
			.param("version", String.valueOf(fixtures.version(base.baseId()))))
			.andExpect(redirectedUrl("/operation/bases/" + base.baseId()));
		mvc.perform(post("/operation/bases/{id}/rules", base.baseId()).with(unit(base)).with(csrf())
			.param("rulesList", "商业秘密保护管理办法（2025-01-01）")
			.param("emergencyProcedure", "泄露事件应急预案")
			.param("version", String.valueOf(fixtures.version(base.baseId()))))
			.andExpect(redirectedUrl("/operation/bases/" + base.baseId()));

		Document page = Jsoup.parse(page(base.baseId(), unit(base)));
		assertThat(page.select("#standard-leadership").text()).contains("王总", "每年 50 万元");
		assertThat(page.select("#missingStandards").text()).doesNotContain("领导机构")
			.as("a zone's rules need its members' rules too")
			.contains("管理制度");
		assertThat(page.select("#revisionTable tbody tr")).hasSize(2);
		assertThat(page.select("#revisionTable tbody tr").get(1).text()).contains("领导机构", "负责人", "test-applicant");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where event = 'BASE_PROFILE_CHANGED' "
				+ "and object_id = ?", Long.class, String.valueOf(base.baseId()))).isEqualTo(2);
	}

	@Test
	void savingWithAStaleVersionIsAConflictAndChangesNothing() throws Exception {
		var base = fixtures.designate("档案并发科技有限公司", XICHENG, BaseType.POINT);
		long stale = fixtures.version(base.baseId());
		mvc.perform(post("/operation/bases/{id}/office", base.baseId()).with(unit(base)).with(csrf())
			.param("department", "法务部")
			.param("version", String.valueOf(stale))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/operation/bases/{id}/office", base.baseId()).with(unit(base)).with(csrf())
			.param("department", "信息部")
			.param("version", String.valueOf(stale))).andExpect(status().isConflict());
		assertThat(jdbc.queryForObject("select office_department from base_profile where base_id = ?", String.class,
				base.baseId())).isEqualTo("法务部");
	}

	@Test
	void aNewLiaisonOfficerTakesEffectOnlyWhenTheDistrictConfirms() throws Exception {
		var base = fixtures.designate("联络员变更科技有限公司", XICHENG, BaseType.POINT);
		mvc.perform(post("/operation/bases/{id}/liaison", base.baseId()).with(unit(base)).with(csrf())
			.param("name", "李联络")
			.param("title", "法务主管")
			.param("phone", "010-66001234")
			.param("email", "li@example.com")
			.param("version", String.valueOf(fixtures.version(base.baseId()))))
			.andExpect(redirectedUrl("/operation/bases/" + base.baseId()));

		Document before = Jsoup.parse(page(base.baseId(), officer(XICHENG)));
		assertThat(before.select("#standard-liaison dl").text()).doesNotContain("李联络");
		assertThat(before.select("#pendingLiaison").text()).contains("李联络");
		assertThat(before.select("#missingStandards").text()).contains("联络机制");

		long version = fixtures.version(base.baseId());
		mvc.perform(post("/operation/bases/{id}/liaison/confirm", base.baseId()).with(officer(HAIDIAN)).with(csrf())
			.param("version", String.valueOf(version))).andExpect(status().isNotFound());
		mvc.perform(post("/operation/bases/{id}/liaison/confirm", base.baseId())
			.with(Principals.role(Role.IP_OFFICER, XICHENG, null))
			.with(csrf())
			.param("version", String.valueOf(version))).andExpect(status().isForbidden());
		mvc.perform(post("/operation/bases/{id}/liaison/confirm", base.baseId()).with(unit(base)).with(csrf())
			.param("version", String.valueOf(version))).andExpect(status().isForbidden());
		mvc.perform(post("/operation/bases/{id}/liaison/confirm", base.baseId()).with(officer(XICHENG)).with(csrf())
			.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/operation/bases/" + base.baseId()));

		Document after = Jsoup.parse(page(base.baseId(), unit(base)));
		assertThat(after.select("#standard-liaison dl").text()).contains("李联络", "010-66001234");
		assertThat(after.select("#pendingLiaison")).isEmpty();
		mvc.perform(post("/operation/bases/{id}/liaison/confirm", base.baseId()).with(officer(XICHENG)).with(csrf())
			.param("version", String.valueOf(fixtures.version(base.baseId()))))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("没有待确认的联络员变更")));
	}

	@Test
	void aLiaisonNeedsANameAndAPhoneNumberThatLooksLikeOne() throws Exception {
		var base = fixtures.designate("联络员校验科技有限公司", XICHENG, BaseType.POINT);
		mvc.perform(post("/operation/bases/{id}/liaison", base.baseId()).with(unit(base)).with(csrf())
			.param("name", "")
			.param("phone", "12345")
			.param("email", "not-an-email")
			.param("version", String.valueOf(fixtures.version(base.baseId()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请输入手机号码或固定电话")))
			.andExpect(content().string(containsString("is-invalid")));
		assertThat(jdbc.queryForObject("select count(*) from base_profile_revision r join base_profile p "
				+ "on p.id = r.profile_id where p.base_id = ?", Long.class, base.baseId())).isZero();
	}

	@Test
	void nobodyOutsideTheBasesScopeFindsItAndReadersCannotEdit() throws Exception {
		var base = fixtures.designate("档案范围科技有限公司", XICHENG, BaseType.POINT);
		long version = fixtures.version(base.baseId());
		mvc.perform(get("/operation/bases/{id}", base.baseId()).with(Principals.role(Role.APPLICANT, XICHENG, 1L)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/operation/bases/{id}/office", base.baseId())
			.with(Principals.role(Role.LIAISON, XICHENG, 1L))
			.with(csrf())
			.param("department", "别人的部门")
			.param("version", String.valueOf(version))).andExpect(status().isNotFound());
		mvc.perform(get("/operation/bases/{id}/standards/office", base.baseId())
			.with(Principals.role(Role.APPLICANT, XICHENG, 1L))).andExpect(status().isNotFound());
		mvc.perform(get("/operation/bases/{id}", base.baseId()).with(officer(HAIDIAN)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/operation/bases/{id}", base.baseId()).with(Principals.role(Role.IP_OFFICER, XICHENG, null)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"edit-office\""))));
		mvc.perform(get("/operation/bases/{id}", base.baseId()).with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(status().isOk());
		mvc.perform(get("/operation/bases/{id}", base.baseId())
			.with(Principals.role(Role.GUIDANCE_OFFICER, XICHENG, null))).andExpect(status().isForbidden());
		mvc.perform(post("/operation/bases/{id}/office", base.baseId()).with(officer(XICHENG)).with(csrf())
			.param("department", "区局改的")
			.param("version", String.valueOf(version))).andExpect(status().isForbidden());
		mvc.perform(post("/operation/bases/{id}/office", base.baseId()).with(unit(base))
			.param("department", "没有令牌")
			.param("version", String.valueOf(version))).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select office_department from base_profile where base_id = ?", String.class,
				base.baseId())).isNull();
	}

	@Test
	void theDistrictListsItsOwnBasesWithTheirMissingStandardsAndMarksChangesSeen() throws Exception {
		var own = fixtures.designate("区列表西城科技有限公司", XICHENG, BaseType.POINT);
		var other = fixtures.designate("区列表海淀科技有限公司", HAIDIAN, BaseType.POINT);
		mvc.perform(post("/operation/bases/{id}/office", own.baseId()).with(unit(own)).with(csrf())
			.param("department", "法务部")
			.param("version", String.valueOf(fixtures.version(own.baseId()))));

		String list = mvc.perform(get("/operation/bases").param("sort", "updatedAt,desc").with(officer(XICHENG)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document document = Jsoup.parse(list);
		assertThat(document.select("#profile-" + own.baseId() + " .missing-standard").text()).contains("领导机构待完善");
		assertThat(document.select("#profile-" + own.baseId() + " .unseen-changes").text()).contains("1 项新变更");
		assertThat(document.select("#profile-" + other.baseId())).isEmpty();
		assertThat(document.select(".pagination, .text-muted.small").text()).contains("共");

		String fragment = mvc.perform(get("/operation/bases").param("page", "0").header("HX-Request", "true")
			.with(officer(XICHENG))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(fragment).contains("id=\"profileTable\"").doesNotContain("<html");

		mvc.perform(post("/operation/bases/{id}/seen", own.baseId()).with(officer(XICHENG)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/operation/bases/{id}/seen", other.baseId()).with(officer(XICHENG)).with(csrf()))
			.andExpect(status().isNotFound());
		Document seen = Jsoup.parse(page(own.baseId(), officer(XICHENG)));
		assertThat(seen.select("#revisionTable tr.unseen")).isEmpty();
		assertThat(seen.select("#markSeen")).isEmpty();
	}
}
