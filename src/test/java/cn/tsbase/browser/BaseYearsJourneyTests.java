package cn.tsbase.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import cn.tsbase.evaluation.GradedBases;

/**
 * A base's year-over-year page in the browser: the district officer opens it for a base graded in a published round;
 * ECharts draws the score chart and the operation chart from their tables (a canvas each), and the page has no
 * serious axe-core violation.
 */
class BaseYearsJourneyTests extends BrowserJourney {

	static final String CHAOYANG = "110105";

	@Autowired
	ApplicationContext context;

	@Test
	void theDistrictOpensABasesYearsAndSeesTheChartsDrawnFromTheTables() {
		page.context().addInitScript(Axe.SOURCE);
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		TestPeople.Person district = people.districtOfficer(CHAOYANG, "朝阳区 历年图表" + suffix);
		TestPeople.UnitHolder unit = people.registeredUnit(CHAOYANG);
		long unitId = organizationService.findByUscc(unit.uscc()).orElseThrow().id();
		long baseId = GradedBases.of(context).failed(unitId, unit.unitName(), unit.uscc(), CHAOYANG);

		logInSuccessfully(district.username(), district.password(), district.displayName());
		open("/evaluation/bases/" + baseId + "/history");
		assertThat(page.locator("h1")).containsText(unit.unitName());
		assertThat(page.locator("#yearsScores tbody tr")).hasCount(1);
		assertThat(page.locator("#yearsScores tbody tr").first()).containsText("不合格");
		// the charts are drawn (canvas) from the tables, which stay on the page
		assertThat(page.locator("[data-chart-table=yearsScores][data-chart-drawn=true] canvas")).hasCount(1);
		assertThat(page.locator("[data-chart-table=yearsOperation][data-chart-drawn=true] canvas")).hasCount(1);
		assertThat(page.locator("#yearsExport")).hasAttribute("href", "/evaluation/bases/" + baseId + "/history.xlsx");
		waitUntilLaidOut();
		org.assertj.core.api.Assertions.assertThat(Axe.seriousViolations(page)).as("the year-over-year page").isEmpty();
	}
}
