package cn.tsbase.evaluation;

import static cn.tsbase.evaluation.PilotFixtures.bureau;
import static cn.tsbase.evaluation.PilotFixtures.municipal;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;

/**
 * The pilot dossier's writing steps through /api/v1/pilot-dossiers: the district writes its work plan (sanitised) and
 * submits (409 when stale or already submitted), the bureau scores (400 when a criterion is missing), reads the
 * ranking and issues the year's letter (201, then 409), which reads back with its districts.
 */
@IntegrationTest
class PilotDossierApiTests {

	static final String DAXING = "110115";

	@Autowired
	MockMvc mvc;

	@Autowired
	PilotFixtures fixtures;

	static RequestPostProcessor district() {
		return PilotFixtures.district(DAXING);
	}

	long version(long id) {
		return fixtures.version("pilot_dossier", id);
	}

	@Test
	void theDistrictWritesAndSubmitsAndTheBureauScoresRanksAndIssuesTheLetterThroughTheApi() throws Exception {
		int year = fixtures.publishedYear("大兴试点接口公司", DAXING);
		long id = fixtures.dossiers().build(DAXING, year, bureau());
		fixtures.dossiers().writeReason(id, version(id), "接口推荐理由", bureau());

		mvc.perform(post("/api/v1/pilot-dossiers/{id}/submit", id).with(district()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version(id) + "}")).andExpect(status().isConflict());
		mvc.perform(post("/api/v1/pilot-dossiers/{id}/work-plan", id).with(municipal()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"workPlan\": \"x\", \"version\": " + version(id) + "}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/pilot-dossiers/{id}/work-plan", id).with(district()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"workPlan\": \"<p>大兴方案</p><script>x()</script>\", \"version\": " + version(id) + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.workPlan").value("<p>大兴方案</p>"));
		mvc.perform(post("/api/v1/pilot-dossiers/{id}/submit", id).with(district()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + (version(id) - 1) + "}")).andExpect(status().isConflict());
		mvc.perform(post("/api/v1/pilot-dossiers/{id}/submit", id).with(district()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version(id) + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));

		mvc.perform(post("/api/v1/pilot-dossiers/{id}/scores", id).with(municipal()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"scores\": {\"P1\": {\"score\": 18}}, \"version\": " + version(id) + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scores.P2.score"));
		mvc.perform(post("/api/v1/pilot-dossiers/{id}/scores", id).with(municipal()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"scores\": {\"P1\": {\"score\": 18.3}}, \"version\": " + version(id) + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scores.P1.score"));
		mvc.perform(post("/api/v1/pilot-dossiers/{id}/scores", id).with(municipal()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"scores\": {\"P1\": {\"score\": 18, \"comment\": \"好\"}, \"P2\": {\"score\": 17}, "
					+ "\"P3\": {\"score\": 16}, \"P4\": {\"score\": 15}, \"P5\": {\"score\": 14.5}}, \"version\": "
					+ version(id) + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalScore").value(80.5))
			.andExpect(jsonPath("$.scores.entries.P1.comment").value("好"));
		mvc.perform(get("/api/v1/pilot-dossiers/ranking").param("year", String.valueOf(year)).with(municipal()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(id));
		mvc.perform(get("/api/v1/pilot-dossiers/ranking").param("year", String.valueOf(year)).with(district()))
			.andExpect(status().isForbidden());

		String letter = "{\"year\": " + year + ", \"documentNumber\": \"京市监函〔2026〕20号\", \"issuedOn\": "
				+ "\"2026-12-07\", \"dossierIds\": [" + id + "]}";
		mvc.perform(post("/api/v1/pilot-dossiers/letters").with(municipal()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(letter))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.documentNumber").value("京市监函〔2026〕20号"))
			.andExpect(jsonPath("$.districts[0].districtCode").value(DAXING))
			.andExpect(jsonPath("$.districts[0].rank").value(1));
		mvc.perform(post("/api/v1/pilot-dossiers/letters").with(municipal()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(letter)).andExpect(status().isConflict());
		mvc.perform(get("/api/v1/pilot-dossiers/letters/{year}", year).with(municipal()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.issuedOn").value("2026-12-07"));
		mvc.perform(get("/api/v1/pilot-dossiers/{id}", id).with(district()))
			.andExpect(jsonPath("$.status").value("RECOMMENDED"))
			.andExpect(jsonPath("$.recommendedBy", Matchers.notNullValue()));
	}
}
