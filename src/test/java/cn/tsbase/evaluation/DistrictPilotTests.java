package cn.tsbase.evaluation;

import static cn.tsbase.evaluation.PilotFixtures.bureau;
import static cn.tsbase.evaluation.PilotFixtures.district;
import static cn.tsbase.evaluation.PilotFixtures.municipal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.attachment.SampleFiles;
import cn.tsbase.evaluation.internal.PilotLetters;
import cn.tsbase.evaluation.internal.PilotProgressReminders;

/**
 * After the recommendation letter each recommended district's pilot opens as 已推荐; the bureau records the national
 * bureau's approval and the start with date and document (only in the stage order, never before the last step, only
 * the bureau); a district in the pilot files its half-yearly progress report with figures and a file once the
 * half-year has begun (one per half-year), the bureau returns it with a reason, the district revises, the bureau
 * accepts; another district sees none of it; in June a district in the pilot without its report is reminded once.
 */
@IntegrationTest
class DistrictPilotTests {

	static final String PINGGU = "110117";
	static final String MIYUN = "110118";

	@Autowired
	MockMvc mvc;

	@Autowired
	PilotFixtures fixtures;

	@AfterEach
	void resetClock() {
		fixtures.clock().reset();
	}

	@Autowired
	PilotLetters letters;

	@Autowired
	PilotProgressReminders reminders;

	@Autowired
	JdbcTemplate jdbc;

	String pilotVersion(long id) {
		return String.valueOf(fixtures.version("district_pilot", id));
	}

	String reportVersion(long id) {
		return String.valueOf(fixtures.version("pilot_progress_report", id));
	}

	long scored(String district, int year) {
		return fixtures.scored(district, year, PilotFixtures.scores("18", "18", "18", "18", "18"));
	}

	@Test
	void theBureauRecordsThePilotsStagesAndTheDistrictReportsEveryHalfYear() throws Exception {
		int year = fixtures.publishedYear("平谷试点状态公司", PINGGU);
		long pingguDossier = scored(PINGGU, year);
		long miyunDossier = scored(MIYUN, year);
		letters.issue(year, "京市监函〔2026〕31号", LocalDate.of(2026, 12, 1), List.of(pingguDossier, miyunDossier),
				bureau());
		long pinggu = jdbc.queryForObject("select id from district_pilot where dossier_id = ?", Long.class,
				pingguDossier);
		long miyun = jdbc.queryForObject("select id from district_pilot where dossier_id = ?", Long.class,
				miyunDossier);
		assertThat(jdbc.queryForObject("select stage from district_pilot where id = ?", String.class, pinggu))
			.isEqualTo("RECOMMENDED");

		// the list and the page: the bureau sees both, a district its own only
		mvc.perform(get("/evaluation/pilots").with(municipal()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/evaluation/pilots/" + pinggu)))
			.andExpect(content().string(containsString("京市监函〔2026〕31号")));
		mvc.perform(get("/evaluation/pilots").with(district(MIYUN)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/evaluation/pilots/" + pinggu + "\""))));
		mvc.perform(get("/evaluation/pilots/{id}", pinggu).with(district(MIYUN))).andExpect(status().isNotFound());
		mvc.perform(get("/evaluation/pilots/{id}", pinggu).with(district(PINGGU)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已推荐")))
			.andExpect(content().string(not(containsString("pilotReportForm"))));

		// stages: only the bureau, only in order, with a document, never before the last step
		mvc.perform(post("/evaluation/pilots/{id}/stages", pinggu).with(district(PINGGU)).with(csrf())
			.param("version", pilotVersion(pinggu)).param("stage", "APPROVED").param("on", "2026-12-05")
			.param("documentNumber", "国市监竞争函〔2026〕9号")).andExpect(status().isForbidden());
		mvc.perform(post("/evaluation/pilots/{id}/stages", pinggu).with(municipal()).with(csrf())
			.param("version", pilotVersion(pinggu)).param("stage", "IN_PILOT").param("on", "2026-12-05")
			.param("documentNumber", "国市监竞争函〔2026〕9号")).andExpect(status().isConflict());
		mvc.perform(post("/evaluation/pilots/{id}/stages", pinggu).with(municipal()).with(csrf())
			.param("version", pilotVersion(pinggu)).param("stage", "APPROVED").param("on", "2026-12-05")
			.param("documentNumber", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("此项为必填项")));
		mvc.perform(post("/evaluation/pilots/{id}/stages", pinggu).with(municipal()).with(csrf())
			.param("version", pilotVersion(pinggu)).param("stage", "APPROVED").param("on", "2026-11-30")
			.param("documentNumber", "国市监竞争函〔2026〕9号"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("日期不能早于上一状态的日期（2026-12-01）")));
		mvc.perform(post("/evaluation/pilots/{id}/stages", pinggu).with(municipal()).with(csrf())
			.param("version", pilotVersion(pinggu)).param("stage", "APPROVED").param("on", "2026-12-05")
			.param("documentNumber", "国市监竞争函〔2026〕9号").param("note", "第四批试点"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/evaluation/pilots/{id}/stages", pinggu).with(municipal()).with(csrf())
			.param("version", pilotVersion(pinggu)).param("stage", "IN_PILOT").param("on", "2026-12-06")
			.param("documentNumber", "京市监发〔2026〕40号")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/evaluation/pilots").with(municipal()))
			.andExpect(content().string(containsString("京市监发〔2026〕40号")));

		// a district not (yet) in the pilot files nothing
		fixtures.clock().setTo(Instant.parse((year + 1) + "-05-01T02:00:00Z"));
		mvc.perform(post("/evaluation/pilots/{id}/reports", miyun).with(district(MIYUN)).with(csrf())
			.param("year", String.valueOf(year + 1)).param("half", "1").param("content", "进展")
			.param("trainings", "1").param("peopleTrained", "1").param("firmsVisited", "1")
			.param("institutionalResults", "0").param("casesHandled", "0")).andExpect(status().isConflict());

		// the district files: not for a half-year still ahead, then with figures and a file, once per half-year
		mvc.perform(post("/evaluation/pilots/{id}/reports", pinggu).with(district(PINGGU)).with(csrf())
			.param("year", String.valueOf(year + 1)).param("half", "2").param("content", "下半年进展")
			.param("trainings", "1").param("peopleTrained", "1").param("firmsVisited", "1")
			.param("institutionalResults", "0").param("casesHandled", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该半年度尚未开始")));
		mvc.perform(post("/evaluation/pilots/{id}/reports", pinggu).with(district(PINGGU)).with(csrf())
			.param("year", String.valueOf(year + 1)).param("half", "1").param("content", "上半年进展")
			.param("trainings", "-1").param("peopleTrained", "1").param("firmsVisited", "1")
			.param("institutionalResults", "0").param("casesHandled", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不能小于 0")));
		mvc.perform(multipart("/evaluation/pilots/{id}/reports", pinggu)
			.file(new MockMultipartFile("file", "上半年进展.pdf", "application/pdf", SampleFiles.pdf("进展")))
			.with(district(PINGGU)).with(csrf())
			.param("year", String.valueOf(year + 1)).param("half", "1").param("content", "上半年举办培训三场")
			.param("trainings", "3").param("peopleTrained", "260").param("firmsVisited", "41")
			.param("institutionalResults", "1").param("casesHandled", "2")).andExpect(status().is3xxRedirection());
		long report = jdbc.queryForObject("select id from pilot_progress_report where pilot_id = ?", Long.class,
				pinggu);
		mvc.perform(post("/evaluation/pilots/{id}/reports", pinggu).with(district(PINGGU)).with(csrf())
			.param("year", String.valueOf(year + 1)).param("half", "1").param("content", "再报一次")
			.param("trainings", "1").param("peopleTrained", "1").param("firmsVisited", "1")
			.param("institutionalResults", "0").param("casesHandled", "0")).andExpect(status().isConflict());
		long file = jdbc.queryForObject(
				"select id from attachment where owner_type = 'pilot-progress' and owner_id = ?", Long.class, report);
		mvc.perform(get("/evaluation/pilot-reports/{id}/files/{f}", report, file).with(municipal()))
			.andExpect(status().isOk());
		mvc.perform(get("/evaluation/pilot-reports/{id}/files/{f}", report, file).with(district(MIYUN)))
			.andExpect(status().isNotFound());

		// the bureau returns it with a reason, the district revises, the bureau accepts
		mvc.perform(post("/evaluation/pilot-reports/{id}/accept", report).with(district(PINGGU)).with(csrf())
			.param("version", reportVersion(report))).andExpect(status().isForbidden());
		mvc.perform(post("/evaluation/pilot-reports/{id}/return", report).with(municipal()).with(csrf())
			.param("version", reportVersion(report)).param("reason", "请补充制度性成果的名称"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/evaluation/pilots/{id}", pinggu).with(district(PINGGU)))
			.andExpect(content().string(containsString("请补充制度性成果的名称")))
			.andExpect(content().string(containsString("reviseForm" + report)));
		mvc.perform(post("/evaluation/pilot-reports/{id}/revise", report).with(district(PINGGU)).with(csrf())
			.param("version", reportVersion(report)).param("year", String.valueOf(year + 1)).param("half", "1")
			.param("content", "上半年举办培训三场，形成《商业秘密保护指引》").param("trainings", "3")
			.param("peopleTrained", "260").param("firmsVisited", "41").param("institutionalResults", "1")
			.param("casesHandled", "2")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/evaluation/pilot-reports/{id}/accept", report).with(municipal()).with(csrf())
			.param("version", reportVersion(report))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/evaluation/pilot-reports/{id}/accept", report).with(municipal()).with(csrf())
			.param("version", reportVersion(report))).andExpect(status().isConflict());
		assertThat(jdbc.queryForObject("select status from pilot_progress_report where id = ?", String.class, report))
			.isEqualTo("ACCEPTED");

		// the API, scoped like the pages
		mvc.perform(get("/api/v1/district-pilots/{id}", pinggu).with(district(PINGGU)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.pilot.stage").value("IN_PILOT"))
			.andExpect(jsonPath("$.pilot.steps.length()").value(3))
			.andExpect(jsonPath("$.reports[0].figures.peopleTrained").value(260))
			.andExpect(jsonPath("$.reports[0].status").value("ACCEPTED"));
		mvc.perform(get("/api/v1/district-pilots/{id}", pinggu).with(district(MIYUN)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/v3/api-docs")).andExpect(jsonPath("$.paths['/api/v1/district-pilots'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/district-pilots/{id}'].get").exists());

		// in June of the next year the report of the first half is due: reminded once; none outside June/December
		assertThat(reminders.remind(LocalDate.of(year + 2, 5, 20))).isZero();
		assertThat(reminders.remind(LocalDate.of(year + 2, 6, 15))).isPositive();
		assertThat(jdbc.queryForObject("select reminded_period from district_pilot where id = ?", String.class,
				pinggu)).isEqualTo((year + 2) + "-1");
		assertThat(reminders.remind(LocalDate.of(year + 2, 6, 16))).isZero();
		assertThat(jdbc.queryForObject("select reminded_period from district_pilot where id = ?", String.class, miyun))
			.isNull();
	}
}
