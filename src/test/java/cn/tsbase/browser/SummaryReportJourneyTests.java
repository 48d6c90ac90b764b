package cn.tsbase.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

import cn.tsbase.shared.security.Role;

/**
 * The district bureau files its annual summary report (年度工作总结) to the municipal bureau, which finds it among
 * the districts' reports of the year, accepts it and downloads it as a Word document in the form of an official report.
 */
class SummaryReportJourneyTests extends BrowserJourney {

	/** 大兴区, for a year no other test files a summary in. */
	private static final String DAXING = "110115";
	private static final int YEAR = 2047;

	@Autowired
	JdbcTemplate jdbc;

	/** Opens 工作报送 → 年度工作总结 from the navigation bar, once the deferred scripts (Bootstrap's dropdown) run. */
	private void openSummaries() {
		page.waitForLoadState(LoadState.LOAD);
		page.locator("#nav-filing").click();
		page.locator("nav.navbar [aria-labelledby=nav-filing]")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("年度工作总结").setExact(true))
			.click();
		assertThat(page).hasURL(Pattern.compile(".*/reporting/summaries$"));
	}

	@Test
	void theDistrictFilesItsSummaryAndTheBureauDownloadsItAsWord() throws Exception {
		// one report per district and year: a report an earlier run on this database left goes first
		jdbc.update("delete from summary_report where district_code = ? and report_year = ?", DAXING, YEAR);
		page.onDialog(dialog -> dialog.accept());
		String workDone = "全年走访示范基地" + TestPeople.uniqueUsername("w") + "家次，开展培训四场。";
		var district = people.districtOfficer(DAXING, "大兴 区局");
		logInSuccessfully(district.username(), district.password(), district.displayName());

		openSummaries();
		page.locator("#writeSummary").click();
		page.locator("#year").fill(String.valueOf(YEAR));
		page.locator("#workDone").fill(workDone);
		page.locator("#experience").fill("建立区级商业秘密保护联络员制度。");
		page.locator("#problems").fill("部分基地制度落实不到位。");
		page.locator("#suggestions").fill("建议市局组织专题培训。");
		page.locator("#saveSummary").click();
		assertThat(successAlert()).containsText("年度工作总结已保存");
		assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions()
			.setName("大兴区" + YEAR + "年度工作总结").setLevel(1))).isVisible();
		assertThat(page.locator("#summaryStatus")).hasText("草稿");
		page.locator("#submitSummaryButton").click();
		assertThat(successAlert()).containsText("已报送市市场监管局");
		assertThat(page.locator("#summaryStatus")).hasText("已报送");
		assertThat(page.locator("#summaryForm")).hasCount(0);
		logOut();

		var bureau = people.official(Role.MUNICIPAL_OFFICER, null, "市局 综合处");
		logInSuccessfully(bureau.username(), bureau.password(), bureau.displayName());
		openSummaries();
		page.locator("#summaryFilter #year").fill(String.valueOf(YEAR));
		page.locator("#summaryFilter #district").selectOption(DAXING);
		page.locator("#summaryFilter button[type=submit]").click();
		Locator row = page.locator("#summaryTable tbody tr").filter(new Locator.FilterOptions().setHasText("大兴区"));
		assertThat(row).hasCount(1);
		assertThat(row.locator(".status")).hasText("已报送");
		row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(String.valueOf(YEAR))).click();
		assertThat(page.locator("#summaryTexts")).containsText(workDone);
		page.locator("#acceptSummary").click();
		assertThat(successAlert()).containsText("年度工作总结已采纳");
		assertThat(page.locator("#summaryStatus")).hasText("已采纳");

		Download word = page.waitForDownload(() -> page.locator("#downloadWord").click());
		org.assertj.core.api.Assertions.assertThat(word.suggestedFilename()).endsWith(".docx").contains("大兴区");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(word.path())));
				XWPFWordExtractor text = new XWPFWordExtractor(document)) {
			org.assertj.core.api.Assertions.assertThat(text.getText())
				.contains("大兴区商业秘密保护示范基地建设" + YEAR + "年度工作总结")
				.contains("经验做法")
				.contains(workDone)
				.contains("建议市局组织专题培训。");
		}
	}
}
