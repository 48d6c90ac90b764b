package cn.tsbase.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.StatementCounter;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.selection.SelectionFixtures;
import cn.tsbase.shared.security.Role;

/**
 * The trend over a range of years: each year's row is that year's funnel total, inside the caller's scope and for
 * the chosen type. A hand-counted fixture in two years no other test uses moves exactly the counts it should (the
 * difference before and after, so a database an earlier run filled still checks); the table downloads as Excel with
 * the same figures; a range backwards, too long or not a year is refused.
 */
@IntegrationTest
class TrendTests {

	private static final int FIRST = 2051;
	private static final int SECOND = 2052;
	private static final String XICHENG = "110102";
	private static final String HAIDIAN = "110108";

	@Autowired
	MockMvc mvc;

	@Autowired
	SelectionFixtures selection;

	private static RequestPostProcessor bureau() {
		return Principals.role(Role.MUNICIPAL_OFFICER, null, null);
	}

	private static RequestPostProcessor district(String code) {
		return Principals.role(Role.DISTRICT_OFFICER, code, null);
	}

	/** The trend table's rows, each its year then its counts. */
	private List<List<Long>> rows(RequestPostProcessor who, String type) throws Exception {
		Document page = Jsoup.parse(mvc.perform(get("/reporting/trends").param("from", String.valueOf(FIRST))
			.param("to", String.valueOf(SECOND))
			.param("type", type)
			.with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		List<List<Long>> rows = new ArrayList<>();
		for (Element row : page.select("#trendTable tbody tr")) {
			List<Long> cells = new ArrayList<>();
			for (Element cell : row.select("th, td")) {
				cells.add(Long.parseLong(cell.text().trim()));
			}
			rows.add(cells);
		}
		return rows;
	}

	private static List<Long> difference(List<Long> after, List<Long> before) {
		List<Long> difference = new ArrayList<>();
		for (int i = 1; i < after.size(); i++) {
			difference.add(after.get(i) - before.get(i));
		}
		return difference;
	}

	@Test
	void eachYearsRowIsThatYearsFunnelTotalInsideTheScope() throws Exception {
		List<List<Long>> all = rows(bureau(), "");
		List<List<Long>> haidian = rows(district(HAIDIAN), "");
		List<List<Long>> zones = rows(bureau(), "ZONE");
		String run = UUID.randomUUID().toString().substring(0, 6);
		selection.passedCandidates(XICHENG, FIRST, BaseType.POINT, "趋势西城甲" + run + "有限公司",
				"趋势西城乙" + run + "有限公司");
		selection.passedCandidates(HAIDIAN, SECOND, BaseType.ZONE, "趋势海淀丙" + run + "有限公司");

		List<List<Long>> allAfter = rows(bureau(), "");
		assertThat(allAfter).extracting(row -> row.get(0)).containsExactly((long) FIRST, (long) SECOND);
		// 申报, 推荐, 预审通过 move; 专家评审 … 发文 do not
		assertThat(difference(allAfter.get(0), all.get(0))).containsExactly(2L, 2L, 2L, 0L, 0L, 0L, 0L);
		assertThat(difference(allAfter.get(1), all.get(1))).containsExactly(1L, 1L, 1L, 0L, 0L, 0L, 0L);
		List<List<Long>> haidianAfter = rows(district(HAIDIAN), "");
		assertThat(difference(haidianAfter.get(0), haidian.get(0))).containsOnly(0L);
		assertThat(difference(haidianAfter.get(1), haidian.get(1))).containsExactly(1L, 1L, 1L, 0L, 0L, 0L, 0L);
		List<List<Long>> zonesAfter = rows(bureau(), "ZONE");
		assertThat(difference(zonesAfter.get(0), zones.get(0))).containsOnly(0L);
		assertThat(difference(zonesAfter.get(1), zones.get(1))).containsExactly(1L, 1L, 1L, 0L, 0L, 0L, 0L);

		byte[] file = mvc.perform(get("/reporting/trends/export.xlsx").param("from", String.valueOf(FIRST))
			.param("to", String.valueOf(SECOND))
			.with(bureau())).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("年度");
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("申报");
			for (int r = 0; r < 2; r++) {
				assertThat(sheet.getRow(r + 1).getCell(0).getStringCellValue()).isEqualTo(String.valueOf(FIRST + r));
				for (int c = 1; c <= 7; c++) {
					assertThat((long) sheet.getRow(r + 1).getCell(c).getNumericCellValue())
						.isGreaterThanOrEqualTo(allAfter.get(r).get(c));
				}
			}
		}
	}

	/** The statements of one view of the trend page over the range, after a first view that filled the caches. */
	private long statementsOfTrend(int from, int to, RequestPostProcessor who) throws Exception {
		mvc.perform(get("/reporting/trends").param("from", String.valueOf(from)).param("to", String.valueOf(to))
			.with(who)).andExpect(status().isOk());
		StatementCounter.reset();
		mvc.perform(get("/reporting/trends").param("from", String.valueOf(from)).param("to", String.valueOf(to))
			.with(who)).andExpect(status().isOk());
		return StatementCounter.count();
	}

	@Test
	void aTrendOfTenYearsSendsAsManyStatementsAsATrendOfOneYear() throws Exception {
		long oneYear = statementsOfTrend(FIRST, FIRST, bureau());
		long tenYears = statementsOfTrend(FIRST - 8, SECOND, bureau());
		assertThat(tenYears).as("statements of a ten-year trend").isEqualTo(oneYear).isLessThanOrEqualTo(10);
		assertThat(statementsOfTrend(FIRST - 8, SECOND, district(XICHENG))).as("a district's ten-year trend")
			.isLessThanOrEqualTo(10);
	}

	@Test
	void aRangeBackwardsTooLongOrNotAYearIsRefused() throws Exception {
		mvc.perform(get("/reporting/trends").param("from", "2052").param("to", "2051").with(bureau()))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/reporting/trends").param("from", "2030").param("to", "2052").with(bureau()))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/reporting/trends").param("from", "1999").with(bureau())).andExpect(status().isBadRequest());
		mvc.perform(get("/reporting/trends/export.xlsx").param("to", "abc").with(bureau()))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/reporting/trends").with(district(XICHENG))).andExpect(status().isOk());
	}
}
