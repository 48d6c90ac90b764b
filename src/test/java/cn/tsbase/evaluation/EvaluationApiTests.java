package cn.tsbase.evaluation;

import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.security.Role;

/** The evaluation JSON API: documented in OpenAPI, scoped like the pages, the review hidden from units until published. */
@IntegrationTest
class EvaluationApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EvaluationFixtures fixtures;

	@Autowired
	PublishedRounds published;

	@Test
	void theEvaluationEndpointsAreInTheOpenApiDocument() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/indicator-systems")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/indicator-systems/{id}")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/evaluation-rounds")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/evaluation-rounds/{id}")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/evaluations")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/evaluations/{id}")));
	}

	@Test
	void theApiShowsAUnitItsOwnEvaluationWithoutTheReviewAndOthersNotAtAll() throws Exception {
		int year = EvaluationFixtures.nextYear();
		LocalDate date = EvaluationFixtures.nextDate();
		EvaluationFixtures.Designated base = fixtures.designate("评估接口测试公司", "110102", BaseType.POINT, date);
		EvaluationFixtures.Designated other = fixtures.designate("评估接口测试他公司", "110102", BaseType.POINT, date);
		var municipal = Principals.role(Role.MUNICIPAL_OFFICER, null, null);
		long[] systemIds = new long[2];
		int i = 0;
		for (BaseType type : BaseType.values()) {
			String location = mvc.perform(post("/evaluation/indicator-systems").with(municipal).with(csrf())
				.param("year", String.valueOf(year))
				.param("baseType", type.name())).andReturn().getResponse().getRedirectedUrl();
			systemIds[i++] = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		}
		mvc.perform(post("/evaluation/rounds").with(municipal).with(csrf())
			.param("year", String.valueOf(year))
			.param("designatedBefore", date.plusDays(1).toString())
			.param("selfDeadline", year + "-01-15")
			.param("districtDeadline", year + "-02-15")
			.param("pointSystemId", String.valueOf(systemIds[BaseType.POINT.ordinal()]))
			.param("zoneSystemId", String.valueOf(systemIds[BaseType.ZONE.ordinal()])))
			.andExpect(status().is3xxRedirection());
		long id = fixtures.evaluationOf(base.baseId());
		mvc.perform(get("/api/v1/evaluations/{id}", id).with(Principals.role(Role.APPLICANT, "110102", base.unitId())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unitName").value("评估接口测试公司"))
			.andExpect(jsonPath("$.status").value("SELF_EVALUATION"))
			.andExpect(jsonPath("$.proposedGrade").value(nullValue()));
		mvc.perform(get("/api/v1/evaluations/{id}", id).with(Principals.role(Role.APPLICANT, "110102", other.unitId())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/evaluations/{id}", id).with(Principals.role(Role.DISTRICT_OFFICER, "110108", null)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/indicator-systems/{id}", systemIds[0]).with(municipal))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.platformDefault").value(true))
			.andExpect(jsonPath("$.status").value("IN_USE"))
			.andExpect(jsonPath("$.content.dimensions[0].indicators[0].code").value("S1"));
	}
}
