package cn.tsbase.operation;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.base.BaseFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.security.Role;

/** The operation API answers with records, within the same scope as the pages. */
@IntegrationTest
class OperationApiTests {

	static final String SHUNYI = "110113";

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

	@Test
	void theBasesProfilePlansAndActivitiesAreReadWithinTheCallersScopeOnly() throws Exception {
		var base = fixtures.designate("接口科技有限公司", SHUNYI, BaseType.POINT);
		var unit = Principals.role(Role.APPLICANT, SHUNYI, base.unitId());
		mvc.perform(get("/api/v1/bases").with(unit))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].baseId").value(base.baseId()))
			.andExpect(jsonPath("$.content[0].missingStandards").isArray());
		mvc.perform(get("/api/v1/bases").with(Principals.role(Role.DISTRICT_OFFICER, "110108", null)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].baseId", not(hasItem((int) base.baseId()))));
		mvc.perform(get("/api/v1/bases/{id}/profile", base.baseId()).with(Principals.role(Role.IP_OFFICER, SHUNYI,
				null))).andExpect(status().isOk()).andExpect(jsonPath("$.unitName").value("接口科技有限公司"));
		mvc.perform(get("/api/v1/bases/{id}/profile", base.baseId())
			.with(Principals.role(Role.DISTRICT_OFFICER, "110108", null))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/annual-plans").param("baseId", String.valueOf(base.baseId())).with(unit))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$").isArray());
		mvc.perform(get("/api/v1/annual-plans").param("baseId", String.valueOf(base.baseId()))
			.param("year", "2026")
			.with(unit)).andExpect(status().isOk()).andExpect(jsonPath("$.year").value(2026));
		mvc.perform(get("/api/v1/activities").param("baseId", String.valueOf(base.baseId()))
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(0));
		mvc.perform(get("/api/v1/activities").param("baseId", String.valueOf(base.baseId()))
			.with(Principals.role(Role.APPLICANT, SHUNYI, 1L))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/liaison-problems").with(Principals.role(Role.DISTRICT_OFFICER, SHUNYI, null)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content").isArray());
		mvc.perform(get("/api/v1/liaison-reports").with(unit)).andExpect(status().isForbidden());
	}
}
