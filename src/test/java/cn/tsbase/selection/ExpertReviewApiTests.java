package cn.tsbase.selection;

import static cn.tsbase.selection.SelectionFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.declaration.BaseType;

/** The officer's JSON API of rounds and assignments, as described in OpenAPI. */
@IntegrationTest
class ExpertReviewApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SelectionFixtures selection;

	@Autowired
	JdbcTemplate jdbc;

	static RequestPostProcessor officer() {
		return Principals.as(SelectionFixtures.municipalOfficer());
	}

	@Test
	void theOfficerReadsRoundsAssignsByApiAndGetsReasonsInWordsWhenRefused() throws Exception {
		List<CandidateView> candidates = selection.passedCandidates("110102", 2026, BaseType.POINT, unique("接口单位"));
		CandidateView candidate = candidates.get(0);
		ExpertView conflicted = selection.expertAt(unique("接口冲突"), "接口冲突单位", candidate.uscc(), null);
		ExpertView expert = selection.expert(unique("接口专家"));
		ReviewRoundView round = selection.round(2026, candidates, List.of(conflicted, expert), 1, 1);
		long id = round.id();

		mvc.perform(get("/api/v1/selection/rounds").with(officer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(round.name())));
		mvc.perform(post("/api/v1/selection/rounds/{id}/assignments/auto", id).with(csrf()).with(officer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.done").value(true))
			.andExpect(jsonPath("$.assignments", hasSize(1)))
			.andExpect(jsonPath("$.assignments[0].expertName").value(expert.name()));
		mvc.perform(get("/api/v1/selection/rounds/{id}", id).with(officer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.candidates[0].unitName").value(candidate.unitName()))
			.andExpect(jsonPath("$.conflicts[0].expertName").value(conflicted.name()))
			.andExpect(jsonPath("$.conflicts[0].reason").value("DECLARING_UNIT_CREDIT_CODE"))
			.andExpect(jsonPath("$.conflicts[0].text", containsString(candidate.uscc())));

		mvc.perform(post("/api/v1/selection/rounds/{id}/assignments", id).with(csrf())
			.with(officer())
			.contentType("application/json")
			.content("{\"expertId\":" + conflicted.id() + ",\"declarationId\":" + candidate.declarationId() + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.problems[0]", containsString("不能评审“" + candidate.unitName() + "”")));

		mvc.perform(post("/api/v1/selection/rounds/{id}/release", id).with(csrf()).with(officer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assignments[0].releasedAt").isNotEmpty());
		long assignment = selection.assignmentId(round, expert, candidate.declarationId());
		mvc.perform(delete("/api/v1/selection/rounds/{id}/assignments/{a}", id, assignment).with(csrf())
			.with(officer())).andExpect(status().isNoContent());
		mvc.perform(post("/api/v1/selection/rounds/{id}/release", id).with(csrf()).with(officer()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.problems[0]", containsString("只分配了 0 名专家")));
		mvc.perform(get("/api/v1/selection/rounds/{id}/results", id).with(officer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.declarations[0].scoreCount").value(0));
		mvc.perform(get("/api/v1/selection/rounds/{id}", 987654321L).with(officer())).andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select count(*) from review_assignment where round_id = ?", Long.class, id))
			.isZero();
	}

	@Test
	void theApiIsDescribedInOpenApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/selection/rounds")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/selection/rounds/{id}/assignments/auto")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/selection/rounds/{id}/results")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/selection/my/assignments")))
			.andExpect(jsonPath("$.paths['/api/v1/selection/my/assignments/{id}/score'].put").exists());
	}
}
