package cn.tsbase.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.shared.security.Role;

/**
 * The annual summaries and escalations written as JSON go through the pages' use cases: a district files, saves and
 * submits its summary, the bureau returns it with a reason and accepts it; a district raises an escalation and the
 * bureau answers it. A stale version is 409, another district's report or escalation 404, a bad body 400 with the
 * problems by field in Chinese, a wrong role 403; each step is audited.
 */
@IntegrationTest
class SummaryWriteApiTests {

	/** 门头沟 files in a year no other test uses; a rerun on the same database starts that year afresh. */
	private static final String MENTOUGOU = "110109";
	private static final String FANGSHAN = "110111";
	private static final int YEAR = 2071;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private static RequestPostProcessor district(String code) {
		return Principals.role(Role.DISTRICT_OFFICER, code, null);
	}

	private static RequestPostProcessor bureau() {
		return Principals.role(Role.MUNICIPAL_OFFICER, null, null);
	}

	private ResultActions json(MockHttpServletRequestBuilder request, RequestPostProcessor who, String body)
			throws Exception {
		return mvc.perform(request.with(who).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private long version(String table, long id) {
		return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
	}

	private long audited(String event, long id) {
		return jdbc.queryForObject("select count(*) from audit_entry where event = ? and object_id = ?", Long.class,
				event, String.valueOf(id));
	}

	@Test
	void theDistrictFilesAndSubmitsItsSummaryAndTheBureauReturnsAndAcceptsIt() throws Exception {
		jdbc.update("delete from summary_report where district_code = ? and report_year = ?", MENTOUGOU, YEAR);
		String created = json(post("/api/v1/summary-reports"), district(MENTOUGOU), """
				{"year": %d, "workDone": " 全年开展培训6场 ", "problems": "企业保密投入不足"}""".formatted(YEAR))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", Matchers.startsWith("/api/v1/summary-reports/")))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.districtCode").value(MENTOUGOU))
			.andExpect(jsonPath("$.text.workDone").value("全年开展培训6场"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		String report = "/api/v1/summary-reports/" + id;

		// one per district and year; a bad body is refused field by field, in Chinese
		json(post("/api/v1/summary-reports"), district(MENTOUGOU), "{\"year\": %d}".formatted(YEAR))
			.andExpect(status().isConflict());
		json(post("/api/v1/summary-reports"), district(MENTOUGOU), "{\"year\": 1999, \"workDone\": \"%s\"}"
			.formatted("字".repeat(8001)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(2));
		json(put(report), district(MENTOUGOU), "{\"workDone\": \"无版本\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"))
			.andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("版本号")));

		// saved with the version read; a stale version is 409; another district finds nothing
		long v0 = version("summary_report", id);
		json(put(report), district(MENTOUGOU), "{\"version\": %d, \"workDone\": \"全年开展培训7场\"}".formatted(v0))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.text.workDone").value("全年开展培训7场"))
			.andExpect(jsonPath("$.text.problems").doesNotExist());
		json(put(report), district(MENTOUGOU), "{\"version\": %d, \"workDone\": \"过时\"}".formatted(v0))
			.andExpect(status().isConflict());
		json(put(report), district(FANGSHAN), "{\"version\": %d, \"workDone\": \"越权\"}"
			.formatted(version("summary_report", id))).andExpect(status().isNotFound());
		// the bureau does not see a draft, nor decide on it
		json(post(report + "/accept"), bureau(), "{\"version\": %d}".formatted(version("summary_report", id)))
			.andExpect(status().isNotFound());

		json(post(report + "/submit"), district(MENTOUGOU), "{\"version\": %d}"
			.formatted(version("summary_report", id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.liveFigures").value(false));
		json(post(report + "/submit"), district(MENTOUGOU), "{\"version\": %d}"
			.formatted(version("summary_report", id))).andExpect(status().isConflict());
		json(post(report + "/accept"), district(MENTOUGOU), "{\"version\": %d}"
			.formatted(version("summary_report", id))).andExpect(status().isForbidden());

		// a return needs a reason
		json(post(report + "/return"), bureau(), "{\"version\": %d, \"text\": \" \"}"
			.formatted(version("summary_report", id)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("text"))
			.andExpect(jsonPath("$.errors[0].message").value("退回时请填写原因。"));
		json(post(report + "/return"), bureau(), "{\"version\": %d, \"text\": \"请补充案例\"}"
			.formatted(version("summary_report", id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.returnReason").value("请补充案例"));
		json(post(report + "/submit"), district(MENTOUGOU), "{\"version\": %d}"
			.formatted(version("summary_report", id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RESUBMITTED"));
		json(post(report + "/accept"), bureau(), "{\"version\": 0}").andExpect(status().isConflict());
		json(post(report + "/accept"), bureau(), "{\"version\": %d, \"text\": \"同意\"}"
			.formatted(version("summary_report", id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.decisionNote").value("同意"));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> audited("SUMMARY_REPORT_CREATED", id) == 1 && audited("SUMMARY_REPORT_SAVED", id) == 1
					&& audited("SUMMARY_REPORT_SUBMITTED", id) == 2 && audited("SUMMARY_REPORT_RETURNED", id) == 1
					&& audited("SUMMARY_REPORT_ACCEPTED", id) == 1);
	}

	@Test
	void theDistrictRaisesAnEscalationAndTheBureauAnswersItOnce() throws Exception {
		String title = "接口反映" + UUID.randomUUID().toString().substring(0, 8);
		json(post("/api/v1/escalations"), district(MENTOUGOU), "{\"title\": \"\", \"description\": \"\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(2));
		json(post("/api/v1/escalations"), district(MENTOUGOU),
				"{\"title\": \"%s\", \"description\": \"说明\", \"baseIds\": [987654321987]}".formatted(title))
			.andExpect(status().isConflict());
		String created = json(post("/api/v1/escalations"), district(MENTOUGOU),
				"{\"title\": \" %s \", \"description\": \"区内企业反映涉密载体管理缺少规范\"}".formatted(title))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", Matchers.startsWith("/api/v1/escalations/")))
			.andExpect(jsonPath("$.title").value(title))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		String escalation = "/api/v1/escalations/" + id;

		json(post(escalation + "/answer"), district(MENTOUGOU), "{\"version\": 0, \"answer\": \"自己答\"}")
			.andExpect(status().isForbidden());
		json(post(escalation + "/answer"), bureau(), "{\"version\": %d, \"answer\": \"\"}"
			.formatted(version("escalation", id)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("answer"));
		json(post(escalation + "/answer"), bureau(), "{\"version\": %d, \"answer\": \"市局将于下月发布指引\"}"
			.formatted(version("escalation", id) + 1)).andExpect(status().isConflict());
		json(post("/api/v1/escalations/987654321987/answer"), bureau(), "{\"version\": 0, \"answer\": \"无此项\"}")
			.andExpect(status().isNotFound());
		json(post(escalation + "/answer"), bureau(), "{\"version\": %d, \"answer\": \"市局将于下月发布指引\"}"
			.formatted(version("escalation", id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ANSWERED"))
			.andExpect(jsonPath("$.answer").value("市局将于下月发布指引"));
		json(post(escalation + "/answer"), bureau(), "{\"version\": %d, \"answer\": \"再答一次\"}"
			.formatted(version("escalation", id))).andExpect(status().isConflict());
		assertThat(jdbc.queryForObject("select answer from escalation where id = ?", String.class, id))
			.isEqualTo("市局将于下月发布指引");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> audited("ESCALATION_RAISED", id) == 1 && audited("ESCALATION_ANSWERED", id) == 1);
	}
}
