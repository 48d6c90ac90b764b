package cn.tsbase.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import cn.tsbase.selection.TestCandidate;
import cn.tsbase.selection.SelectionScenarios;
import cn.tsbase.attachment.SampleFiles;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.selection.SelectionFixtures;
import cn.tsbase.shared.security.Role;

/**
 * Stage 4 of the procedure in the browser, the expert review: the municipal officer pre-reviews two recommended
 * declarations, imports six experts, opens a round and sees the conflicts of interest, assigns automatically and
 * releases; five experts declare no conflict, read the declaration (one downloads watermarked evidence) and score —
 * one of them far below the others; the officer sees the divergence in the ranking, decides the proposed list with
 * its confirmation step and downloads the score sheet and the ranking.
 */
class ExpertReviewJourneyTests extends BrowserJourney {

	@Autowired
	SelectionScenarios selection;

	@Autowired
	JdbcTemplate jdbc;

	record ImportedExpert(String name, String username) {
	}

	@Test
	void twoDeclarationsGoFromThePreReviewThroughFiveExpertsScoresToTheProposedListAndItsExports() throws Exception {
		page.onDialog(dialog -> dialog.accept());
		int year = ThreadLocalRandom.current().nextInt(2101, 2999);
		TestPeople.Person officer = people.official(Role.MUNICIPAL_OFFICER, null, "市局 评审处");
		TestCandidate first = selection.collectedCandidateWithEvidence("110102", year,
				SelectionFixtures.unique("北京评审甲科技有限公司"), "保密制度.pdf", SampleFiles.pdf("保密制度"));
		TestCandidate second = selection.collectedCandidates("110105", year, BaseType.POINT,
				List.of(SelectionFixtures.unique("北京评审乙制造有限公司")), List.of(c -> c)).get(0);

		// the written pre-review of both declarations
		logInSuccessfully(officer.username(), officer.password(), officer.displayName());
		for (TestCandidate candidate : List.of(first, second)) {
			open("/selection/candidates?year=" + year);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(candidate.getUnitName())).click();
			// the candidate's page, down to the end of its form, before its items are counted
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(candidate.getUnitName())))
				.isVisible();
			assertThat(page.locator("#recordPreReview")).isVisible();
			for (Locator pass : page.locator("#preReviewForm input[value='pass']").all()) {
				check(pass);
			}
			page.locator("#recordPreReview").click();
			assertThat(page.locator("#candidateStatus")).hasText("预审通过");
		}

		// the expert pool: six experts from Excel, the sixth working for the first unit
		String token = SelectionFixtures.unique("").toLowerCase();
		List<List<String>> rows = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			rows.add(List.of("评审专家" + i + "号" + token, "教授", "北京第" + i + "研究院" + token, "",
					"expert" + i + "@inst" + i + token + ".edu.cn", "1380000000" + i, "SOFTWARE_IT, LEGAL", "是"));
		}
		String insider = "内部专家" + token;
		rows.add(List.of(insider, "高级工程师", "甲公司研究部", first.getUscc(), "insider@example.com", "13900000006",
				"TECHNICAL", "是"));
		Path workbook = Files.createTempDirectory("experts").resolve("专家名单.xlsx");
		Files.write(workbook, workbook(rows));
		navLink("专家库").click();
		page.locator("#expertFile").setInputFiles(workbook);
		page.locator("#importExperts").click();
		assertThat(page.locator("#credentials")).containsText(insider);
		assertThat(page.locator("#credentials tbody tr")).hasCount(6);
		Map<String, ImportedExpert> experts = new LinkedHashMap<>();
		for (Locator row : page.locator("#credentials tbody tr").all()) {
			List<String> cells = row.locator("td").allTextContents();
			experts.put(cells.get(0).strip(), new ImportedExpert(cells.get(0).strip(), cells.get(2).strip()));
			org.assertj.core.api.Assertions.assertThat(cells.get(3)).as("no password on the page, an activation link by mail").contains("激活链接")
				.doesNotContain("初始密码");
		}
		assertThat(experts).hasSize(6);
		// each expert sets a password with the activation link (its own journey); here it is done for them
		for (ImportedExpert expert : experts.values()) {
			accountFixtures.activate(expert.username(), TestPeople.PASSWORD);
		}

		// a review round of the year: both declarations, all six experts, five experts each, at most two each
		navLink("专家评审").click();
		page.locator("#newRound").click();
		page.locator("#yearSelect").selectOption(String.valueOf(year));
		page.locator("#showYear").click();
		// the form of the chosen year, before anything is filled in (the click reloads the page)
		assertThat(page.locator("#candidate-" + first.getId())).isChecked();
		assertThat(page.locator("#candidate-" + second.getId())).isChecked();
		String roundName = year + "年度专家评审";
		page.locator("#name").fill(roundName);
		// the rubric that ships (the versions are listed newest first; other tests may have added versions)
		page.locator("#rubricId").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(
				page.locator("#rubricId option").count() - 1));
		page.locator("#expertsPerDeclaration").fill("5");
		page.locator("#maximumLoad").fill("2");
		for (String name : experts.keySet()) {
			check(page.getByLabel(name, new Page.GetByLabelOptions().setExact(true)));
		}
		page.locator("#openRound").click();
		assertThat(successAlert()).containsText("评审轮次已发起");
		assertThat(page.locator("#roundName")).hasText(roundName);

		// conflicts of interest, with their reasons
		page.locator("#detectConflicts").click();
		Locator conflicts = page.locator("#conflictTable");
		assertThat(conflicts).containsText(insider);
		assertThat(conflicts).containsText("专家所在单位的统一社会信用代码 " + first.getUscc() + " 与申报单位“"
				+ first.getUnitName() + "”相同");
		// example.com is a documentation domain: it names no organisation, so the insider's address is no conflict
		assertThat(conflicts.locator("tbody tr")).hasCount(1);

		// automatic assignment, then release: the experts are told only now
		page.locator("#tabAssignments").click();
		page.locator("#assignAutomatically").click();
		assertThat(successAlert()).containsText("已自动分配专家");
		assertThat(page.locator("#declaration-" + first.getDeclarationId())).containsText("5 / 5 名专家");
		assertThat(page.locator("#declaration-" + second.getDeclarationId())).containsText("5 / 5 名专家");
		assertThat(page.locator("#declaration-" + first.getDeclarationId() + " table")).not().containsText(insider);
		assertThat(page.locator("#declaration-" + second.getDeclarationId() + " table")).not().containsText(insider);
		page.locator("#releaseAssignments").click();
		assertThat(successAlert()).containsText("分配已发布");
		logOutOnceLoaded();

		// five experts declare no conflict, read and score; the fifth scores the first declaration far lower
		List<ImportedExpert> reviewers = experts.values().stream().filter(e -> !e.name().equals(insider)).toList();
		for (int i = 0; i < reviewers.size(); i++) {
			ImportedExpert expert = reviewers.get(i);
			logInSuccessfully(expert.username(), TestPeople.PASSWORD, expert.name());
			navLink("评审任务").click();
			assertThat(page.locator("#reviewTable")).containsText(first.getUnitName());
			assertThat(page.locator("#reviewTable")).containsText(second.getUnitName());
			scoreDeclaration(first, i == 4 ? "2" : "9", i == 0);
			navLink("评审任务").click();
			scoreDeclaration(second, "7", false);
			logOutOnceLoaded();
		}

		// the ranking shows the divergence; the proposed list is decided after confirmation
		logInSuccessfully(officer.username(), officer.password(), officer.displayName());
		navLink("专家评审").click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(roundName)).click();
		page.locator("#tabResults").click();
		Locator firstResult = page.locator("#candidate-" + first.getId());
		assertThat(firstResult.locator(".divergent")).containsText("分歧较大：极差 70，超过阈值 20");
		assertThat(page.locator("#candidate-" + second.getId() + " .divergent")).hasCount(0);
		Locator ranking = page.locator("#ranking-POINT");
		assertThat(ranking.locator(".raw-ranking tbody tr").first()).containsText(first.getUnitName());
		assertThat(ranking.locator(".raw-ranking tbody tr").first()).containsText("90");
		assertThat(ranking.locator(".normalised-ranking tbody tr")).hasCount(2);
		page.locator("#siteVisit-" + first.getId()).fill("现场核查：制度健全，台账规范。");
		page.locator("#saveSiteVisit-" + first.getId()).click();
		assertThat(successAlert()).containsText("现场核查情况已保存");

		page.locator("#tabDecision").click();
		page.locator("#points").fill("1");
		page.locator("#applyCutOff").click();
		assertThat(page.locator("#pick-" + first.getDeclarationId())).isChecked();
		assertThat(page.locator("#pick-" + second.getDeclarationId())).not().isChecked();
		page.locator("#previewDecision").click();
		assertThat(page.locator("#confirmProposed")).containsText(first.getUnitName());
		assertThat(page.locator("#confirmNotProposed")).containsText(second.getUnitName());
		check(page.locator("#confirmed"));
		page.locator("#decide").click();
		assertThat(successAlert()).containsText("拟入选名单已确定");
		assertThat(page.locator("#roundStatus")).hasText("已确定拟入选名单");
		assertThat(page.locator("#proposedTable")).containsText("拟入选");

		// the exports
		Download sheet = page.waitForDownload(() -> page.locator("#decisionScoreSheet").click());
		assertThat(sheet.suggestedFilename()).endsWith(".xlsx");
		try (XSSFWorkbook scores = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(sheet.path())))) {
			Sheet rowsOfSheet = scores.getSheetAt(0);
			assertThat(rowsOfSheet.getLastRowNum()).isEqualTo(10);
			DataFormatter formatter = new DataFormatter();
			List<String> experts10 = new ArrayList<>();
			for (int r = 1; r <= rowsOfSheet.getLastRowNum(); r++) {
				Row row = rowsOfSheet.getRow(r);
				experts10.add(formatter.formatCellValue(row.getCell(4)));
			}
			assertThat(experts10).doesNotContain(insider).hasSize(10);
		}
		Download ranking2 = page.waitForDownload(() -> page.locator("#decisionRankingPdf").click());
		assertThat(ranking2.suggestedFilename()).endsWith(".pdf");
		try (PDDocument document = Loader.loadPDF(Files.readAllBytes(ranking2.path()))) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains(first.getUnitName(), second.getUnitName(), "拟入选", "专家评审排名");
		}

		// the public notice now offers the proposed list
		// the notice module keeps the list when it hears of the decision, after the decision's transaction
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.queryForObject("select count(*) from proposed_list where list_year = ?", Integer.class,
					year) == 1);
		navLink("公示").click();
		assertThat(page.locator("body")).containsText(year + " 年度拟入选名单（1 家");
	}

	/**
	 * As an expert: opens the declaration from the work list, declares no conflict, sees the content, (optionally)
	 * downloads the PDF evidence and checks its watermark, scores every criterion with the value, passes every veto
	 * item and submits.
	 */
	private void scoreDeclaration(TestCandidate candidate, String value, boolean downloadEvidence) throws Exception {
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(candidate.getUnitName())).click();
		assertThat(page.locator("#conflictDeclaration")).containsText("回避声明");
		assertThat(page.locator("#declarationContent")).hasCount(0);
		check(page.locator("#answerNone"));
		page.locator("#declareConflict").click();
		assertThat(successAlert()).containsText("已声明无回避关系");
		assertThat(page.locator("#declarationContent")).containsText(candidate.getUnitName());
		// the content arrived by htmx beside the form: let the page settle before clicking into the form
		page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
		assertThat(page.locator("#submitScore")).isVisible();
		if (downloadEvidence) {
			String expert = page.locator("#userMenu").textContent().strip();
			Download evidence = page.waitForDownload(() -> page.locator("#content-evidence a").first().click());
			try (PDDocument document = Loader.loadPDF(Files.readAllBytes(evidence.path()))) {
				String text = new PDFTextStripper().getText(document);
				assertThat(text).contains(expert, "下载时间", "下载编号");
			}
		}
		for (Locator input : page.locator("#scoreForm input[type='number']").all()) {
			input.fill(value);
		}
		for (Locator pass : page.locator("#scoreForm input[value='pass']").all()) {
			check(pass);
		}
		page.locator("#submitScore").click();
		assertThat(successAlert()).containsText("评分已提交");
		assertThat(page.locator("#scoreStatus")).hasText("已提交");
	}

	/**
	 * Logs out once the page has loaded: a click may come back as soon as the redirect's page is in the DOM, before
	 * the deferred scripts (Bootstrap's dropdown of the user menu) run.
	 */
	private void logOutOnceLoaded() {
		page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
		logOut();
	}

	private static byte[] workbook(List<List<String>> rows) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("专家");
			Row header = sheet.createRow(0);
			for (int i = 0; i < SelectionScenarios.IMPORT_HEADERS.size(); i++) {
				header.createCell(i).setCellValue(SelectionScenarios.IMPORT_HEADERS.get(i));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}
}
