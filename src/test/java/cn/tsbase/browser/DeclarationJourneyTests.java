package cn.tsbase.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import cn.tsbase.shared.security.Role;

/**
 * Stages 1–3 of the procedure in the browser: the district publishes a call, a unit fills and submits a point
 * declaration, the district returns it, the unit corrects and resubmits, the IP office comments, the district scores
 * and recommends, finalises the list and downloads the 推荐函.
 */
class DeclarationJourneyTests extends BrowserJourney {

	@Test
	void aPointDeclarationGoesFromTheCallToTheRecommendationLetter() throws Exception {
		page.onDialog(dialog -> dialog.accept());
		TestPeople.Person officer = people.districtOfficer("110102", "西城区 审核员");
		TestPeople.Person ipOfficer = people.official(Role.IP_OFFICER, "110102", "西城区知识产权局 会审员");
		TestPeople.UnitHolder unit = people.registeredUnit("110102");
		String callTitle = "西城区示范基地申报" + UUID.randomUUID().toString().substring(0, 6);

		// the district publishes a call
		logInSuccessfully(officer.username(), officer.password(), officer.displayName());
		navLink("申报通知").click();
		page.locator("#newCall").click();
		page.getByLabel("通知标题").fill(callTitle);
		page.locator("#requirements").fill("请提交申报表及证明材料。\n\n截止时间前提交。");
		page.locator("#opensAt").fill("2026-01-01T09:00");
		page.locator("#closesAt").fill("2099-06-30T17:00");
		page.locator("#publishCall").click();
		assertThat(page.locator("#callTitle")).hasText(callTitle);
		logOut();

		// the unit fills a point declaration and submits it
		logInSuccessfully(unit.username(), unit.password(), unit.contactPerson());
		navLink("申报").click();
		page.locator("form:has(input[value='POINT']) button").first().click();
		assertThat(successAlert()).containsText("已开始申报");
		assertThat(page.locator("#unitName")).hasValue(unit.unitName());
		page.locator("#sectionProgress").getByText("建设标准").click();
		page.locator("#leaderName").fill("赵总");
		page.locator("#officeDepartment").fill("法务合规部");
		page.locator("#rules").fill("《商业秘密保护管理办法》");
		page.locator("#emergencyPlan").fill("《商业秘密泄露事件应急处置预案》");
		page.locator("#annualPlan").fill("全年开展培训四次，完成定密和台账建设。");
		page.locator("#liaisonName").fill("钱联络");
		page.locator("#liaisonPhone").fill("13800138888");
		page.locator("#saveSection").click();
		assertThat(successAlert()).containsText("草稿已保存");
		java.nio.file.Path evidence = java.nio.file.Files.createTempDirectory("evidence").resolve("商业秘密管理制度.pdf");
		java.nio.file.Files.write(evidence, cn.tsbase.attachment.SampleFiles.pdf("管理制度"));
		page.locator("#evidenceFile").setInputFiles(evidence);
		page.locator("#uploadEvidence").click();
		assertThat(page.locator("#evidenceList")).containsText("商业秘密管理制度.pdf");
		page.locator("#sectionProgress").getByText("保护工作开展情况").click();
		for (int i = 1; i <= 12; i++) {
			page.locator("#element" + i).fill("第" + i + "项：已建立制度并执行，留有记录。");
		}
		saveSection();
		page.locator("#sectionProgress").getByText("核心秘密与风险").click();
		page.locator("#technicalSecrets").fill("核心算法与源代码");
		page.locator("#positions").fill("研发岗、产品岗");
		page.locator("#training").fill("2026 年 3 月全员培训");
		check(page.locator("#guidanceYes"));
		saveSection();
		page.locator("#sectionProgress").getByText("概览与提交").click();
		assertThat(page.locator("#completenessOk")).isVisible();
		page.locator("#signer").fill("赵刚");
		check(page.locator("#confirmed"));
		page.locator("#submitDeclaration").click();
		assertThat(successAlert()).containsText("申报已提交");
		assertThat(page.locator("#historyTable")).containsText("提交");
		String declarationUrl = page.url();
		logOut();

		// the district returns it for correction
		logInSuccessfully(officer.username(), officer.password(), officer.displayName());
		navLink("审核推荐").click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(unit.unitName())).click();
		assertThat(page.locator("#declarationContent")).containsText("核心算法与源代码");
		assertThat(page.locator("#content-evidence")).containsText("商业秘密管理制度.pdf");
		page.locator("#reason-STANDARDS").fill("请补充管理部门专职人员情况。");
		page.locator("#returnDeclaration").click();
		assertThat(successAlert()).containsText("已退回补正");
		logOut();

		// the unit sees the reason beside the section, corrects and resubmits
		logInSuccessfully(unit.username(), unit.password(), unit.contactPerson());
		page.navigate(declarationUrl);
		assertThat(page.locator("#returnReasons")).containsText("请补充管理部门专职人员情况。");
		page.locator("#returnReasons").getByText("建设标准").click();
		assertThat(page.locator("#returnReason")).containsText("请补充管理部门专职人员情况。");
		page.locator("#fullTimeStaff").fill("3");
		saveSection();
		page.locator("#sectionProgress").getByText("概览与提交").click();
		page.locator("#signer").fill("赵刚");
		check(page.locator("#confirmed"));
		page.locator("#submitDeclaration").click();
		assertThat(page.locator("#historyTable")).containsText("重新提交");
		// resubmitted, the declaration no longer asks to be corrected (the reasons stay in the history)
		assertThat(page.locator("#returnReasons")).hasCount(0);
		logOut();

		// the district IP office adds a co-review comment
		logInSuccessfully(ipOfficer.username(), ipOfficer.password(), ipOfficer.displayName());
		navLink("审核推荐").click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(unit.unitName())).click();
		assertThat(page.locator("#scoreForm")).hasCount(0);
		page.locator("#commentText").fill("知识产权管理规范，建议推荐。");
		page.locator("#addComment").click();
		assertThat(page.locator("#comments")).containsText("知识产权管理规范，建议推荐。");
		logOut();

		// the district compares the versions, scores, recommends, finalises and downloads the letter
		logInSuccessfully(officer.username(), officer.password(), officer.displayName());
		navLink("审核推荐").click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(unit.unitName())).click();
		assertThat(page.locator("#comments")).containsText("知识产权管理规范，建议推荐。");
		for (int i = 1; i <= 17; i++) {
			page.locator("#score-" + i).fill(i <= 5 ? "7" : "4");
		}
		page.locator("#opinion").fill("制度健全，措施落实。");
		page.locator("#saveScores").click();
		assertThat(page.locator("#totalScore")).containsText("83");
		page.locator("#reason").fill("符合示范点培育条件");
		page.locator("#decide").click();
		assertThat(page.locator("#decided")).containsText("推荐至市市场监管局");
		page.navigate(url("/review/declarations"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(callTitle)).first().click();
		assertThat(page.locator("#recommendationTable")).containsText(unit.unitName());
		assertThat(page.locator("#quotaWarning")).isVisible();
		page.locator("#quotaExplanation").fill("本区今年仅一家单位符合条件。");
		check(page.locator("#confirmed"));
		page.locator("#finalize").click();
		assertThat(successAlert()).containsText("推荐名单已确定");
		Download download = page.waitForDownload(() -> page.locator("#letterPdf").click());
		byte[] pdf = Files.readAllBytes(download.path());
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("推荐函", unit.unitName(), "西城区", callTitle, "本区今年仅一家单位符合条件。");
		}
		assertThat(download.suggestedFilename()).endsWith(".pdf");
	}

	/**
	 * Saves the section and waits for the server's answer to the save, so that the next click (into another section)
	 * does not start a navigation that cancels the save still in flight.
	 */
	private void saveSection() {
		// the form's own submission, not an autosave (htmx) of the same section
		page.waitForResponse(response -> "POST".equals(response.request().method())
				&& response.url().contains("/sections/") && response.request().headers().get("hx-request") == null,
				() -> page.locator("#saveSection").click());
	}
}
