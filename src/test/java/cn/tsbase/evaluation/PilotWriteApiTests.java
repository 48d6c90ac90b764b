package cn.tsbase.evaluation;

import static cn.tsbase.evaluation.PilotFixtures.district;
import static cn.tsbase.evaluation.PilotFixtures.municipal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;

/**
 * The pilot's writing steps through the API, through the pages' use cases: the bureau creates a district's dossier
 * (400 by field for a missing year or an unknown district, 409 for a second one) and writes its
 * reason; the district writes its statement, chooses its cases (400 on the field for one not among its own), its work
 * plan, and submits (another district gets 404, a stale version 409); the bureau scores and issues the letter; then
 * records the pilot's stages (400 on the date field before the last step, 409 out of order) and the district files a
 * half-yearly report (400 on the year for one before the pilot's, on the half for one not begun, 409 for a second),
 * which the bureau returns with a reason (400 without), the district revises and the bureau accepts.
 */
@IntegrationTest
class PilotWriteApiTests {

	static final String HUAIROU = "110116";
	static final String YANQING = "110119";

	/** No other test counts Changping's figures (PilotDossierTests counts Yanqing's active bases by hand). */
	static final String CHANGPING = "110114";

	@Autowired
	MockMvc mvc;

	@Autowired
	PilotFixtures fixtures;

	@AfterEach
	void resetClock() {
		fixtures.clock().reset();
	}

	@Autowired
	JdbcTemplate jdbc;

	long version(String table, long id) {
		return fixtures.version(table, id);
	}

	ResultActions send(String path, RequestPostProcessor who, String json, Object... ids) throws Exception {
		return mvc.perform(post(path, ids).with(who).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	@Test
	void theDistrictCompilesAndSubmitsItsDossierAndTheBureauScoresAndRecommendsThroughTheApi() throws Exception {
		int year = fixtures.publishedYear("怀柔试点写接口公司", HUAIROU);

		send("/api/v1/pilot-dossiers", municipal(), "{\"district\": \"" + HUAIROU + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		send("/api/v1/pilot-dossiers", municipal(), "{\"district\": \"999999\", \"year\": " + year + "}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("district"))
			.andExpect(jsonPath("$.errors[0].message").value("所选的区不存在或已停用。"));
		send("/api/v1/pilot-dossiers", district(HUAIROU), "{\"district\": \"" + HUAIROU + "\", \"year\": " + year + "}")
			.andExpect(status().isForbidden());
		String created = send("/api/v1/pilot-dossiers", municipal(),
				"{\"district\": \"" + HUAIROU + "\", \"year\": " + year + "}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.districtCode").value(HUAIROU))
			.andReturn().getResponse().getHeader("Location");
		long id = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
		send("/api/v1/pilot-dossiers", municipal(), "{\"district\": \"" + HUAIROU + "\", \"year\": " + year + "}")
			.andExpect(status().isConflict());

		send("/api/v1/pilot-dossiers/{id}/reason", municipal(), "{\"text\": \"基础扎实，案例典型\", \"version\": "
				+ version("pilot_dossier", id) + "}", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reason").value("基础扎实，案例典型"));
		send("/api/v1/pilot-dossiers/{id}/statement", district(HUAIROU), "{\"text\": \" \"}", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("text", "version")));
		send("/api/v1/pilot-dossiers/{id}/statement", district(YANQING), "{\"text\": \"申请\", \"version\": "
				+ version("pilot_dossier", id) + "}", id)
			.andExpect(status().isNotFound());
		send("/api/v1/pilot-dossiers/{id}/statement", district(HUAIROU), "{\"text\": \"申请\", \"version\": "
				+ (version("pilot_dossier", id) - 1) + "}", id)
			.andExpect(status().isConflict());
		send("/api/v1/pilot-dossiers/{id}/statement", district(HUAIROU), "{\"text\": \"怀柔区申请参加试点\", \"version\": "
				+ version("pilot_dossier", id) + "}", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.statement").value("怀柔区申请参加试点"));
		send("/api/v1/pilot-dossiers/{id}/cases", district(HUAIROU), "{\"caseIds\": ["
				+ "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21], \"version\": "
				+ version("pilot_dossier", id) + "}", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("caseIds"));
		send("/api/v1/pilot-dossiers/{id}/cases", district(HUAIROU), "{\"caseIds\": [" + Long.MAX_VALUE
				+ "], \"version\": " + version("pilot_dossier", id) + "}", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("caseIds"))
			.andExpect(jsonPath("$.errors[0].message").value(Matchers.startsWith("所选案例不是本区")));
		send("/api/v1/pilot-dossiers/{id}/cases", district(HUAIROU), "{\"caseIds\": [], \"version\": "
				+ version("pilot_dossier", id) + "}", id)
			.andExpect(status().isOk());
		send("/api/v1/pilot-dossiers/{id}/work-plan", district(HUAIROU), "{\"workPlan\": \"<p>怀柔方案</p>\", "
				+ "\"version\": " + version("pilot_dossier", id) + "}", id)
			.andExpect(status().isOk());
		send("/api/v1/pilot-dossiers/{id}/recommend", municipal(), "{\"version\": " + version("pilot_dossier", id)
				+ "}", id)
			.andExpect(status().isConflict());
		send("/api/v1/pilot-dossiers/{id}/submit", district(HUAIROU), "{}", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		send("/api/v1/pilot-dossiers/{id}/submit", district(HUAIROU), "{\"version\": " + version("pilot_dossier", id)
				+ "}", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		send("/api/v1/pilot-dossiers/{id}/statement", district(HUAIROU), "{\"text\": \"再改\", \"version\": "
				+ version("pilot_dossier", id) + "}", id)
			.andExpect(status().isConflict());
		send("/api/v1/pilot-dossiers/{id}/scores", municipal(), "{\"scores\": {\"P1\": {\"score\": 18}, \"P2\": "
				+ "{\"score\": 17}, \"P3\": {\"score\": 16}, \"P4\": {\"score\": 15}, \"P5\": {\"score\": 14}}, "
				+ "\"version\": " + version("pilot_dossier", id) + "}", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalScore").value(80));
		send("/api/v1/pilot-dossiers/{id}/recommend", municipal(), "{\"version\": " + version("pilot_dossier", id)
				+ "}", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RECOMMENDED"));
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where event = 'PILOT_DOSSIER_CREATED' "
				+ "and object_id = ?", Long.class, String.valueOf(id))).isEqualTo(1);
	}

	@Test
	void theBureauRecordsStagesAndDecidesOnTheReportsTheDistrictFilesThroughTheApi() throws Exception {
		int year = fixtures.publishedYear("昌平试点写接口公司", CHANGPING);
		long dossier = fixtures.scored(CHANGPING, year, PilotFixtures.scores("18", "18", "18", "18", "18"));
		send("/api/v1/pilot-dossiers/letters", municipal(), "{\"year\": " + year + ", \"documentNumber\": "
				+ "\"京市监函〔2026〕51号\", \"issuedOn\": \"2026-12-01\", \"dossierIds\": [" + dossier + "]}")
			.andExpect(status().isCreated());
		long pilot = jdbc.queryForObject("select id from district_pilot where dossier_id = ?", Long.class, dossier);

		String approved = "\"stage\": \"APPROVED\", \"documentNumber\": \"国市监竞争函〔2026〕19号\"";
		send("/api/v1/district-pilots/{id}/stages", district(CHANGPING), "{" + approved + ", \"on\": \"2026-12-05\", "
				+ "\"version\": " + version("district_pilot", pilot) + "}", pilot)
			.andExpect(status().isForbidden());
		send("/api/v1/district-pilots/{id}/stages", municipal(), "{\"stage\": \"APPROVED\", \"on\": \"2026-12-05\", "
				+ "\"documentNumber\": \" \", \"version\": " + version("district_pilot", pilot) + "}", pilot)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("documentNumber"));
		send("/api/v1/district-pilots/{id}/stages", municipal(), "{" + approved + ", \"on\": \"2026-11-30\", "
				+ "\"version\": " + version("district_pilot", pilot) + "}", pilot)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("on"))
			.andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("2026-12-01")));
		send("/api/v1/district-pilots/{id}/stages", municipal(), "{\"stage\": \"IN_PILOT\", \"on\": \"2026-12-05\", "
				+ "\"documentNumber\": \"京市监发〔2026〕41号\", \"version\": " + version("district_pilot", pilot) + "}",
				pilot)
			.andExpect(status().isConflict());
		send("/api/v1/district-pilots/{id}/stages", municipal(), "{" + approved + ", \"on\": \"2026-12-05\", "
				+ "\"version\": " + (version("district_pilot", pilot) - 1) + "}", pilot)
			.andExpect(status().isConflict());
		send("/api/v1/district-pilots/{id}/stages", municipal(), "{" + approved + ", \"on\": \"2026-12-05\", "
				+ "\"note\": \"第四批\", \"version\": " + version("district_pilot", pilot) + "}", pilot)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.pilot.stage").value("APPROVED"));
		send("/api/v1/district-pilots/{id}/stages", municipal(), "{\"stage\": \"IN_PILOT\", \"on\": \"2026-12-06\", "
				+ "\"documentNumber\": \"京市监发〔2026〕41号\", \"version\": " + version("district_pilot", pilot) + "}",
				pilot)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.pilot.stage").value("IN_PILOT"))
			.andExpect(jsonPath("$.pilot.steps.length()").value(3));

		fixtures.clock().setTo(Instant.parse((year + 1) + "-05-01T02:00:00Z"));
		String figures = "\"trainings\": 3, \"peopleTrained\": 260, \"firmsVisited\": 41, \"institutionalResults\": 1, "
				+ "\"casesHandled\": 2";
		send("/api/v1/district-pilots/{id}/reports", district(CHANGPING), "{\"year\": " + (year + 1) + ", \"half\": 2, "
				+ "\"content\": \"下半年\", " + figures + "}", pilot)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("half"))
			.andExpect(jsonPath("$.errors[0].message").value("该半年度尚未开始，或早于试点年度。"));
		send("/api/v1/district-pilots/{id}/reports", district(CHANGPING), "{\"year\": " + (year - 1) + ", \"half\": 1, "
				+ "\"content\": \"试点之前\", " + figures + "}", pilot)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		send("/api/v1/district-pilots/{id}/reports", district(CHANGPING), "{\"year\": " + (year + 2) + ", \"half\": 1, "
				+ "\"content\": \"明年\", " + figures + "}", pilot)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		send("/api/v1/district-pilots/{id}/reports", district(CHANGPING), "{\"year\": " + (year + 1) + ", \"half\": 1, "
				+ "\"content\": \"上半年\", \"trainings\": -1, \"peopleTrained\": 1, \"firmsVisited\": 1, "
				+ "\"institutionalResults\": 0, \"casesHandled\": 0}", pilot)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("trainings"));
		send("/api/v1/district-pilots/{id}/reports", district(HUAIROU), "{\"year\": " + (year + 1) + ", \"half\": 1, "
				+ "\"content\": \"上半年\", " + figures + "}", pilot)
			.andExpect(status().isNotFound());
		send("/api/v1/district-pilots/{id}/reports", district(CHANGPING), "{\"year\": " + (year + 1) + ", \"half\": 1, "
				+ "\"content\": \"上半年举办培训三场\", " + figures + "}", pilot)
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/district-pilots/" + pilot))
			.andExpect(jsonPath("$.reports[0].status").value("SUBMITTED"))
			.andExpect(jsonPath("$.reports[0].figures.peopleTrained").value(260));
		send("/api/v1/district-pilots/{id}/reports", district(CHANGPING), "{\"year\": " + (year + 1) + ", \"half\": 1, "
				+ "\"content\": \"再报\", " + figures + "}", pilot)
			.andExpect(status().isConflict());
		long report = jdbc.queryForObject("select id from pilot_progress_report where pilot_id = ?", Long.class, pilot);

		send("/api/v1/district-pilots/reports/{id}/return", municipal(), "{\"version\": "
				+ version("pilot_progress_report", report) + "}", report)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		send("/api/v1/district-pilots/reports/{id}/accept", district(CHANGPING), "{\"version\": "
				+ version("pilot_progress_report", report) + "}", report)
			.andExpect(status().isForbidden());
		send("/api/v1/district-pilots/reports/{id}/return", municipal(), "{\"reason\": \"请补充制度性成果的名称\", "
				+ "\"version\": " + version("pilot_progress_report", report) + "}", report)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reports[0].status").value("RETURNED"))
			.andExpect(jsonPath("$.reports[0].returnReason").value("请补充制度性成果的名称"));
		send("/api/v1/district-pilots/reports/{id}/revise", district(HUAIROU), "{\"content\": \"改\", " + figures
				+ ", \"version\": " + version("pilot_progress_report", report) + "}", report)
			.andExpect(status().isNotFound());
		send("/api/v1/district-pilots/reports/{id}/revise", district(CHANGPING), "{\"content\": \"上半年举办培训三场，形成指引\", "
				+ figures + ", \"version\": " + version("pilot_progress_report", report) + "}", report)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reports[0].status").value("SUBMITTED"));
		send("/api/v1/district-pilots/reports/{id}/accept", municipal(), "{\"version\": "
				+ (version("pilot_progress_report", report) - 1) + "}", report)
			.andExpect(status().isConflict());
		send("/api/v1/district-pilots/reports/{id}/accept", municipal(), "{\"version\": "
				+ version("pilot_progress_report", report) + "}", report)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reports[0].status").value("ACCEPTED"));
		send("/api/v1/district-pilots/reports/{id}/accept", municipal(), "{\"version\": "
				+ version("pilot_progress_report", report) + "}", report)
			.andExpect(status().isConflict());
		assertThat(jdbc.queryForObject("select content from pilot_progress_report where id = ?", String.class, report))
			.isEqualTo("上半年举办培训三场，形成指引");
	}
}
