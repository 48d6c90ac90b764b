package cn.tsbase.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import cn.tsbase.evaluation.PilotFixtures;
import cn.tsbase.shared.security.Role;

/**
 * The national pilot (全国试点) in the browser. From a year's published evaluation results the bureau builds the
 * district's dossier and writes its reason; the district compiles it (work plan, statement) and submits it after
 * confirming; the bureau scores it, ranks the year's dossiers and issues the recommendation letter (推荐函); on the
 * district's pilot page it records the national bureau's approval (已获批) and the start of the pilot; the district
 * files its half-yearly progress report with figures, and the bureau accepts it.
 */
class PilotJourneyTests extends BrowserJourney {

	static final String MENTOUGOU = "110109";

	@Autowired
	PilotFixtures pilots;

	@Test
	void theDistrictCompilesItsDossierTheBureauRecommendsItAndTheDistrictReportsOnItsPilot() {
		List<String> confirmations = new ArrayList<>();
		page.onDialog(dialog -> {
			confirmations.add(dialog.message());
			dialog.accept();
		});
		// a year of the past, so that the half-year after it has begun; the report form takes years from 2000
		int year = ThreadLocalRandom.current().nextInt(2000, 2024);
		pilots.published(MENTOUGOU, year);
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		TestPeople.Person district = people.districtOfficer(MENTOUGOU, "门头沟区 试点专员" + suffix);
		TestPeople.Person bureau = people.official(Role.MUNICIPAL_OFFICER, null, "市局 试点处" + suffix);
		String today = LocalDate.now().toString();
		String letterNumber = "京市监函〔" + year + "〕" + suffix;

		// the bureau builds the district's dossier of the year and writes its reason
		logInSuccessfully(bureau.username(), bureau.password(), bureau.displayName());
		open("/evaluation/pilot-dossiers");
		page.locator("#pilotYear").selectOption(String.valueOf(year));
		page.locator("#pilotDistrict").selectOption(MENTOUGOU);
		page.locator("#pilotBuildForm button[type=submit]").click();
		assertThat(successAlert()).containsText("推荐材料已建立");
		assertThat(page.locator("#pilotStatus")).hasText("草稿");
		String dossierUrl = page.url();
		page.locator("#pilotReasonForm textarea").fill("门头沟区生态涵养区企业保护意识提升快，具备试点条件。");
		page.locator("#pilotReasonForm button[type=submit]").click();
		assertThat(successAlert()).containsText("推荐理由已保存");
		logOut();

		// the district compiles the dossier and submits it, confirming first
		logInSuccessfully(district.username(), district.password(), district.displayName());
		page.navigate(dossierUrl);
		assertThat(page.locator("#pilotReason")).containsText("具备试点条件");
		page.locator("#pilotWorkPlanForm textarea").fill("一、总体目标：建立覆盖重点园区的商业秘密保护服务体系。");
		page.locator("#pilotWorkPlanForm button[type=submit]").click();
		assertThat(successAlert()).containsText("工作方案已保存");
		assertThat(page.locator("#pilotWorkPlanText")).containsText("总体目标");
		page.locator("#pilotStatementForm textarea").fill("门头沟区申请开展全国商业秘密保护创新试点。");
		page.locator("#pilotStatementForm button[type=submit]").click();
		assertThat(successAlert()).containsText("申报说明已保存");
		page.locator("#pilotSubmitForm button[type=submit]").click();
		assertThat(successAlert()).containsText("推荐材料已提交市局");
		assertThat(page.locator("#pilotStatus")).hasText("已提交市局");
		assertThat(page.locator("#pilotSubmitForm")).hasCount(0);
		assertThat(confirmations).hasSize(1);
		logOut();

		// the bureau scores the dossier, ranks the year's dossiers and issues the letter, confirming first
		logInSuccessfully(bureau.username(), bureau.password(), bureau.displayName());
		page.navigate(dossierUrl);
		String[] scores = { "18", "17", "16.5", "18", "15" };
		for (int i = 0; i < scores.length; i++) {
			page.locator("#score_P" + (i + 1)).fill(scores[i]);
		}
		page.locator("#comment_P1").fill("方案具体可行");
		page.locator("#pilotScoreForm button[type=submit]").click();
		assertThat(successAlert()).containsText("评审打分已保存");
		assertThat(page.locator("#pilotTotal")).hasText("84.5");
		open("/evaluation/pilot-dossiers/ranking?year=" + year);
		Locator row = page.locator("#pilotRanking tbody tr").filter(new Locator.FilterOptions().setHasText("门头沟区"));
		assertThat(row).containsText("84.5");
		check(row.locator("input[name=dossierIds]"));
		page.locator("#pilotLetterForm #documentNumber").fill(letterNumber);
		page.locator("#pilotLetterForm #issuedOn").fill(today);
		page.locator("#pilotLetterForm button[type=submit]").click();
		assertThat(successAlert()).containsText("推荐函已出具");
		assertThat(page.locator("#pilotLetter")).containsText(letterNumber);
		assertThat(confirmations).hasSize(2);

		// the bureau records the national bureau's approval, then the start of the pilot
		open("/evaluation/pilots");
		page.locator("#districtPilotTable tr").filter(new Locator.FilterOptions().setHasText(letterNumber))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("门头沟区"))
			.click();
		assertThat(page.locator("#pilotStage")).hasText("已推荐");
		String pilotUrl = page.url();
		recordStage("APPROVED", today, "国市监竞争函〔" + year + "〕" + suffix);
		assertThat(page.locator("#pilotStage")).hasText("已获批");
		assertThat(page.locator("#pilotSteps")).containsText("国市监竞争函〔" + year + "〕" + suffix);
		recordStage("IN_PILOT", today, "门政发〔" + year + "〕" + suffix);
		assertThat(page.locator("#pilotStage")).hasText("试点中");
		logOut();

		// the district files its report of the first half-year after the pilot's year
		logInSuccessfully(district.username(), district.password(), district.displayName());
		page.navigate(pilotUrl);
		assertThat(page.locator("#pilotStage")).hasText("试点中");
		page.locator("#pilotReportForm #year").fill(String.valueOf(year + 1));
		page.locator("#pilotReportForm #half").selectOption(new SelectOption().setValue("1"));
		page.locator("#pilotReportForm #content").fill("上半年举办培训四场，走访园区企业三十家。");
		page.locator("#pilotReportForm #trainings").fill("4");
		page.locator("#pilotReportForm #peopleTrained").fill("310");
		page.locator("#pilotReportForm #firmsVisited").fill("30");
		page.locator("#pilotReportForm #institutionalResults").fill("1");
		page.locator("#pilotReportForm #casesHandled").fill("2");
		page.locator("#pilotReportForm button[type=submit]").click();
		assertThat(successAlert()).containsText("进展报告已报送市局");
		Locator report = page.locator("article[id^=report]").filter(new Locator.FilterOptions()
			.setHasText("走访园区企业三十家"));
		assertThat(report).containsText("待市局审核");
		assertThat(report).containsText("310");
		logOut();

		// the bureau accepts it
		logInSuccessfully(bureau.username(), bureau.password(), bureau.displayName());
		page.navigate(pilotUrl);
		report.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("审核通过").setExact(true)).click();
		assertThat(successAlert()).containsText("进展报告已审核通过");
		assertThat(report).containsText("已通过");
		assertThat(report.getByRole(AriaRole.BUTTON)).hasCount(0);
	}

	private void recordStage(String stage, String on, String documentNumber) {
		page.locator("#pilotStageForm #stage").selectOption(stage);
		page.locator("#pilotStageForm #on").fill(on);
		page.locator("#pilotStageForm #documentNumber").fill(documentNumber);
		page.locator("#pilotStageForm button[type=submit]").click();
		assertThat(successAlert()).containsText("试点状态已记录");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
	}
}
