package cn.tsbase.evaluation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.evaluation.internal.Rectifications;
import cn.tsbase.shared.security.Role;

/**
 * The rectification steps through the JSON API: the base files progress and submits, the district returns it with a
 * reason (none: 400) and accepts the resubmission; another district gets 404, the wrong role 403, a stale version 409.
 */
@IntegrationTest
class RectificationApiTests {

	static final String SHIJINGSHAN = "110107";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Rectifications rectifications;

	@Autowired
	EvaluationFixtures fixtures;

	@Autowired
	PublishedRounds published;

	long version(long id) {
		return jdbc.queryForObject("select version from rectification where id = ?", Long.class, id);
	}

	ResultActions send(String path, long id, String json, RequestPostProcessor user) throws Exception {
		return mvc.perform(post("/api/v1/rectifications/{id}/" + path, id).with(user)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	@Test
	void theBaseFilesAndSubmitsAndTheDistrictReturnsThenAcceptsThroughTheApi() throws Exception {
		LocalDate date = EvaluationFixtures.nextDate();
		EvaluationFixtures.Designated base = fixtures.designate("整改接口测试公司", SHIJINGSHAN, BaseType.POINT, date);
		published.publish(EvaluationFixtures.nextYear(), date, Set.of(base.baseId()));
		long id = jdbc.queryForObject("select id from rectification where base_id = ?", Long.class, base.baseId());
		RequestPostProcessor unit = Principals.role(Role.APPLICANT, SHIJINGSHAN, base.unitId());
		RequestPostProcessor district = Principals.role(Role.DISTRICT_OFFICER, SHIJINGSHAN, null);
		RequestPostProcessor otherDistrict = Principals.role(Role.DISTRICT_OFFICER, "110108", null);

		// not issued yet: the base cannot file
		send("progress", id, "{\"plan\":\"方案\",\"progress\":\"进展\",\"version\":" + version(id) + "}", unit)
			.andExpect(status().isConflict());
		rectifications.issue(id, version(id), "1. 完善制度", null, 5,
				PublishedRounds.user(Role.DISTRICT_OFFICER, SHIJINGSHAN, null));

		send("progress", id, "{\"plan\":\"三个月内完成\",\"progress\":\"已修订制度\",\"version\":" + version(id) + "}", unit)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ISSUED"))
			.andExpect(jsonPath("$.progress").value("已修订制度"));
		send("submit", id, "{\"version\":" + (version(id) - 1) + "}", unit).andExpect(status().isConflict());
		send("submit", id, "{\"version\":" + version(id) + "}", unit)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));

		// the district decides; another district cannot see it, the unit cannot decide
		send("accept", id, "{\"version\":" + version(id) + "}", otherDistrict).andExpect(status().isNotFound());
		send("accept", id, "{\"version\":" + version(id) + "}", unit).andExpect(status().isForbidden());
		send("reject", id, "{\"reason\":\"\",\"version\":" + version(id) + "}", district)
			.andExpect(status().isBadRequest());
		send("reject", id, "{\"reason\":\"签到表缺失\",\"version\":" + version(id) + "}", district)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.decisionReason").value("签到表缺失"));
		send("submit", id, "{\"version\":" + version(id) + "}", unit).andExpect(status().isOk());
		send("accept", id, "{\"reason\":\"整改到位\",\"version\":" + version(id) + "}", district)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"));
		send("progress", id, "{\"plan\":\"再改\",\"progress\":\"再改\",\"version\":" + version(id) + "}", unit)
			.andExpect(status().isConflict());
	}
}
