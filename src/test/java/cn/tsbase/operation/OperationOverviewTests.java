package cn.tsbase.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.StatementCounter;
import cn.tsbase.shared.web.Paging;
import cn.tsbase.base.BaseFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.security.Role;

/** The operation overview: one page per base's year, bounded statements per page, streamed Excel, scoped. */
@IntegrationTest
class OperationOverviewTests {

	static final String PINGGU = "110117";

	static final String MENTOUGOU = "110109";

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
	void theOverviewShowsEachBasesYearInABoundedNumberOfStatementsWhateverTheNumberOfBases() throws Exception {
		String tag = Long.toString(System.nanoTime(), 36);
		var first = fixtures.designate("总览甲" + tag + "科技有限公司", MENTOUGOU, BaseType.POINT);
		jdbc.update("update base_profile set created_at = ? where base_id = ?",
				java.sql.Timestamp.valueOf("2024-12-20 00:00:00"), first.baseId());
		mvc.perform(post("/operation/bases/{id}/activities", first.baseId())
			.with(Principals.role(Role.LIAISON, MENTOUGOU, first.unitId()))
			.with(csrf())
			.param("kind", "TRAINING")
			.param("heldOn", "2025-05-10")
			.param("topic", "总览培训")
			.param("place", "会议室")
			.param("participants", "40")
			.param("organiser", "法务部")).andExpect(status().is3xxRedirection());
		var officer = Principals.role(Role.DISTRICT_OFFICER, MENTOUGOU, null);

		StatementCounter.reset();
		Document page = Jsoup.parse(mvc.perform(get("/operation/overview").param("year", "2025").with(officer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		long few = StatementCounter.count();
		assertThat(page.select("tr[id=overview-" + first.baseId() + "] td.targets").text()).contains("1/0", "40/0");
		assertThat(page.select("tr[id=overview-" + first.baseId() + "] td.reports").text())
			.isEqualTo("4 / 0 / 0 / 4");

		for (int i = 0; i < Paging.DEFAULT_SIZE + 4; i++) {
			fixtures.designate("总览批量" + i + "科技有限公司", MENTOUGOU, BaseType.POINT);
		}
		StatementCounter.reset();
		mvc.perform(get("/operation/overview").param("year", "2025").with(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("page=1")));
		long many = StatementCounter.count();
		// more than a page of bases: the next pages are found by reading a few ids ahead, never by counting them all
		assertThat(many).isLessThanOrEqualTo(few + 1).isLessThanOrEqualTo(25);
		assertThat(StatementCounter.statements())
			.noneMatch(sql -> sql.startsWith("select count(") && sql.contains(" from base_profile "));

		// another district's officer and a filter on another district see none of these bases
		Document other = Jsoup.parse(mvc.perform(get("/operation/overview").param("district", MENTOUGOU)
			.with(Principals.role(Role.DISTRICT_OFFICER, PINGGU, null)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(other.select("tr[id=overview-" + first.baseId() + "]")).isEmpty();
		// the municipal bureau filters by district
		Document municipal = Jsoup.parse(mvc.perform(get("/operation/overview").param("district", MENTOUGOU)
			.param("name", "总览甲" + tag)
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(municipal.select("#overviewTable tbody tr[id^=overview-]")).hasSize(1);
		mvc.perform(get("/operation/overview").with(Principals.role(Role.APPLICANT, MENTOUGOU, first.unitId())))
			.andExpect(status().isForbidden());
	}

	@Test
	void theExportStreamsTheFilteredOverviewAsAWorkbook() throws Exception {
		String name = "导出总览" + Long.toString(System.nanoTime(), 36) + "科技有限公司";
		var base = fixtures.designate(name, MENTOUGOU, BaseType.ZONE);
		MvcResult started = mvc.perform(get("/operation/overview.xlsx").param("name", name)
			.param("year", "2025")
			.with(Principals.role(Role.IP_OFFICER, MENTOUGOU, null)))
			.andExpect(request().asyncStarted())
			.andReturn();
		started.getAsyncResult(120_000);
		byte[] body = mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("单位名称");
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(name);
			// designated today: no report of 2025 was owed
			assertThat(sheet.getRow(1).getCell(8).getNumericCellValue()).isZero();
		}
		assertThat(base.baseId()).isPositive();
	}
}
