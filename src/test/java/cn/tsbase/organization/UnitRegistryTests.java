package cn.tsbase.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.StatementCounter;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.shared.security.Role;

/** The unit registry for officials: search, filters, sorting and paging in the database, in a bounded number of queries. */
@IntegrationTest
class UnitRegistryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitFixtures units;

	private static String tag() {
		return UUID.randomUUID().toString().substring(0, 6);
	}

	@Test
	void aDistrictOfficerSearchesByNameOrCode() throws Exception {
		String tag = tag();
		UnitFixtures.RegisteredUnit match = units.register("名录检索" + tag + "有限公司", "110102");
		units.register("其他单位" + tag(), "110102");

		mvc.perform(get("/units").param("q", "检索" + tag).with(Principals.role(Role.DISTRICT_OFFICER, "110102", null)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("名录检索" + tag + "有限公司")))
			.andExpect(content().string(containsString("共 1 条")));
		mvc.perform(get("/api/v1/units").param("q", match.unit().getUscc().substring(0, 14).toLowerCase())
			.with(Principals.role(Role.DISTRICT_OFFICER, "110102", null)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].uscc").value(match.unit().getUscc()));
	}

	@Test
	void aSearchForPercentUnderscoreOrBackslashFindsThemLiterallyNotAsWildcards() throws Exception {
		String tag = tag();
		units.register("百分" + tag + "%全", "110102");
		units.register("百分" + tag + "X全", "110102");
		units.register("下划" + tag + "_线", "110102");
		units.register("下划" + tag + "Y线", "110102");
		units.register("反斜" + tag + "\\线", "110102");
		units.register("反斜" + tag + "线", "110102");

		for (String name : new String[] { "百分" + tag + "%全", "下划" + tag + "_线", "反斜" + tag + "\\线" }) {
			mvc.perform(get("/api/v1/units").param("q", name)
				.with(Principals.role(Role.DISTRICT_OFFICER, "110102", null)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.totalElements").value(1))
				.andExpect(jsonPath("$.content[0].name").value(name));
		}
	}

	@Test
	void filtersByTypeAndIndustryAndSortsAndPagesInTheDatabase() throws Exception {
		String tag = tag();
		for (int i = 0; i < 25; i++) {
			units.register(String.format("分页%s-%02d", tag, i), "110102");
		}
		mvc.perform(get("/api/v1/units").param("q", "分页" + tag)
			.param("sort", "name,desc")
			.param("size", "10")
			.param("page", "1")
			.param("type", "ENTERPRISE")
			.param("industry", "SOFTWARE_IT")
			.with(Principals.role(Role.DISTRICT_OFFICER, "110102", null)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(25))
			.andExpect(jsonPath("$.totalPages").value(3))
			.andExpect(jsonPath("$.content.length()").value(10))
			.andExpect(jsonPath("$.content[0].name").value("分页" + tag + "-14"));
		mvc.perform(get("/api/v1/units").param("q", "分页" + tag)
			.param("industry", "ADVANCED_MANUFACTURING")
			.with(Principals.role(Role.DISTRICT_OFFICER, "110102", null)))
			.andExpect(jsonPath("$.totalElements").value(0));
	}

	@Test
	void theMunicipalBureauFiltersByDistrictAndADistrictOfficerCannotWidenTheScope() throws Exception {
		String tag = tag();
		units.register("西城" + tag, "110102");
		units.register("海淀" + tag, "110108");

		mvc.perform(get("/api/v1/units").param("q", tag).with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(jsonPath("$.totalElements").value(2));
		mvc.perform(get("/api/v1/units").param("q", tag)
			.param("district", "110108")
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].name").value("海淀" + tag));
		mvc.perform(get("/api/v1/units").param("q", tag)
			.param("district", "110108")
			.with(Principals.role(Role.DISTRICT_OFFICER, "110102", null)))
			.andExpect(jsonPath("$.totalElements").value(0));
		mvc.perform(get("/units").param("q", tag).with(Principals.role(Role.DISTRICT_OFFICER, "110102", null)))
			.andExpect(content().string(containsString("西城" + tag)))
			.andExpect(content().string(not(containsString("海淀" + tag))));
	}

	@Test
	void htmxFilteringReturnsOnlyTheResults() throws Exception {
		mvc.perform(get("/units").header("HX-Request", "true")
			.with(Principals.role(Role.DISTRICT_OFFICER, "110102", null)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"results\"")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void aPageOfTheRegistryTakesABoundedNumberOfStatementsWhateverItsSize() throws Exception {
		String tag = tag();
		for (int i = 0; i < 30; i++) {
			units.register("计数" + tag + i, "110102");
		}
		// a page, its count, at most one reload of the cached reference data and the page's own statements (counted at
		// the data source: the session and the layout's too); never one per row
		assertThat(statementsFor("size", "5", tag)).as("statements: %s", StatementCounter.statements())
			.isBetween(1L, 8L);
		assertThat(statementsFor("size", "30", tag)).as("statements: %s", StatementCounter.statements())
			.isBetween(1L, 8L);
	}

	@Test
	void aLongListIsNotCountedToItsEndButItsLastPagesAreExact() throws Exception {
		String tag = tag();
		for (int i = 0; i < 100; i++) {
			units.register(String.format("长名录%s-%03d", tag, i), "110102");
		}
		StatementCounter.reset();
		mvc.perform(get("/units").param("q", "长名录" + tag).param("size", "5")
			.with(Principals.role(Role.DISTRICT_OFFICER, "110102", null)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("20 条以上，第 1 页")))
			.andExpect(content().string(containsString("page=3")))
			.andExpect(content().string(not(containsString("page=4"))))
			.andExpect(content().string(not(containsString("共 100 条"))));
		assertThat(StatementCounter.statements()).noneMatch(sql -> sql.contains("count("));

		mvc.perform(get("/units").param("q", "长名录" + tag).param("size", "5").param("page", "17").param("sort", "name,asc")
			.with(Principals.role(Role.DISTRICT_OFFICER, "110102", null)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("共 100 条，第 18 / 20 页")))
			.andExpect(content().string(containsString(String.format("长名录%s-%03d", tag, 85))));
		mvc.perform(get("/units").param("q", "长名录" + tag).param("size", "5").param("page", "40")
			.with(Principals.role(Role.DISTRICT_OFFICER, "110102", null)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("该列表共 20 页")));
		mvc.perform(get("/units").param("q", "长名录" + tag + "-00").param("size", "5")
			.with(Principals.role(Role.DISTRICT_OFFICER, "110102", null)))
			.andExpect(content().string(containsString("共 10 条，第 1 / 2 页")));
	}

	private long statementsFor(String param, String value, String tag) throws Exception {
		StatementCounter.reset();
		mvc.perform(get("/units").param(param, value)
			.param("q", "计数" + tag)
			.with(Principals.role(Role.DISTRICT_OFFICER, "110102", null))).andExpect(status().isOk());
		return StatementCounter.count();
	}

}
