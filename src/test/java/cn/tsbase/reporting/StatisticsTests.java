package cn.tsbase.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.UsccFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.publicnotice.ListPublished;
import cn.tsbase.selection.SelectionFixtures;
import cn.tsbase.shared.security.Role;

/**
 * Every figure of the dashboards against a hand-counted fixture of a year no other test uses: the funnel from the
 * declarations to the designated bases, the bases by district, year and industry; a district sees only its own.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsTests {

	private static final int YEAR = 2044;
	private static final String XICHENG = "110102";
	private static final String HAIDIAN = "110108";
	private static final AtomicLong IDS = new AtomicLong(980_400_000L);

	@Autowired
	MockMvc mvc;

	@Autowired
	SelectionFixtures selection;

	@Autowired
	UnitFixtures units;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * 西城: three declared, two recommended and through the pre-review; 海淀: one declared and recommended, waiting for
	 * the pre-review. Then the year's list is published with two points of 西城 and one zone of 海淀.
	 */
	@BeforeAll
	void fixture() {
		selection.passedCandidates(XICHENG, YEAR, BaseType.POINT, "统计西城甲有限公司", "统计西城乙有限公司");
		var call = selection.call(XICHENG, YEAR);
		selection.submitted(call, units.register("统计西城丙有限公司", XICHENG), BaseType.ZONE);
		selection.collectedCandidates(HAIDIAN, YEAR, BaseType.ZONE, List.of("统计海淀丁有限公司"),
				List.of(UnaryOperator.identity()));
		List<ListPublished.Entry> entries = new ArrayList<>();
		entries.add(entry("统计西城甲有限公司", XICHENG, BaseType.POINT));
		entries.add(entry("统计西城乙有限公司", XICHENG, BaseType.POINT));
		entries.add(entry("统计海淀丁有限公司", HAIDIAN, BaseType.ZONE));
		transactions.executeWithoutResult(tx -> events.publishEvent(new ListPublished(IDS.incrementAndGet(), 0L,
				YEAR, "京市监发〔" + YEAR + "〕" + IDS.get() % 1000 + "号", LocalDate.of(YEAR, 7, 1), entries)));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from demonstration_base where batch_year = ?",
					Long.class, YEAR) == 3);
	}

	/** The counts at the path (a filter's single match, or a plain array), as numbers in order. */
	private static org.springframework.test.web.servlet.ResultMatcher counts(String path, long... expected) {
		return result -> {
			Object found = com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), path);
			List<?> values = (List<?>) found;
			if (!values.isEmpty() && values.get(0) instanceof List<?> single) {
				values = single;
			}
			assertThat(values.stream().map(v -> ((Number) v).longValue()).toList()).as(path)
				.containsExactly(java.util.Arrays.stream(expected).boxed().toArray(Long[]::new));
		};
	}

	private static ListPublished.Entry entry(String name, String district, BaseType type) {
		long id = IDS.incrementAndGet();
		return new ListPublished.Entry(id, id, name, UsccFixtures.random(district), type, district, "SOFTWARE_IT");
	}

	@Test
	void theMunicipalFunnelCountsEachStageByDistrict() throws Exception {
		mvc.perform(get("/api/v1/statistics/funnel").param("year", String.valueOf(YEAR))
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stages[0]").value("SUBMITTED"))
			.andExpect(counts("$.rows[?(@.code == '110102')].counts", 3, 2, 2, 0, 0, 0, 2))
			.andExpect(counts("$.rows[?(@.code == '110108')].counts", 1, 1, 0, 0, 0, 0, 1))
			.andExpect(counts("$.total.counts", 4, 3, 2, 0, 0, 0, 3));
	}

	@Test
	void aBaseTypeNarrowsTheFunnel() throws Exception {
		mvc.perform(get("/api/v1/statistics/funnel").param("year", String.valueOf(YEAR))
			.param("type", "ZONE")
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(status().isOk())
			.andExpect(counts("$.rows[?(@.code == '110102')].counts", 1, 0, 0, 0, 0, 0, 0))
			.andExpect(counts("$.total.counts", 2, 1, 0, 0, 0, 0, 1));
	}

	@Test
	void aDistrictSeesItsOwnFiguresOnly() throws Exception {
		mvc.perform(get("/api/v1/statistics/funnel").param("year", String.valueOf(YEAR))
			.with(Principals.role(Role.DISTRICT_OFFICER, HAIDIAN, null)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows.length()").value(1))
			.andExpect(jsonPath("$.rows[0].code").value(HAIDIAN))
			.andExpect(counts("$.total.counts", 1, 1, 0, 0, 0, 0, 1));
		mvc.perform(get("/api/v1/statistics/bases").with(Principals.role(Role.IP_OFFICER, HAIDIAN, null)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.byDistrict.length()").value(1))
			.andExpect(counts("$.byYear[?(@.code == '2044')].counts", 0, 1, 0));
	}

	@Test
	void basesAreCountedByYearAsPointsAndZones() throws Exception {
		mvc.perform(get("/api/v1/statistics/bases").with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(status().isOk())
			.andExpect(counts("$.byYear[?(@.code == '2044')].counts", 2, 1, 0));
	}

	@Test
	void theDashboardShowsTheTablesBehindItsCharts() throws Exception {
		String page = mvc.perform(get("/reporting/dashboard").param("year", String.valueOf(YEAR))
			.with(Principals.role(Role.DISTRICT_OFFICER, XICHENG, null)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"funnelTable\"", "data-chart-table=\"funnelTable\"", "id=\"yearTable\"",
				"/bases?district=110102&amp;year=2044", "echarts.min.js")
			.doesNotContain("/bases?district=110108");
	}

	@Test
	void aTableDownloadsAsExcelWithinTheScopeAndIsAudited() throws Exception {
		byte[] workbook = mvc.perform(get("/reporting/dashboard/export.xlsx").param("table", "funnel")
			.param("year", String.valueOf(YEAR))
			.with(Principals.role(Role.DISTRICT_OFFICER, XICHENG, null)))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("申报");
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			Row xicheng = sheet.getRow(1);
			assertThat(xicheng.getCell(0).getStringCellValue()).isEqualTo("西城区");
			assertThat(xicheng.getCell(1).getNumericCellValue()).isEqualTo(3);
			assertThat(xicheng.getCell(7).getNumericCellValue()).isEqualTo(2);
		}
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where event = 'STATISTICS_EXPORTED'",
					Long.class) > 0);
	}

	@Test
	void anUnknownTableOrYearIsABadRequestNotAnError() throws Exception {
		mvc.perform(get("/reporting/dashboard/export.xlsx").param("table", "secrets")
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))).andExpect(status().isNotFound());
		mvc.perform(get("/reporting/dashboard").param("year", "1900")
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))).andExpect(status().isBadRequest());
		mvc.perform(get("/reporting/dashboard").param("year", "abc")
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))).andExpect(status().isBadRequest());
	}

	@Test
	void thePublicStatisticsNeedNoLoginAndAreCached() throws Exception {
		String page = mvc.perform(get("/public/statistics"))
			.andExpect(status().isOk())
			.andExpect(header().exists("ETag"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"yearTable\"", "/public/bases?year=2044").doesNotContain("_csrf");
		mvc.perform(get("/api/v1/public/statistics"))
			.andExpect(status().isOk())
			.andExpect(counts("$.byYear[?(@.code == '2044')].counts", 2, 1, 0));
	}
}
