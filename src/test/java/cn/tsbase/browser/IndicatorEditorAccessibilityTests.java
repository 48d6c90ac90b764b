package cn.tsbase.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.tsbase.declaration.DeclarationScenarios;
import cn.tsbase.shared.security.Role;

/**
 * The one indicator editor ({@code fragments/indicators :: editor}) on each page that uses it, the district's criteria,
 * a new rubric version and a draft indicator system, has a label on every input and no serious or critical axe-core
 * violation. No menu links these pages, so {@link AccessibilityTests} does not reach them.
 */
class IndicatorEditorAccessibilityTests extends BrowserJourney {

	@Autowired
	DeclarationScenarios declarations;

	@BeforeEach
	void injectAxe() {
		page.context().addInitScript(Axe.SOURCE);
	}

	@Test
	void theDistrictCriteriaEditorIsAccessible() {
		long call = declarations.call("110105", java.time.Year.now().getValue()).id();
		var officer = people.official(Role.DISTRICT_OFFICER, "110105", "编辑器 区级");
		logIn(officer.username(), officer.password());
		checkEditor("/review/calls/" + call + "/criteria", "#criteriaForm");
	}

	@Test
	void theRubricAndIndicatorSystemEditorsAreAccessible() {
		var officer = people.official(Role.MUNICIPAL_OFFICER, null, "编辑器 市局");
		logIn(officer.username(), officer.password());
		checkEditor("/selection/rubrics/new", "#rubricForm");

		// a draft: the platform default of a year no round uses
		open("/evaluation/indicator-systems");
		page.locator("#year").fill("2000");
		page.locator("#createDefault").click();
		page.waitForURL(url -> url.matches(".*/evaluation/indicator-systems/\\d+$"));
		String system = page.url().substring(page.url().indexOf("/evaluation/"));
		checkEditor(system, "#indicatorsForm");
	}

	private void checkEditor(String path, String form) {
		open(path);
		waitUntilLaidOut();
		assertThat(page.locator(form + " .indicator-editor input[name$='.name']").first()).isVisible();
		@SuppressWarnings("unchecked")
		List<String> unlabelled = (List<String>) page.evaluate("""
				form => [...document.querySelectorAll(form + ' .indicator-editor input:not([type=hidden]), '
				  + form + ' .indicator-editor select, ' + form + ' .indicator-editor textarea')]
				  .filter(e => e.labels.length === 0 || !e.labels[0].textContent.trim()).map(e => e.name)""", form);
		assertThat(unlabelled).as("inputs of the editor on %s without a label", path).isEmpty();
		List<String> violations = new ArrayList<>(Axe.seriousViolations(page));
		assertThat(violations).as("serious or critical axe-core violations on %s", path).isEmpty();
	}
}
