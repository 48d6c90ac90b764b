package cn.tsbase;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The JSON API is described in OpenAPI where the documentation is on (demo and test profiles). */
@IntegrationTest
class OpenApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void describesTheUnitRegistryAndTheCurrentUser() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/units")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/units/{id}")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/me")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/bases")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/bases/{id}/profile")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/annual-plans")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/activities")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/liaison-reports")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/liaison-problems")))
			.andExpect(jsonPath("$.paths['/api/v1/guidance-requests'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/guidance-requests/{id}/assign'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/guidance-officers'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/guidance-officers/{id}/assignments/{assignmentId}/end'].post")
				.exists())
			.andExpect(jsonPath("$.paths['/api/v1/cultivation-pool'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/cultivation-pool/{id}'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/cultivation-pool/{id}'].delete").exists())
			.andExpect(jsonPath("$.paths['/api/v1/self-assessments'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/self-assessments/{id}/share'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/units'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/units'].get").exists());
	}

	@Test
	void describesTheWritingOfSummaryReportsAndEscalations() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/summary-reports'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/summary-reports/{id}'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/summary-reports/{id}/submit'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/summary-reports/{id}/return'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/summary-reports/{id}/accept'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/escalations'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/escalations/{id}/answer'].post").exists());
	}

	@Test
	void describesTheWritingOfPilotDossiersAndDistrictPilots() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/pilot-dossiers'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/pilot-dossiers/{id}/reason'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/pilot-dossiers/{id}/statement'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/pilot-dossiers/{id}/cases'].post.summary")
				.value(containsString("400 (field caseIds) for another case")))
			.andExpect(jsonPath("$.paths['/api/v1/district-pilots/{id}/reports'].post.summary")
				.value(containsString("(field year)")))
			.andExpect(jsonPath("$.paths['/api/v1/pilot-dossiers/{id}/work-plan'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/pilot-dossiers/{id}/submit'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/pilot-dossiers/{id}/scores'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/pilot-dossiers/{id}/recommend'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/pilot-dossiers/letters'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/district-pilots/{id}/stages'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/district-pilots/{id}/reports'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/district-pilots/reports/{reportId}/revise'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/district-pilots/reports/{reportId}/accept'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/district-pilots/reports/{reportId}/return'].post").exists());
	}

	@Test
	void servesSwaggerUi() throws Exception {
		mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}
}
