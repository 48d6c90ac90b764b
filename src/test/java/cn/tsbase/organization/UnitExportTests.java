package cn.tsbase.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;
import cn.tsbase.shared.web.ExportedWorkbooks;

/** The unit registry as Excel: the list's filters, search, sort and district scope; no contact fields; audited. */
@IntegrationTest
class UnitExportTests {

	static final String XICHENG = "110102";

	static final String CHAOYANG = "110105";

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitFixtures units;

	@Autowired
	JdbcTemplate jdbc;

	static CurrentUser officer(Role role, String district) {
		return new CurrentUser(0L, "export-" + UUID.randomUUID().toString().substring(0, 8), null, "导出人",
				EnumSet.of(role), district, null, true, true, false);
	}

	@Test
	void aDistrictOfficersExportHoldsTheirDistrictsUnitsAsFilteredAndSortedAndIsAudited() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		UnitFixtures.RegisteredUnit first = units.register("导出名录" + tag + "甲公司", XICHENG);
		units.register("导出名录" + tag + "乙公司", XICHENG);
		units.register("导出名录" + tag + "丙公司", CHAOYANG);
		CurrentUser xicheng = officer(Role.DISTRICT_OFFICER, XICHENG);

		// the button on the list carries the filters
		String href = Jsoup.parse(mvc.perform(get("/units").param("q", "导出名录" + tag).param("sort", "name,desc")
			.with(Principals.as(xicheng))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.select("#exportXlsx")
			.attr("href");
		assertThat(href).startsWith("/units/export.xlsx?").contains("sort=name,desc").contains("q=");

		List<List<String>> rows = ExportedWorkbooks.rows(mvc, get("/units/export.xlsx").param("q", "导出名录" + tag)
			.param("sort", "name,desc")
			.with(Principals.as(xicheng)));
		assertThat(rows.get(0)).containsExactly("单位名称", "统一社会信用代码", "单位类型", "所属行业", "所在区", "职工人数",
				"注册时间");
		assertThat(rows).hasSize(3);
		assertThat(rows.subList(1, 3)).extracting(row -> row.get(0))
			.containsExactly("导出名录" + tag + "甲公司", "导出名录" + tag + "乙公司");
		assertThat(rows.subList(1, 3)).allSatisfy(row -> assertThat(row.get(4)).isEqualTo("西城区"));
		assertThat(rows.get(1).get(1)).isEqualTo(first.unit().getUscc());
		// the contact fields are not in the list, nor in the export
		assertThat(rows).allSatisfy(row -> assertThat(String.join("|", row)).doesNotContain("@"));
		assertThat(ExportedWorkbooks.awaitExportAudited(jdbc, xicheng.getUsername(), "Unit", "SUCCESS"))
			.isEqualTo("2 rows");

		// asking for another district does not widen the scope: as on the list, nothing
		assertThat(ExportedWorkbooks.rows(mvc, get("/units/export.xlsx").param("q", "导出名录" + tag)
			.param("district", CHAOYANG)
			.with(Principals.as(xicheng)))).hasSize(1);

		// the other district's officer gets only their own unit
		List<List<String>> chaoyang = ExportedWorkbooks.rows(mvc, get("/units/export.xlsx")
			.param("q", "导出名录" + tag)
			.with(Principals.as(officer(Role.DISTRICT_OFFICER, CHAOYANG))));
		assertThat(chaoyang).hasSize(2);
		assertThat(chaoyang.get(1).get(0)).isEqualTo("导出名录" + tag + "丙公司");

		// the municipal bureau filters by district
		List<List<String>> municipal = ExportedWorkbooks.rows(mvc, get("/units/export.xlsx")
			.param("q", "导出名录" + tag)
			.param("district", CHAOYANG)
			.with(Principals.as(officer(Role.MUNICIPAL_OFFICER, null))));
		assertThat(municipal).extracting(row -> row.get(0)).containsExactly("单位名称", "导出名录" + tag + "丙公司");
		assertThat(ExportedWorkbooks.rows(mvc, get("/units/export.xlsx").param("q", "导出名录" + tag)
			.with(Principals.as(officer(Role.MUNICIPAL_OFFICER, null))))).hasSize(4);
	}

	@Test
	void aUnitCannotExportTheRegistry() throws Exception {
		mvc.perform(get("/units/export.xlsx").with(Principals.role(Role.APPLICANT, XICHENG, 1L)))
			.andExpect(status().isForbidden());
	}
}
