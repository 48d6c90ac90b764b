package cn.tsbase.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.tsbase.declaration.DeclarationScenarios;
import cn.tsbase.attachment.SampleFiles;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * A unit fills its declaration without losing what it typed: the counter counts while typing and flags over-long text,
 * the draft saves itself ("已自动保存 hh:mm") and survives a reload, an evidence upload keeps the edits not yet saved,
 * and leaving the page with unsaved edits asks first.
 */
class DraftAutosaveJourneyTests extends BrowserJourney {

	@Autowired
	DeclarationScenarios declarations;

	@Test
	void typedTextIsSavedAutomaticallyKeptAcrossAnUploadAndGuardedWhenLeaving() throws Exception {
		TestPeople.UnitHolder unit = people.registeredUnit("110102");
		Instant now = Instant.now();
		declarations.openCall("自动保存测试通知" + UUID.randomUUID().toString().substring(0, 6), 2026, "<p>要求</p>",
				now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), 3, 1, new CurrentUser(0L,
						"officer-110102", null, "区局", EnumSet.of(Role.DISTRICT_OFFICER), "110102", null, true, true,
						false));

		logInSuccessfully(unit.username(), unit.password(), unit.contactPerson());
		navLink("申报").click();
		page.locator("form:has(input[value='POINT']) button").first().click();
		assertThat(successAlert()).containsText("已开始申报");
		page.locator("#sectionProgress").getByText("保护工作开展情况").click();
		formListens();

		// the counter counts while typing, before anything is saved
		page.locator("#element1").pressSequentially("设立领导小组");
		assertThat(page.locator("#element1Count")).hasText("已输入 6 / 1,500 字");

		// the draft saves itself, and the text is there after a reload
		assertThat(page.locator("#autosaveStatus")).containsText(Pattern.compile("已自动保存 \\d{2}:\\d{2}"));
		page.reload();
		assertThat(page.locator("#element1")).hasValue("设立领导小组");
		formListens();

		// over-long text is flagged at once
		page.locator("#element2").fill("长".repeat(1501));
		assertThat(page.locator("#element2")).hasClass(Pattern.compile("is-invalid"));
		assertThat(page.locator("#element2Over")).containsText("超出 1 字");
		assertThat(page.locator("#element2Count")).hasText("已输入 1,501 / 1,500 字");
		assertThat(page.locator("#autosaveStatus")).containsText("已自动保存");

		// an upload right after typing keeps the typed text
		page.locator("#element3").fill("上传前刚输入、尚未保存的文字");
		Path evidence = Files.createTempDirectory("evidence").resolve("台账样例.pdf");
		Files.write(evidence, SampleFiles.pdf("台账"));
		page.locator("#evidenceFile").setInputFiles(evidence);
		page.locator("#uploadEvidence").click();
		assertThat(page.locator("#evidenceList")).containsText("台账样例.pdf");
		assertThat(page.locator("#element3")).hasValue("上传前刚输入、尚未保存的文字");
		formListens();

		// leaving with unsaved edits asks first; staying keeps them
		AtomicReference<String> asked = new AtomicReference<>();
		page.onceDialog(dialog -> {
			asked.set(dialog.type());
			dialog.dismiss();
		});
		page.locator("#element4").fill("离开前未保存");
		page.locator("#sectionProgress").getByText("核心秘密与风险").click();
		// the click starts the navigation asynchronously: wait for the question before checking what stayed
		page.waitForCondition(() -> asked.get() != null);
		assertThat(asked.get()).isEqualTo("beforeunload");
		assertThat(page.locator("#element4")).hasValue("离开前未保存");
	}

	/**
	 * The form's script is deferred: it runs after the page shows, and text typed before it listens starts no autosave
	 * (the status then keeps its first text; the cause of a rare failure under load).
	 */
	private void formListens() {
		assertThat(page.locator("#sectionForm[data-autosave-ready=true]")).isAttached();
	}
}
