package cn.tsbase.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;

import cn.tsbase.selection.SelectionScenarios;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.selection.SelectionFixtures;
import cn.tsbase.shared.security.Role;

/**
 * The municipal officer's round when a conflict is false: experts writing from other subdomains of the unit's
 * documentation domain (the demo's jclaw.example.com and xinyun.example.com against example.com) are not flagged; an
 * expert flagged only because the affiliation bears the unit's name is dismissed with a reason, which the round shows;
 * automatic assignment then uses every expert.
 */
class ConflictDismissalJourneyTests extends BrowserJourney {

	@Autowired
	SelectionScenarios selection;

	@Test
	void theOfficerDismissesAFalseConflictWithAReasonAndAssignsAutomatically() {
		page.onDialog(dialog -> dialog.accept());
		TestPeople.Person officer = people.official(Role.MUNICIPAL_OFFICER, null, "市局 评审处");
		var candidate = selection.passedCandidates("110102", 2026, BaseType.POINT,
				SelectionFixtures.unique("回避排除单位")).get(0);
		var namesake = selection.expertAt(SelectionFixtures.unique("同名专家"), candidate.getUnitName(), null, null);
		var lawyer = selection.expertAt(SelectionFixtures.unique("律所专家"), "北京市金诚律师事务所", null,
				"expert3@jclaw.example.com");
		var engineer = selection.expertAt(SelectionFixtures.unique("信云专家"), "信云科技研究院", null,
				"expert4@xinyun.example.com");
		var round = selection.round(2026, List.of(candidate), List.of(namesake, lawyer, engineer), 3, 1);

		logInSuccessfully(officer.username(), officer.password(), officer.displayName());
		open("/selection/rounds/" + round.getId());
		page.locator("#detectConflicts").click();
		Locator conflicts = page.locator("#conflictTable tbody tr");
		assertThat(conflicts).hasCount(1);
		assertThat(conflicts.first()).containsText(namesake.getName());
		assertThat(page.locator("#conflictTable")).not().containsText(lawyer.getName());
		assertThat(page.locator("#conflictTable")).not().containsText(engineer.getName());

		// with the conflict, three experts per declaration cannot be found
		page.locator("#tabAssignments").click();
		page.locator("#assignAutomatically").click();
		assertThat(page.locator("#infeasible")).isVisible();

		// the officer dismisses it with the reason found on the telephone
		open("/selection/rounds/" + round.getId());
		Locator row = conflicts.first();
		row.locator("summary").click();
		row.locator("textarea[name='justification']").fill("同名不同单位：该专家所在单位为另一家事业单位，已电话核实。");
		row.locator("button[type='submit']").click();
		assertThat(successAlert()).containsText("已排除该回避关系");
		assertThat(page.locator("#conflictTable tbody tr").first()).containsText("已排除");
		assertThat(page.locator("#conflictTable tbody tr").first()).containsText("已电话核实");

		page.locator("#tabAssignments").click();
		page.locator("#assignAutomatically").click();
		assertThat(successAlert()).containsText("已自动分配专家");
		assertThat(page.locator("#declaration-" + candidate.getDeclarationId())).containsText("3 / 3 名专家");
		assertThat(page.locator("#declaration-" + candidate.getDeclarationId() + " table"))
			.containsText(namesake.getName());
	}
}
