package cn.tsbase.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import cn.tsbase.MutableClock;
import cn.tsbase.UsccFixtures;
import cn.tsbase.attachment.SampleFiles;
import cn.tsbase.base.BaseManagement;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.publicnotice.NoticeFixtures;
import cn.tsbase.selection.ProposedListDecided;
import cn.tsbase.shared.IdCardNumber;
import cn.tsbase.shared.security.Role;

/**
 * Stage 5 of the procedure in the browser, the public notice (公示): the municipal officer publishes the notice of a
 * proposed list; a member of the public files a real-name objection with an evidence file and follows it with the
 * receipt number and code; the officer downloads the evidence and asks the district to verify; the district officer
 * reads the evidence and records the findings; the officer dismisses the objection with a written reply, which the
 * objector reads; the period ends, the officer publishes the list with a document number and downloads the notice
 * PDF; the base appears in the public list, and the unit finds it with its certificate in its portal.
 */
class PublicNoticeJourneyTests extends BrowserJourney {

	/** Monday 1 June 2026, 09:00 in Beijing: a working week of a year whose calendar ships. */
	static final Instant MONDAY = Instant.parse("2026-06-01T01:00:00Z");

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	@Autowired
	MutableClock clock;

	@Autowired
	NoticeFixtures notices;

	@Autowired
	BaseManagement baseManagement;

	@BeforeEach
	void startOnMonday() {
		clock.setTo(MONDAY);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aNoticeGoesLiveTakesAnObjectionWithEvidenceIsAnsweredAndThePublishedBaseReachesThePublicAndTheUnit()
			throws Exception {
		page.onDialog(dialog -> dialog.accept());
		int year = ThreadLocalRandom.current().nextInt(3001, 3999);
		TestPeople.Person officer = people.official(Role.MUNICIPAL_OFFICER, null, "市局 公示处");
		TestPeople.Person district = people.districtOfficer("110102", "西城区 核实员");
		TestPeople.UnitHolder unit = people.registeredUnit("110102");
		long unitId = organizationService.findByUscc(unit.uscc()).orElseThrow().id();
		String otherUnit = TestPeople.uniqueUnitName();
		// the selection decided the proposed list (its own journey): two units, one of them the unit followed here
		notices.proposedList(year, List.of(
						new ProposedListDecided.Entry(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2),
								unitId, unit.unitName(), unit.uscc(), BaseType.POINT, "110102", "SOFTWARE_IT"),
						new ProposedListDecided.Entry(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2),
								ThreadLocalRandom.current().nextLong(5_000_000, 9_000_000), otherUnit,
								UsccFixtures.random("110108"), BaseType.POINT, "110108", "SOFTWARE_IT")));
		LocalDate today = LocalDate.ofInstant(MONDAY, BEIJING);

		// the municipal officer publishes the notice from today, for five working days
		logInSuccessfully(officer.username(), officer.password(), officer.displayName());
		navLink("公示").click();
		Locator waiting = page.locator("#waitingLists li").filter(new Locator.FilterOptions().setHasText(year + " 年度"));
		assertThat(waiting).containsText("2 家");
		waiting.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("发布公示")).click();
		String title = year + "年度商业秘密保护示范基地拟入选名单公示";
		page.locator("#title").fill(title);
		page.locator("#firstDay").fill(today.toString());
		page.locator("#workingDays").fill("5");
		assertThat(page.locator("#lastDay")).containsText("公示期最后一日：" + today.plusDays(4));
		page.locator("#publishNotice").click();
		assertThat(successAlert()).containsText("公示已发布");
		assertThat(page.locator("#noticeStatus")).hasText("公示中");
		long noticeId = Long.parseLong(page.url().replaceAll(".*/notices/(\\d+).*", "$1"));
		logOutOnceLoaded();

		// a member of the public reads the notice and objects to the unit, with a judgment as evidence
		open("/public/notices/" + noticeId);
		assertThat(page.locator("#noticeTitle")).hasText(title);
		assertThat(page.locator("#publicEntries")).containsText(unit.unitName());
		page.locator("#fileObjection").click();
		page.locator("#target").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(
				unit.unitName()));
		page.locator("#name").fill("周明");
		page.locator("#idNumber").fill(IdCardNumber.withCheck("11010219800101001"));
		page.locator("#phone").fill("13812345678");
		page.locator("#grounds").fill("该单位曾因侵犯他人商业秘密被判决承担责任，见所附判决书。");
		Path evidence = Files.createTempDirectory("evidence").resolve("民事判决书.pdf");
		byte[] judgment = SampleFiles.pdf("判决书");
		Files.write(evidence, judgment);
		page.locator("#evidence").setInputFiles(evidence);
		page.locator("#submitObjection").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("您的异议已提交");
		assertThat(page.locator("#receiptEvidence")).hasText("共 1 份");
		String receiptNo = page.locator("#receiptNo").textContent().strip();
		String code = page.locator("#secretCode").textContent().strip();

		// ... and follows it with the receipt number and code
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("查询异议处理进度")).click();
		lookUp(receiptNo, code);
		assertThat(page.locator("#objectionStatus")).hasText("已受理");
		assertThat(page.locator("#statusEvidence")).containsText("共 1 份");
		assertThat(page.locator("#statusEvidence")).containsText("民事判决书.pdf");
		assertThat(page.locator("#statusEvidence a")).hasCount(0);

		// the municipal officer reads the objection, downloads the evidence and asks the district to verify
		logInSuccessfully(officer.username(), officer.password(), officer.displayName());
		navLink("公示").click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		assertThat(page.locator("#objectionTable")).containsText(unit.unitName());
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(receiptNo)).click();
		assertThat(page.locator("#objectionDetails")).containsText("周明");
		assertThat(page.locator("#objectionDetails")).containsText("13812345678");
		assertThat(page.locator("#objectionEvidence")).containsText("民事判决书.pdf");
		Download asOfficer = page.waitForDownload(() -> page.locator("#objectionEvidence a").first().click());
		assertThat(asOfficer.suggestedFilename()).isEqualTo("民事判决书.pdf");
		assertThat(Files.readAllBytes(asOfficer.path())).isEqualTo(judgment);
		page.locator("#request").fill("请核实该单位是否有侵犯商业秘密的生效判决。");
		page.locator("#askDistrict").click();
		assertThat(successAlert()).containsText("已转区市场监管局核实");
		logOutOnceLoaded();

		// the district officer reads the objection with its evidence (objector masked) and records the findings
		logInSuccessfully(district.username(), district.password(), district.displayName());
		navLink("异议核实").click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(receiptNo)).click();
		assertThat(page.locator("#maskedDetails")).containsText("138****5678");
		assertThat(page.locator("#maskedDetails")).not().containsText("13812345678");
		Download asDistrict = page.waitForDownload(() -> page.locator("#objectionEvidence a").first().click());
		assertThat(asDistrict.suggestedFilename()).isEqualTo("民事判决书.pdf");
		assertThat(Files.readAllBytes(asDistrict.path())).isEqualTo(judgment);
		page.locator("#findings").fill("经核实，判决书所涉当事人为同名的其他单位，与本单位无关。");
		page.locator("#recordFindings").click();
		assertThat(successAlert()).containsText("核实情况已提交市市场监管局");
		logOutOnceLoaded();

		// the municipal officer dismisses the objection with a written reply
		logInSuccessfully(officer.username(), officer.password(), officer.displayName());
		open("/notices/" + noticeId);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(receiptNo)).click();
		assertThat(page.locator("#districtFindings")).containsText("同名的其他单位");
		check(page.locator("#dismissed"));
		page.locator("#reply").fill("经区市场监管局核实，异议所称判决与该单位无关，异议不成立。");
		page.locator("#decideObjection").click();
		assertThat(successAlert()).containsText("已作出答复");
		assertThat(page.locator("#objectionTable")).containsText("异议不成立");
		logOutOnceLoaded();

		// the objector reads the reply
		open("/public/objections/status");
		lookUp(receiptNo, code);
		assertThat(page.locator("#objectionStatus")).hasText("已答复");
		assertThat(page.locator("#publicReply")).containsText("处理结果：异议不成立");
		assertThat(page.locator("#publicReply")).containsText("异议所称判决与该单位无关");

		// the period ends; the officer publishes the list with a document number and downloads the notice
		clock.advance(Duration.ofDays(14));
		String documentNumber = "京市监发〔" + year + "〕" + ThreadLocalRandom.current().nextInt(1, 1_000_000) + "号";
		logInSuccessfully(officer.username(), officer.password(), officer.displayName());
		open("/notices/" + noticeId);
		page.locator("#documentNumber").fill(documentNumber);
		page.locator("#publishList").click();
		assertThat(successAlert()).containsText("已发文公布");
		assertThat(page.locator("#noticeStatus")).hasText("已发文");
		assertThat(page.locator("#publication")).containsText(documentNumber);
		Download notice = page.waitForDownload(() -> page.locator("#documentPdf").click());
		assertThat(notice.suggestedFilename()).endsWith(".pdf");
		try (PDDocument document = Loader.loadPDF(Files.readAllBytes(notice.path()))) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains(documentNumber, unit.unitName(), otherUnit);
		}
		// a link's click that became a download leaves the page between a navigation begun and one abandoned: open
		// the notice again so that the logout starts from a page that finished loading
		open("/notices/" + noticeId);
		assertThat(page.locator("#noticeStatus")).hasText("已发文");
		logOutOnceLoaded();

		// the base is in the public list: the publication designates it in the background, after its transaction, so
		// wait for the base itself, then ask the public list once (a query no one asked before, so never a cached page)
		await().atMost(Duration.ofSeconds(30)).until(() -> !baseManagement.ofUnit(unitId).isEmpty());
		open("/public/bases?q=" + unit.unitName());
		Locator publicRow = page.locator("#baseTable tbody tr").filter(new Locator.FilterOptions()
			.setHasText(unit.unitName()));
		assertThat(publicRow).containsText(documentNumber);
		assertThat(publicRow).containsText("西城区");

		// ... and in the unit's portal, with its certificate
		logInSuccessfully(unit.username(), unit.password(), unit.contactPerson());
		// the unit's own base, not the public list of the same name in the navigation bar
		page.locator("nav.navbar a[href='/unit/base']").click();
		assertThat(page.locator("h2.card-title")).containsText(year + " 年度商业秘密保护");
		assertThat(page.locator("section")).containsText("文号：" + documentNumber);
		Download certificate = page.waitForDownload(() -> page.locator("a[id^='certificate-']").first().click());
		assertThat(certificate.suggestedFilename()).isEqualTo("示范基地证书-" + year + ".pdf");
		try (PDDocument document = Loader.loadPDF(Files.readAllBytes(certificate.path()))) {
			assertThat(new PDFTextStripper().getText(document)).contains(unit.unitName());
		}
	}

	private void lookUp(String receiptNo, String code) {
		page.locator("#receiptNo").fill(receiptNo);
		page.locator("#code").fill(code);
		page.locator("#lookUp").click();
		assertThat(page.locator("#statusResult")).isVisible();
	}

	/** Logs out once the page has loaded (the user menu's dropdown needs the deferred scripts). */
	private void logOutOnceLoaded() {
		page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
		logOut();
	}
}
