package cn.tsbase.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import com.microsoft.playwright.options.SelectOption;

import cn.tsbase.base.BaseFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.publicnotice.ListPublished;
import cn.tsbase.publicnotice.NoticeFixtures;
import cn.tsbase.shared.IdCardNumber;

/**
 * A first-time user in the browser: the unit lands on its workbench and goes from a line to where the work is done,
 * finds the help in the user menu, downloads its certificate (the link busy until the file is in); the public opens
 * the base's detail page from the public list, checks the certificate's code (valid, and a wrong one not found), and
 * prints; an objector prints the receipt on one page. The new pages have no serious or critical axe finding.
 */
class WorkbenchJourneyTests extends BrowserJourney {

	private static final String AXE = axeSource();

	@Autowired
	BaseFixtures bases;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NoticeFixtures notices;

	@Test
	void aUnitWorksFromItsWorkbenchAndThePublicChecksItsCertificate() throws Exception {
		page.context().addInitScript(AXE);
		TestPeople.UnitHolder unit = people.registeredUnit("110102");
		long unitId = organizationService.findByUscc(unit.uscc()).orElseThrow().id();
		String tag = UUID.randomUUID().toString().substring(0, 6);
		bases.designate(new ListPublished(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2), 1L, 2026,
				"京市监发〔2026〕" + tag + "号", LocalDate.of(2026, 7, 1), List.of(new ListPublished.Entry(
						ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2), unitId, unit.unitName(),
						unit.uscc(), BaseType.POINT, "110102", "SOFTWARE_IT"))));
		String code = jdbc.queryForObject("select verification_code from demonstration_base where unit_id = ?",
				String.class, unitId);
		List<String> problems = new ArrayList<>();

		// the unit lands on its workbench and goes from a line to where it is done
		logInSuccessfully(unit.username(), unit.password(), unit.contactPerson());
		assertThat(page.locator("#workbench")).isVisible();
		assertThat(page.locator("#wb-unit-drafts .wb-count")).hasText("0");
		axe("unit /", problems);
		page.locator("#wb-unit-drafts a").click();
		assertThat(page).hasURL(url("/declarations"));

		// help from the user menu
		openUserMenu();
		page.locator("#helpLink").click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("帮助").setExact(true)))
			.isVisible();
		assertThat(page.locator("#help-APPLICANT .help-steps li")).hasCount(6);
		assertThat(page.locator("#helpContact")).containsText("010-12345");
		axe("unit /help", problems);

		// the certificate downloads while its link says it is busy
		open("/unit/base");
		page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
		// the first certificate of a JVM loads the CJK font: on a busy machine that alone may take many seconds
		Download certificate = page.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(90_000),
				() -> page.locator("a[href$='certificate.pdf']").first().click());
		assertThat(certificate.suggestedFilename()).isEqualTo("示范基地证书-2026.pdf");
		assertThat(new String(Files.readAllBytes(certificate.path()), 0, 5, StandardCharsets.ISO_8859_1))
			.isEqualTo("%PDF-");
		assertThat(page.locator("a[href$='certificate.pdf'][aria-busy]")).hasCount(0);
		logOut();

		// the public: the base's detail page from the list, then the certificate check
		open("/public/bases?q=" + unit.unitName());
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(unit.unitName())).click();
		assertThat(page.locator("#baseStatus")).hasText("有效");
		assertThat(page.locator("#baseDetail")).containsText("京市监发〔2026〕" + tag + "号");
		axe("public base detail", problems);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("证书核验")).click();
		page.locator("#code").fill(code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8, 12)
				+ "-" + code.substring(12));
		page.locator("#certificateCheckForm button[type=submit]").click();
		assertThat(page.locator("#certificateValid")).isVisible();
		assertThat(page.locator("#certificateCheckResult")).containsText(unit.unitName());
		axe("public certificate check", problems);

		// printed: no navigation, no form, black on white, on one page
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		assertThat(page.locator("nav.navbar")).isHidden();
		assertThat(page.locator("#certificateCheckForm")).isHidden();
		assertThat(page.locator("#certificateCheckResult")).isVisible();
		assertThat(page.locator("footer")).isHidden();
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

		page.locator("#code").fill("ZZZZ-ZZZZ-ZZZZ-ZZZZ");
		page.locator("#certificateCheckForm button[type=submit]").click();
		assertThat(page.locator("#certificateNotFound")).isVisible();
		assertThat(problems).isEmpty();
	}

	@Test
	void theObjectionReceiptPrintsOnOnePage() throws Exception {
		String unitName = TestPeople.uniqueUnitName();
		long notice = notices.liveNoticeId("回执打印公示", NoticeFixtures.inDistrict(NoticeFixtures.XICHENG, unitName));
		open("/public/notices/" + notice + "/objection");
		page.locator("#target").selectOption(new SelectOption().setLabel(unitName));
		page.locator("#name").fill("李明");
		page.locator("#idNumber").fill(IdCardNumber.withCheck("11010219800101001"));
		page.locator("#phone").fill("13812345678");
		page.locator("#grounds").fill("该单位申报材料中的管理制度与实际不符。");
		page.locator("#submitObjection").click();
		assertThat(page.locator("#receiptNo")).isVisible();
		assertThat(page.locator("#printReceipt")).isVisible();
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		assertThat(page.locator("#printReceipt")).isHidden();
		byte[] printed = page.pdf(new Page.PdfOptions().setFormat("A4").setPrintBackground(false));
		try (PDDocument document = Loader.loadPDF(printed)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
		}
	}

	private void axe(String where, List<String> problems) {
		waitUntilLaidOut();
		@SuppressWarnings("unchecked")
		List<String> violations = (List<String>) page.evaluate("""
				async () => {
				  const results = await axe.run(document, { resultTypes: ['violations'] });
				  return results.violations
				    .filter(v => v.impact === 'serious' || v.impact === 'critical')
				    .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 4).map(n => n.target.join(' ')).join(' | '));
				}""");
		violations.forEach(v -> problems.add(where + ": " + v));
	}

	private static String axeSource() {
		try (InputStream in = WorkbenchJourneyTests.class.getResourceAsStream("axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe.min.js is missing beside " + WorkbenchJourneyTests.class);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
