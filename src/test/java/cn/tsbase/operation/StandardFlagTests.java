package cn.tsbase.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.base.BaseFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.security.Role;

/**
 * A standard left without its required content is flagged to the district (issue 12, point 1): a workbench line
 * counts the district's bases lacking a standard or an accepted plan of the year, and links to the overview filtered
 * to them; completing the standards and having the plan accepted takes the base off both, counted in the query.
 */
@IntegrationTest
class StandardFlagTests {

	static final String HUAIROU = "110116";

	@Autowired
	MockMvc mvc;

	@Autowired
	BaseFixtures bases;

	@Autowired
	JdbcTemplate jdbc;

	OperationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new OperationFixtures(bases, jdbc);
	}

	@Test
	void aBaseLackingAStandardIsCountedOnTheDistrictsWorkbenchAndListedUntilItIsComplete() throws Exception {
		RequestPostProcessor officer = Principals.role(Role.DISTRICT_OFFICER, HUAIROU, null);
		long before = flagged(officer);
		var base = fixtures.designate("标准提示科技有限公司", HUAIROU, BaseType.POINT);
		RequestPostProcessor unit = Principals.role(Role.APPLICANT, HUAIROU, base.unitId());
		assertThat(jdbc.queryForObject("select incomplete_standards from base_profile where base_id = ?",
				String.class, base.baseId())).contains("LEADERSHIP", "OFFICE", "RULES");
		Document home = home(officer);
		assertThat(flagged(officer)).isEqualTo(before + 1);
		assertThat(home.getElementById("wb-district-incompleteStandards").selectFirst("a").attr("href"))
			.isEqualTo("/operation/overview?incomplete=true");
		assertThat(listed(officer, true)).isTrue();

		save(post("/operation/bases/{id}/leadership", base.baseId()).param("head", "张组长")
			.param("headTitle", "总经理").param("members", "法务部、人力资源部").param("funding", "每年 20 万元"), unit, base);
		save(post("/operation/bases/{id}/office", base.baseId()).param("department", "法务部")
			.param("address", "怀柔区示例路 1 号").param("fullTimeStaff", "1").param("partTimeStaff", "2"), unit, base);
		save(post("/operation/bases/{id}/rules", base.baseId()).param("rulesList", "商业秘密保护管理办法（2026-01-01）")
			.param("emergencyProcedure", "泄露事件应急预案"), unit, base);
		save(post("/operation/bases/{id}/liaison", base.baseId()).param("name", "赵联络").param("title", "法务")
			.param("phone", "010-69001234").param("email", "zhao@example.com"), unit, base);
		save(post("/operation/bases/{id}/liaison/confirm", base.baseId()), officer, base);
		assertThat(jdbc.queryForObject("select incomplete_standards from base_profile where base_id = ?",
				String.class, base.baseId())).isEmpty();
		assertThat(listed(officer, true)).as("no plan of the year accepted yet").isTrue();

		// the plan's acceptance (AnnualPlanTests) records the year on the profile
		jdbc.update("update base_profile set accepted_plan_year = ? where base_id = ?",
				LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear(), base.baseId());
		assertThat(listed(officer, true)).isFalse();
		assertThat(listed(officer, false)).isTrue();
		assertThat(flagged(officer)).isEqualTo(before);
	}

	private void save(MockHttpServletRequestBuilder request, RequestPostProcessor who,
			OperationFixtures.Designated base) throws Exception {
		mvc.perform(request.with(who).with(csrf()).param("version", String.valueOf(fixtures.version(base.baseId()))))
			.andExpect(status().is3xxRedirection());
	}

	private boolean listed(RequestPostProcessor officer, boolean incompleteOnly) throws Exception {
		var request = get("/operation/overview").param("name", "标准提示科技").with(officer);
		if (incompleteOnly) {
			request.param("incomplete", "true");
		}
		Document page = Jsoup.parse(mvc.perform(request).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		return page.select("#overviewTable tbody").text().contains("标准提示科技有限公司");
	}

	private long flagged(RequestPostProcessor officer) throws Exception {
		return Long.parseLong(home(officer).getElementById("wb-district-incompleteStandards")
			.selectFirst(".wb-count")
			.text());
	}

	private Document home(RequestPostProcessor who) throws Exception {
		return Jsoup.parse(mvc.perform(get("/").with(who)).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}
}
