package cn.tsbase.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

import cn.tsbase.UsccFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.publicnotice.ListPublished;
import cn.tsbase.shared.security.Role;

/**
 * The municipal officer opens the dashboard, chooses a year, sees the charts drawn from their tables, opens the
 * bases behind a figure and downloads a table; the public sees the same base counts without logging in.
 */
class DashboardJourneyTests extends BrowserJourney {

	private static final int YEAR = 2045;
	private static final AtomicLong IDS = new AtomicLong(980_500_000L);

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	/** 昌平区: a district few tests give bases, so its newest base is on the first page of its list. */
	private static final String CHANGPING = "110114";

	@Test
	void theMunicipalOfficerFollowsAFigureToTheBasesAndDownloadsTheTable() throws Exception {
		String unitName = TestPeople.uniqueUnitName();
		String changpingUnit = TestPeople.uniqueUnitName();
		long id = IDS.incrementAndGet();
		long changpingId = IDS.incrementAndGet();
		transactions.executeWithoutResult(tx -> events.publishEvent(new ListPublished(id, 0L, YEAR,
				"京市监发〔" + YEAR + "〕" + id % 1000 + "号", LocalDate.of(YEAR, 7, 1),
				List.of(new ListPublished.Entry(id, id, unitName, UsccFixtures.random("110105"), BaseType.POINT,
						"110105", "SOFTWARE_IT"),
						new ListPublished.Entry(changpingId, changpingId, changpingUnit,
								UsccFixtures.random(CHANGPING), BaseType.POINT, CHANGPING, "SOFTWARE_IT")))));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject(
					"select count(*) from demonstration_base where unit_name = ? or unit_name = ?", Long.class,
					unitName, changpingUnit) == 2);
		var officer = people.official(Role.MUNICIPAL_OFFICER, null, "市局 统计员");
		logInSuccessfully(officer.username(), officer.password(), officer.displayName());

		navLink("统计分析").click();
		assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions()
			.setName("统计分析").setLevel(1))).isVisible();
		assertThat(page.locator("#funnelTable-heading")).containsText(String.valueOf(LocalDate.now().getYear()));
		// a year far ahead, reached by its link, then narrowed to points with the filter
		open("/reporting/dashboard?year=" + YEAR);
		page.locator("#type").selectOption("POINT");
		page.locator("#dashboardFilter button[type=submit]").click();
		// the municipal filter also carries the (empty) district whose bases to show
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*year=" + YEAR + "&type=POINT&district=$"));
		assertThat(page.locator("#funnelTable-heading")).containsText(String.valueOf(YEAR));
		Locator chaoyang = page.locator("#funnelTable tbody tr").filter(new Locator.FilterOptions().setHasText("朝阳区"));
		assertThat(chaoyang.locator("td").last()).hasText("1");
		// each chart is drawn (on a canvas) from the table below it
		assertThat(page.locator("[data-chart-table=funnelTable] canvas")).hasCount(1);
		assertThat(page.locator("[data-chart-table=yearTable] canvas")).hasCount(1);

		Download table = page.waitForDownload(() -> page.locator("#export-years").click());
		org.assertj.core.api.Assertions.assertThat(table.suggestedFilename()).endsWith(".xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(table.path())))) {
			org.assertj.core.api.Assertions.assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("批次年度");
		}

		// a click on 昌平区's bar of the chart of bases by district opens that district's bases
		clickBar("districtTable", "昌平区");
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/bases\\?district=" + CHANGPING + "$"));
		assertThat(page.locator("#district")).hasValue(CHANGPING);
		assertThat(page.locator("#baseTable")).containsText(changpingUnit);
		org.assertj.core.api.Assertions.assertThat(page.locator("#baseTable tbody tr").allInnerTexts())
			.allSatisfy(row -> org.assertj.core.api.Assertions.assertThat(row).contains("昌平区"));
		// the list downloads as Excel with the district chosen
		Download list = page.waitForDownload(() -> page.locator("#exportBases").click());
		org.assertj.core.api.Assertions.assertThat(list.suggestedFilename()).endsWith(".xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(list.path())))) {
			List<String> cells = new java.util.ArrayList<>();
			workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
			org.assertj.core.api.Assertions.assertThat(cells).contains(changpingUnit).doesNotContain(unitName);
		}

		open("/reporting/dashboard?year=" + YEAR);
		page.locator("#yearTable").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
			.setName(String.valueOf(YEAR)).setExact(true)).click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/bases\\?year=" + YEAR + "$"));
		assertThat(page.locator("#baseTable")).containsText(unitName);

		// the trend over the last five years, drawn from its table, which downloads as Excel
		open("/reporting/dashboard");
		page.locator("#trendLink").click();
		assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions()
			.setName("年度趋势").setLevel(1))).isVisible();
		assertThat(page.locator("#trendTable tbody tr")).hasCount(5);
		assertThat(page.locator("[data-chart-table=trendTable] canvas")).hasCount(1);
		Download trend = page.waitForDownload(() -> page.locator("#export-trend").click());
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(trend.path())))) {
			org.assertj.core.api.Assertions.assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("年度");
			org.assertj.core.api.Assertions.assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(5);
		}

		logOut();
		open("/public/bases");
		page.locator("#publicStatisticsLink").click();
		assertThat(page.locator("#yearTable tbody")).containsText(String.valueOf(YEAR));
		assertThat(page.locator("[data-chart-table=districtTable] canvas")).hasCount(1);
	}

	/**
	 * Clicks the bar of a row in the chart drawn from the table: once the chart is drawn, ECharts tells where the
	 * middle of the row's first bar is on its canvas, and the pointer clicks there.
	 */
	private void clickBar(String tableId, String rowLabel) {
		Locator chart = page.locator("[data-chart-table=" + tableId + "]");
		assertThat(chart).hasAttribute("data-chart-drawn", "true");
		@SuppressWarnings("unchecked")
		List<Number> point = (List<Number>) chart.evaluate("""
				(container, label) => {
				  const chart = echarts.getInstanceByDom(container);
				  const option = chart.getOption();
				  const index = option.xAxis[0].data.indexOf(label);
				  if (index < 0) { throw new Error('no bar for ' + label); }
				  const value = option.series[0].data[index];
				  return chart.convertToPixel({ gridIndex: 0 }, [index, value / 2]);
				}""", rowLabel);
		chart.locator("canvas").click(new Locator.ClickOptions()
			.setPosition(point.get(0).doubleValue(), point.get(1).doubleValue()));
	}
}
