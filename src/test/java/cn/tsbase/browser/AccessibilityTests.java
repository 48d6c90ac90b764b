package cn.tsbase.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

import cn.tsbase.evaluation.PilotFixtures;
import cn.tsbase.selection.SelectionScenarios;
import cn.tsbase.publicnotice.NoticeFixtures;
import cn.tsbase.selection.SelectionFixtures;
import cn.tsbase.shared.security.Role;

/**
 * Every page a role reaches from its menus (the navigation bar and the user menu), and the public pages, has no
 * serious or critical accessibility violation as axe-core finds them in Chromium (WCAG 2.1 AA, which GB/T 37668-2019
 * follows), and shows no template code. axe-core (MPL-2.0, {@code axe.min.js} beside this class, from the npm package
 * of that name) is injected by the driver before the page's scripts, so the page's Content Security Policy stays as
 * it is.
 */
class AccessibilityTests extends BrowserJourney {

	/** Links of a menu that are not pages to check: the language switch, toggles, files. */
	private static final Pattern NOT_A_PAGE = Pattern.compile("[?&]lang=|\\.(pdf|xlsx|docx)$|^#");

	private static final Pattern TEMPLATE_CODE = Pattern.compile("(?<![\\w-])th:[a-z]|\\$\\{|#\\{|&lt;/?p&gt;");

	@Autowired
	NoticeFixtures notices;

	@Autowired
	SelectionScenarios selection;

	@Autowired
	PilotFixtures pilots;

	/** The national pilot's pages that no menu links (ranking, dossier forms, a pilot with its report), built once. */
	private static PilotFixtures.Pages pilotPages;

	@BeforeEach
	void injectAxe() {
		page.context().addInitScript(Axe.SOURCE);
	}

	@Test
	void thePublicPagesHaveNoSeriousOrCriticalViolation() {
		long notice = notices.liveNoticeId("无障碍检查公示", NoticeFixtures.mixed("北京无障碍检查科技有限公司"));
		List<String> problems = new ArrayList<>();
		for (String path : List.of("/", "/login", "/register", "/public/bases", "/public/notices",
				"/public/notices/" + notice, "/public/notices/" + notice + "/objection",
				"/public/objections/status")) {
			check(path, "anonymous", problems);
		}
		assertThat(problems).as("serious or critical axe-core violations").isEmpty();
	}

	/** The liaison's menus are the applicant's (the same unit pages), so the applicant stands for both. */
	@ParameterizedTest
	@EnumSource(value = Role.class, names = "LIAISON", mode = EnumSource.Mode.EXCLUDE)
	void everyPageOfTheRolesMenusHasNoSeriousOrCriticalViolation(Role role) {
		String username;
		String password;
		String displayName;
		if (role == Role.APPLICANT) {
			var unit = people.registeredUnit("110102");
			username = unit.username();
			password = unit.password();
			displayName = unit.contactPerson();
		}
		else if (role == Role.EXPERT) {
			var expert = selection.expertWhoLogsIn("无障碍" + TestPeople.uniqueUsername("专家"));
			username = expert.getUsername();
			password = cn.tsbase.account.AccountFixtures.PASSWORD;
			displayName = expert.getName();
		}
		else {
			boolean district = role == Role.DISTRICT_OFFICER || role == Role.IP_OFFICER
					|| role == Role.GUIDANCE_OFFICER;
			var person = people.official(role, district ? "110102" : null, "测试 " + role.name().toLowerCase());
			username = person.username();
			password = person.password();
			displayName = person.displayName();
		}
		logIn(username, password);
		waitUntilLaidOut();
		@SuppressWarnings("unchecked")
		List<String> links = (List<String>) page.evaluate("""
				() => [...document.querySelectorAll('nav.navbar a.nav-link[href], nav.navbar a.dropdown-item[href]')]
				  .map(a => a.getAttribute('href'))""");
		Set<String> pages = new LinkedHashSet<>();
		pages.add("/");
		links.stream().filter(href -> href.startsWith("/") && !NOT_A_PAGE.matcher(href).find()).forEach(pages::add);
		assertThat(pages).as("pages of the menus of %s (%s)", role, displayName).hasSizeGreaterThan(2);
		pages.addAll(pilotPages(role));

		List<String> problems = new ArrayList<>();
		for (String path : pages) {
			check(path, role.name(), problems);
		}
		assertThat(problems).as("serious or critical axe-core violations or template code").isEmpty();
	}

	/** The bureau's ranking, scoring and letter forms, an open round; the district's dossier forms; both a pilot. */
	private List<String> pilotPages(Role role) {
		if (role != Role.MUNICIPAL_OFFICER && role != Role.DISTRICT_OFFICER) {
			return List.of();
		}
		if (pilotPages == null) {
			pilotPages = pilots.forDistrict("110102");
		}
		PilotFixtures.Pages p = pilotPages;
		if (role == Role.MUNICIPAL_OFFICER) {
			return List.of("/evaluation/pilot-dossiers/ranking?year=" + p.recommendedYear(),
					"/evaluation/pilot-dossiers/ranking?year=" + p.draftYear(),
					"/evaluation/pilot-dossiers/" + p.submittedDossier(), "/evaluation/pilots/" + p.pilot(),
					"/evaluation/rounds/" + p.openRound());
		}
		return List.of("/evaluation/pilot-dossiers/" + p.draftDossier(), "/evaluation/pilots/" + p.pilot());
	}

	private void check(String path, String who, List<String> problems) {
		open(path);
		waitUntilLaidOut();
		if (TEMPLATE_CODE.matcher(page.content()).find()) {
			problems.add(who + " " + path + ": template code or escaped markup on the page");
		}
		List<String> violations = Axe.seriousViolations(page);
		violations.forEach(violation -> problems.add(who + " " + path + ": " + violation));
	}
}
