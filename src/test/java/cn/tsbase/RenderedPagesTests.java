package cn.tsbase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import cn.tsbase.account.AccountFixtures;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.publicnotice.NoticeFixtures;
import cn.tsbase.shared.security.Role;

/**
 * What every role sees is rendered text: a crawl of the GET pages reachable by links from the start page, as each
 * role, finds no template code ({@code th:…}, {@code ${…}}, {@code #{…}}) and no escaped markup ({@code &lt;p&gt;})
 * in any page, form value or text box, and no server error.
 */
@IntegrationTest
class RenderedPagesTests {

	private static final String XICHENG = "110102";

	private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");

	/** Template code or markup that reached the page as text. */
	private static final List<Pattern> LEAKS = List.of(Pattern.compile("(?<![\\w-])th:[a-z]"),
			Pattern.compile("\\$\\{"), Pattern.compile("#\\{"), Pattern.compile("\\*\\{"),
			Pattern.compile("&lt;/?(p|br|title|div|span|ul|ol|li|a|strong|em|table)[\\s/&]"));

	/** Links that are not pages: files, the language switch, assets. */
	private static final Pattern NOT_A_PAGE = Pattern.compile(
			"^/(css|js|webjars|favicon)|\\.(pdf|xlsx|docx|png|ico|csv)(\\?|$)|/evidence/|/files/|/attachments/|[?&]lang=|^/logout");

	private static final int MAX_PAGES_PER_ROLE = 120;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accountFixtures;

	@Autowired
	UnitFixtures units;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	NoticeFixtures notices;

	@Test
	void noPageOfAnyRoleShowsTemplateCodeOrEscapedMarkup() throws Exception {
		// a list waiting for its notice (the new-notice form) and a live notice (the correction form)
		notices.proposedList(NoticeFixtures.mixed("北京渲染检查甲科技有限公司", "北京渲染检查乙科技有限公司"));
		notices.liveNotice("渲染检查公示", NoticeFixtures.mixed("北京渲染检查丙科技有限公司"));
		var unit = units.register("北京渲染检查丁科技有限公司", XICHENG);

		Map<String, RequestPostProcessor> callers = new java.util.LinkedHashMap<>();
		callers.put("anonymous", request -> request);
		callers.put("APPLICANT", Principals.as(accounts.findByUsername(unit.username()).orElseThrow()));
		for (Role role : Role.values()) {
			if (role != Role.APPLICANT && role != Role.LIAISON) {
				String district = role == Role.MUNICIPAL_OFFICER || role == Role.EXPERT || role.name().endsWith("ADMIN")
						? null : XICHENG;
				callers.put(role.name(), Principals.as(accountFixtures.official(role, district)));
			}
		}

		List<String> problems = new ArrayList<>();
		Map<String, Integer> visitedPerCaller = new HashMap<>();
		for (var caller : callers.entrySet()) {
			crawl(caller.getKey(), caller.getValue(), problems, visitedPerCaller);
		}
		assertThat(visitedPerCaller.get("MUNICIPAL_OFFICER")).as("pages the municipal officer reached")
			.isGreaterThan(5);
		assertThat(problems).as("pages with template code, escaped markup or a server error").isEmpty();
	}

	private void crawl(String label, RequestPostProcessor caller, List<String> problems,
			Map<String, Integer> visitedPerCaller) throws Exception {
		Deque<String> queue = new ArrayDeque<>(List.of("/"));
		Set<String> seen = new LinkedHashSet<>(queue);
		Map<String, Integer> perShape = new HashMap<>();
		int visited = 0;
		while (!queue.isEmpty() && visited < MAX_PAGES_PER_ROLE) {
			String path = queue.poll();
			MockHttpServletResponse response = mvc.perform(get(path).with(caller)).andReturn().getResponse();
			visited++;
			if (response.getStatus() >= 500) {
				problems.add(label + " " + path + ": status " + response.getStatus());
				continue;
			}
			String type = response.getContentType();
			if (type == null || !type.startsWith("text/html")) {
				continue;
			}
			String html = response.getContentAsString();
			for (Pattern leak : LEAKS) {
				Matcher found = leak.matcher(html);
				if (found.find()) {
					int from = Math.max(0, found.start() - 60);
					problems.add(label + " " + path + ": " + html.substring(from, Math.min(html.length(), found.end() + 60))
						.replaceAll("\\s+", " "));
				}
			}
			Matcher link = LINK.matcher(html);
			while (link.find()) {
				String next = HtmlUtils.htmlUnescape(link.group(1));
				// the same kind of page (e.g. one unit, one declaration) is visited a few times, not for every row
				String shape = next.replaceAll("[0-9]+", "#").replaceAll("\\?.*", "?");
				if (!NOT_A_PAGE.matcher(next).find() && seen.add(next) && perShape.merge(shape, 1, Integer::sum) <= 2) {
					queue.add(next);
				}
			}
		}
		visitedPerCaller.put(label, visited);
	}
}
