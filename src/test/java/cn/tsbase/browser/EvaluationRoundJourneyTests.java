package cn.tsbase.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

import cn.tsbase.evaluation.GradedBases;
import cn.tsbase.shared.security.Role;

/**
 * The year's evaluation in the browser, from the opening to the published grade. The municipal bureau opens the
 * round over the bases designated before a date (one base here); the base self-evaluates, sees the platform's figure
 * beside the indicators that have one (its plan of the year, accepted) and notes where it disagrees; the district asks
 * for a supplement, the base submits again, the district scores every indicator and proposes; the bureau applies the
 * grade lines and the 优秀 cap and publishes under a document number; the base reads its grade.
 */
class EvaluationRoundJourneyTests extends BrowserJourney {

	static final String DONGCHENG = "110101";

	/** The round's year: one of its own, posted through the form (which takes years up to 2100). */
	static final int YEAR = 2054;

	@Autowired
	ApplicationContext context;

	@Test
	void theBureauOpensTheRoundTheBaseSelfEvaluatesTheDistrictScoresAndTheBureauPublishes() {
		List<String> confirmations = new ArrayList<>();
		page.onDialog(dialog -> {
			confirmations.add(dialog.message());
			dialog.accept();
		});
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		TestPeople.Person district = people.districtOfficer(DONGCHENG, "东城区 评估员" + suffix);
		TestPeople.Person bureau = people.official(Role.MUNICIPAL_OFFICER, null, "市局 评估组" + suffix);
		TestPeople.UnitHolder unit = people.registeredUnit(DONGCHENG);
		long unitId = organizationService.findByUscc(unit.uscc()).orElseThrow().id();
		GradedBases.ReadyForRound base = GradedBases.of(context)
			.readyForRound(unitId, unit.unitName(), unit.uscc(), DONGCHENG, YEAR);
		String year = String.valueOf(base.year());

		// the bureau opens the year's round over the bases designated before the day after this base's designation
		logInSuccessfully(bureau.username(), bureau.password(), bureau.displayName());
		open("/evaluation/rounds");
		page.locator("#year").fill(year);
		page.locator("#designatedBefore").fill(base.documentDate().plusDays(1).toString());
		page.locator("#selfDeadline").fill(year + "-06-30");
		page.locator("#districtDeadline").fill(year + "-08-31");
		// the systems offered are the current year's: sent once with another year, the form offers that year's
		page.locator("#openRound").click();
		assertThat(page.locator("#pointSystemId")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
		selectTheSystemOfTheYear("#pointSystemId", year);
		selectTheSystemOfTheYear("#zoneSystemId", year);
		page.locator("#openRound").click();
		assertThat(successAlert()).containsText("已启动年度评估");
		assertThat(page.locator("#roundStatus")).hasText("进行中");
		assertThat(page.locator("#evaluationTable")).containsText(unit.unitName());
		String roundUrl = page.url();
		logOut();

		// the base self-evaluates with the platform's figures beside the indicators, notes one, saves and submits
		logInSuccessfully(unit.username(), unit.password(), unit.contactPerson());
		openEvaluationOf(unit);
		assertThat(page.locator("#evaluationStatus")).hasText("待自评");
		assertThat(page.locator("#selfForm")).containsText("平台数据（年度计划提交并受理）：本年度计划已提交并经区局受理");
		assertThat(page.locator("#selfForm")).containsText("平台数据（泄密事件报告与处置）：本年度未报告泄密事件");
		fillAll("#selfForm input[id^=score_]", "3");
		page.locator("#text_S4").fill("年度计划已按期编制并报区局受理。");
		page.locator("#figureNote_S5").fill("第一季度联络报告已通过邮件报送，平台未记录。");
		page.locator("#saveSelf").click();
		assertThat(successAlert()).containsText("自评已保存");
		page.locator("#submitSelf").click();
		assertThat(successAlert()).containsText("自评已提交区局");
		assertThat(page.locator("#evaluationStatus")).hasText("已提交自评，待区局评分");
		String evaluationUrl = page.url();
		logOut();

		// the district reads the note beside the figure and asks for a supplement within five working days
		logInSuccessfully(district.username(), district.password(), district.displayName());
		page.navigate(evaluationUrl);
		assertThat(page.locator("#scoreForm")).containsText("单位对平台数据的说明：第一季度联络报告已通过邮件报送，平台未记录。");
		page.locator("#reason").fill("请补充第一季度联络报告的报送记录。");
		page.locator("#requestSupplement").click();
		assertThat(successAlert()).containsText("已要求基地补正");
		assertThat(page.locator("#evaluationStatus")).hasText("待补正");
		logOut();

		// the base reads the request, answers and submits again
		logInSuccessfully(unit.username(), unit.password(), unit.contactPerson());
		page.navigate(evaluationUrl);
		assertThat(page.locator("#supplementNotice")).containsText("请补充第一季度联络报告的报送记录。");
		page.locator("#text_S5").fill("已补充第一季度联络报告的邮件报送记录。");
		page.locator("#saveSelf").click();
		assertThat(successAlert()).containsText("自评已保存");
		page.locator("#submitSelf").click();
		assertThat(page.locator("#evaluationStatus")).hasText("已提交自评，待区局评分");
		logOut();

		// the district scores every indicator (4 of each: 80 points) and proposes the grade
		logInSuccessfully(district.username(), district.password(), district.displayName());
		page.navigate(evaluationUrl);
		fillAll("#scoreForm input[id^=score_]", "4");
		page.locator("#comment_S5").fill("联络报告已补正。");
		page.locator("#saveScores").click();
		assertThat(successAlert()).containsText("评分已保存");
		page.locator("#propose").click();
		assertThat(successAlert()).containsText("已提出建议等次");
		assertThat(page.locator("#evaluationStatus")).hasText("区局已提出等次，待市局审核");
		logOut();

		// the bureau applies the grade lines and the cap, then publishes under a document number
		logInSuccessfully(bureau.username(), bureau.password(), bureau.displayName());
		page.navigate(roundUrl);
		page.locator("#applyCap").click();
		assertThat(successAlert()).containsText("已按分数线和优秀比例核定等次");
		assertThat(page.locator("#evaluationTable")).containsText("良好");
		page.locator("#documentNumber").fill("京市监发〔" + year + "〕21号");
		page.locator("#publishRound").click();
		assertThat(successAlert()).containsText("评估结果已发布");
		assertThat(page.locator("#roundStatus")).hasText("已发布结果");
		logOut();

		// the base reads its grade and the total
		logInSuccessfully(unit.username(), unit.password(), unit.contactPerson());
		page.navigate(evaluationUrl);
		assertThat(page.locator("#evaluationStatus")).hasText("结果已发布");
		assertThat(page.locator("#finalGrade")).hasText("良好");
		assertThat(page.locator("#finalTotal")).hasText("80.0");

		// every irreversible step asked first: opening (twice, the first refused), submitting twice, proposing,
		// publishing
		assertThat(confirmations).hasSize(6);
		problems.assertNone();
	}

	private void selectTheSystemOfTheYear(String select, String year) {
		Locator option = page.locator(select + " option").filter(new Locator.FilterOptions().setHasText(year));
		assertThat(option.first()).isAttached();
		page.locator(select).selectOption(option.first().getAttribute("value"));
	}

	private void fillAll(String selector, String value) {
		Locator inputs = page.locator(selector);
		assertThat(inputs.first()).isVisible();
		for (int i = 0; i < inputs.count(); i++) {
			inputs.nth(i).fill(value);
		}
	}

	private void openEvaluationOf(TestPeople.UnitHolder unit) {
		open("/evaluation/evaluations");
		page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName(unit.unitName()))
			.first()
			.click();
	}
}
