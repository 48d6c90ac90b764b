package cn.tsbase.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

/**
 * The self-assessment in the browser: a unit answers the questionnaire, reads its profile (table, chart, gaps) and
 * shares it with its district; the district officer finds it among the shared results, adds the unit to the
 * cultivation pool, notes how it cultivates it, and takes it out of the pool again after confirming.
 */
class SelfAssessmentJourneyTests extends BrowserJourney {

	@Test
	void aUnitAssessesItselfAndSharesAndTheDistrictAddsItToThePool() {
		List<String> confirmations = new ArrayList<>();
		page.onDialog(dialog -> {
			confirmations.add(dialog.message());
			dialog.accept();
		});
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		TestPeople.UnitHolder unit = people.registeredUnit("110102");
		TestPeople.Person district = people.districtOfficer("110102", "西城区 自评查看员" + suffix);

		logInSuccessfully(unit.username(), unit.password(), unit.contactPerson());
		page.locator("#nav-guidance").click();
		page.locator("nav.navbar").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("保护能力自评")
			.setExact(true)).click();
		page.locator("#takeAssessment").click();
		// the button closes the form: once it is there, every question is
		assertThat(page.locator("#submitAssessment")).isVisible();
		page.waitForLoadState();
		List<Locator> questions = page.locator("#assessmentForm fieldset").all();
		org.assertj.core.api.Assertions.assertThat(questions).hasSizeGreaterThanOrEqualTo(12);
		// the first question answered with its last (weakest) option, every other one with its first
		check(questions.get(0).locator("input[type=radio]").last());
		for (Locator question : questions.subList(1, questions.size())) {
			check(question.locator("input[type=radio]").first());
		}
		page.locator("#submitAssessment").click();
		assertThat(successAlert()).containsText("自评已提交");
		assertThat(page.locator("#profileTable tbody tr")).hasCount(12);
		assertThat(page.locator("[data-chart-table=profileTable] canvas")).hasCount(1);
		assertThat(page.locator("#gaps-1")).containsText("建议：");
		page.locator("#share").click();
		assertThat(successAlert()).containsText("已与所在区局共享");
		logOut();

		logInSuccessfully(district.username(), district.password(), district.displayName());
		page.locator("#nav-guidance").click();
		page.locator("nav.navbar").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("单位共享的自评结果")
			.setExact(true)).click();
		page.locator("#sharedTable").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
			.setName(unit.unitName())).click();
		assertThat(page.locator("#profileTable tbody tr")).hasCount(12);
		page.locator("#addToPool").click();
		assertThat(successAlert()).containsText("已将该单位加入培育库");
		assertThat(page.locator("#inPool")).isVisible();
		open("/guidance/pool?q=" + unit.uscc());
		assertThat(page.locator("#poolTable")).containsText(unit.unitName());

		Locator entry = page.locator("#poolTable tbody tr").filter(new Locator.FilterOptions()
			.setHasText(unit.unitName()));
		entry.locator("details.editEntry summary").click();
		entry.locator("textarea[name=notes]").fill("已约定上门指导" + suffix);
		entry.locator("form[id^=edit-] button[type=submit]").click();
		assertThat(successAlert()).containsText("已保存培育库单位的备注和指导员");
		assertThat(entry).containsText("已约定上门指导" + suffix);
		entry.locator("form[id^=remove-] button[type=submit]").click();
		assertThat(successAlert()).containsText("已将该单位移出培育库");
		assertThat(page.locator("#poolTable")).not().containsText(unit.unitName());
		org.assertj.core.api.Assertions.assertThat(confirmations)
			.anySatisfy(message -> org.assertj.core.api.Assertions.assertThat(message).contains(unit.unitName(),
					"移出培育库"));
	}
}
