package cn.tsbase.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.base.BaseFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.security.Role;

/**
 * A problem a base raised in its liaison report, forwarded by the district, becomes an escalation of the reporting
 * module; when the municipal bureau answers the escalation, the problem is closed with that answer, where the base
 * raised it (issue 15). A problem the bureau already closed on the operation page is left as it was.
 */
@IntegrationTest
class ForwardedProblemAnswerTests {

	static final String TONGZHOU = "110112";

	@Autowired
	MockMvc mvc;

	@Autowired
	BaseFixtures bases;

	@Autowired
	JdbcTemplate jdbc;

	OperationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new OperationFixtures(bases, jdbc);
	}

	private static RequestPostProcessor district() {
		return Principals.role(Role.DISTRICT_OFFICER, TONGZHOU, null);
	}

	private static RequestPostProcessor bureau() {
		return Principals.role(Role.MUNICIPAL_OFFICER, null, null);
	}

	private long version(String table, long id) {
		return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
	}

	/** Files and submits a report with the problems, the district forwards each; returns the problem ids. */
	private List<Long> forwarded(OperationFixtures.Designated base, String... problems) throws Exception {
		String url = "/operation/bases/" + base.baseId() + "/liaison-reports/2026-07-01";
		RequestPostProcessor unit = Principals.role(Role.LIAISON, base.district(), base.unitId());
		var write = post(url).with(unit).with(csrf()).param("workStatus", "本季度开展培训。").param("version", "-1");
		for (int i = 0; i < problems.length; i++) {
			write.param("problems[" + i + "]", problems[i]);
		}
		mvc.perform(write).andExpect(status().is3xxRedirection());
		long reportVersion = jdbc.queryForObject(
				"select version from liaison_report where base_id = ? and period_start = ?", Long.class, base.baseId(),
				LocalDate.parse("2026-07-01"));
		mvc.perform(post(url + "/submit").with(unit).with(csrf()).param("version", String.valueOf(reportVersion)))
			.andExpect(status().is3xxRedirection());
		List<Long> ids = jdbc.queryForList("select id from liaison_problem where base_id = ? order by id", Long.class,
				base.baseId());
		for (long id : ids) {
			mvc.perform(post("/operation/liaison-problems/{id}/forward", id).with(district())
				.with(csrf())
				.param("text", "需市局协调")
				.param("version", String.valueOf(version("liaison_problem", id)))).andExpect(status().is3xxRedirection());
		}
		return ids;
	}

	private long escalationOf(long problemId) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.queryForObject("select count(*) from escalation where liaison_problem_id = ?", Long.class,
					problemId) == 1);
		return jdbc.queryForObject("select id from escalation where liaison_problem_id = ?", Long.class, problemId);
	}

	@Test
	void answeringTheEscalationClosesTheForwardedProblemWithTheAnswerTheBaseSees() throws Exception {
		var base = fixtures.designate("问题答复科技有限公司", TONGZHOU, BaseType.POINT);
		List<Long> problems = forwarded(base, "涉密载体管理缺少规范", "离职人员竞业限制难以落实");
		long first = problems.get(0);
		long second = problems.get(1);
		long escalation = escalationOf(first);
		long other = escalationOf(second);

		// the bureau closes the second problem itself on the operation page, then answers its escalation too
		mvc.perform(post("/operation/liaison-problems/{id}/close", second).with(bureau())
			.with(csrf())
			.param("text", "市局已直接答复")
			.param("version", String.valueOf(version("liaison_problem", second)))).andExpect(status().is3xxRedirection());

		mvc.perform(post("/reporting/escalations/{id}/answer", escalation).with(bureau())
			.with(csrf())
			.param("answer", "市局将于下月发布涉密载体管理指引")
			.param("version", String.valueOf(version("escalation", escalation)))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/reporting/escalations/{id}/answer", other).with(bureau())
			.with(csrf())
			.param("answer", "另行答复")
			.param("version", String.valueOf(version("escalation", other)))).andExpect(status().is3xxRedirection());

		Map<String, Object> closed = jdbc.queryForMap("select status, answer, closed_on from liaison_problem where id = ?",
				first);
		assertThat(closed.get("status")).isEqualTo("CLOSED");
		assertThat(closed.get("answer")).isEqualTo("市局将于下月发布涉密载体管理指引");
		assertThat(closed.get("closed_on")).isNotNull();
		// the problem closed first keeps the answer it was closed with
		assertThat(jdbc.queryForObject("select answer from liaison_problem where id = ?", String.class, second))
			.isEqualTo("市局已直接答复");
		assertThat(jdbc.queryForObject("select status from escalation where id = ?", String.class, other))
			.isEqualTo("ANSWERED");

		// the base sees the bureau's answer on its report
		var report = Jsoup.parse(mvc.perform(get("/operation/bases/" + base.baseId() + "/liaison-reports/2026-07-01")
			.with(Principals.role(Role.LIAISON, base.district(), base.unitId())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(report.select("#problem-" + first + " .answer").text()).isEqualTo("市局将于下月发布涉密载体管理指引");
		// closing by the answer is audited like a close on the page, without the text
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForList(
				"select detail from audit_entry where event = 'LIAISON_PROBLEM_CLOSED' and object_id = ?", String.class,
				String.valueOf(first)))
			.hasSize(1)
			.noneMatch(detail -> detail != null && detail.contains("指引")));
	}
}
