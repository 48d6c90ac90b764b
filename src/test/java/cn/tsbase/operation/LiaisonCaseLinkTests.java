package cn.tsbase.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.base.BaseFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.shared.security.Role;

/**
 * A liaison report names the unit's typical cases of the case library (issue 12, point 5): the form offers the cases
 * the unit has handed to its district (not its drafts, not another unit's), the report shows them linked to the
 * library for the district, and a case that is not the unit's own is refused with nothing saved.
 */
@IntegrationTest
class LiaisonCaseLinkTests {

	static final String HUAIROU = "110116";

	static final String PERIOD = "2026-10-01";

	@Autowired
	MockMvc mvc;

	@Autowired
	BaseFixtures bases;

	@Autowired
	UnitFixtures units;

	@Autowired
	JdbcTemplate jdbc;

	OperationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new OperationFixtures(bases, jdbc);
	}

	record Author(OperationFixtures.Designated base, RequestPostProcessor applicant, RequestPostProcessor liaison) {
	}

	private Author author(String name) {
		long unitId = units.register(name, HUAIROU).unit().getId();
		var base = fixtures.designate(unitId, name, HUAIROU, BaseType.POINT);
		return new Author(base, Principals.role(Role.APPLICANT, HUAIROU, unitId),
				Principals.role(Role.LIAISON, HUAIROU, unitId));
	}

	/** A case the unit writes in the library; handed to the district when {@code submit}. */
	private long writeCase(Author author, String title, boolean submit) throws Exception {
		String location = mvc.perform(post("/casework/cases").with(csrf()).with(author.applicant())
			.param("year", "2026")
			.param("secretKind", "BUSINESS")
			.param("industryCode", "SOFTWARE_IT")
			.param("infringementForm", "DEPARTING_STAFF")
			.param("rightsHolder", "北京某某信息有限公司")
			.param("maskCompanies", "true")
			.param("title", title)
			.param("facts", "销售人员离职后带走客户名单。")
			.param("handling", "经约谈后返还。")
			.param("significance", "离职管理须加强。"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long caseId = Long.parseLong(location.replaceAll("\\D+(\\d+)(/edit)?$", "$1"));
		if (submit) {
			mvc.perform(post("/casework/cases/{id}/submit", caseId).with(csrf()).with(author.applicant())
				.param("version", String.valueOf(jdbc.queryForObject("select version from typical_case where id = ?",
						Long.class, caseId))))
				.andExpect(status().is3xxRedirection());
		}
		return caseId;
	}

	private String reportUrl(Author author) {
		return "/operation/bases/" + author.base().baseId() + "/liaison-reports/" + PERIOD;
	}

	private long version(Author author) {
		List<Long> found = jdbc.queryForList("select version from liaison_report where base_id = ? and period_start = ?",
				Long.class, author.base().baseId(), LocalDate.parse(PERIOD));
		return found.isEmpty() ? -1 : found.get(0);
	}

	private ResultActions write(Author author, Long... caseIds) throws Exception {
		MockHttpServletRequestBuilder request = post(reportUrl(author)).with(author.liaison())
			.with(csrf())
			.param("workStatus", "本季度开展培训。")
			.param("version", String.valueOf(version(author)));
		for (Long id : caseIds) {
			request.param("caseIds", String.valueOf(id));
		}
		return mvc.perform(request);
	}

	private Document page(String url, RequestPostProcessor who) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private List<Long> linked(Author author) {
		return jdbc.queryForList("select c.case_id from liaison_report_case c join liaison_report r "
				+ "on r.id = c.report_id where r.base_id = ? order by c.case_id", Long.class, author.base().baseId());
	}

	@Test
	void theReportNamesTheUnitsHandedInCasesLinkedToTheLibrary() throws Exception {
		Author author = author("北京案例关联甲科技有限公司");
		long submitted = writeCase(author, "客户名单泄露案（关联）", true);
		long draft = writeCase(author, "尚在起草的案例", false);

		// the form offers the handed-in case only
		Document form = page(reportUrl(author), author.liaison());
		assertThat(form.select("#caseChoices input[name=caseIds]").eachAttr("value"))
			.containsExactly(String.valueOf(submitted));
		assertThat(form.select("#caseChoices")).isNotEmpty();

		write(author, submitted).andExpect(status().is3xxRedirection());
		assertThat(linked(author)).containsExactly(submitted);
		Document filed = page(reportUrl(author), author.liaison());
		assertThat(filed.select("#case-" + submitted).hasAttr("checked")).isTrue();
		// the district reads the report with the case linked to the library
		Document read = page(reportUrl(author), Principals.role(Role.DISTRICT_OFFICER, HUAIROU, null));
		assertThat(read.select("#linkedCases a").attr("href")).isEqualTo("/casework/cases/" + submitted);
		assertThat(read.select("#caseChoices")).isEmpty();

		// a draft is refused and nothing is saved, not even the text
		long before = version(author);
		write(author, submitted, draft).andExpect(status().isConflict());
		assertThat(linked(author)).containsExactly(submitted);
		assertThat(version(author)).isEqualTo(before);

		// saved with no box ticked: the report names no case any more
		write(author).andExpect(status().is3xxRedirection());
		assertThat(linked(author)).isEmpty();
		assertThat(page(reportUrl(author), author.liaison()).select("#linkedCases").text()).isEqualTo("—");
	}

	@Test
	void anotherUnitsCaseIsRefused() throws Exception {
		Author author = author("北京案例关联乙科技有限公司");
		Author other = author("北京案例关联丙科技有限公司");
		long foreign = writeCase(other, "他人的案例", true);
		write(author, foreign).andExpect(status().isConflict());
		assertThat(linked(author)).isEmpty();
		assertThat(page(reportUrl(author), author.liaison()).select("#noLibraryCases")).isNotEmpty();
	}
}
