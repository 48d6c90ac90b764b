package cn.tsbase.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.UsccFixtures;
import cn.tsbase.base.BaseFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.shared.security.Role;

/**
 * The zone's own people write its members through the API with the same checks, scope and audit as the members page:
 * added by credit code (matched to a registered unit), replaced or partly changed with the version read (409 when
 * stale), removed with a date; the district reads but may not write, another unit finds no zone.
 */
@IntegrationTest
class ZoneMemberApiTests {

	static final String MIYUN = "110118";

	@Autowired
	MockMvc mvc;

	@Autowired
	BaseFixtures bases;

	@Autowired
	UnitFixtures units;

	@Autowired
	JdbcTemplate jdbc;

	OperationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new OperationFixtures(bases, jdbc);
	}

	@Test
	void aMemberIsAddedChangedWithItsVersionAndRemovedWithADate() throws Exception {
		var zone = fixtures.designate("接口成员科技园区", MIYUN, BaseType.ZONE);
		var registered = units.register("接口注册成员科技有限公司", MIYUN);
		String base = "/api/v1/bases/" + zone.baseId() + "/members";

		long id = ((Number) com.jayway.jsonpath.JsonPath.read(json(post(base), unit(zone), """
				{"uscc": "%s", "hasRules": true, "rulesOn": "2024-03-01", "rulesDocument": " 保密制度 ",
				 "trainedPeople": 9}""".formatted(registered.unit().getUscc()))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith(base + "/")))
			.andExpect(jsonPath("$.name").value("接口注册成员科技有限公司"))
			.andExpect(jsonPath("$.registered").value(true))
			.andExpect(jsonPath("$.hasRules").value(true))
			.andExpect(jsonPath("$.rulesDocument").value("保密制度"))
			.andExpect(jsonPath("$.trainedThisYear").value(9))
			.andExpect(jsonPath("$.cultivated").value(false))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id")).longValue();
		long version = version(id);

		// the same checks as the page: a current member again, a wrong check digit, no name for an unknown code
		json(post(base), unit(zone), "{\"uscc\": \"%s\"}".formatted(registered.unit().getUscc()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("uscc"));
		String unknown = UsccFixtures.random(MIYUN);
		String wrongCheck = unknown.substring(0, 17) + (unknown.charAt(17) == '0' ? '1' : '0');
		json(post(base), unit(zone), "{\"uscc\": \"%s\", \"name\": \"校验码错误\"}".formatted(wrongCheck))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("校验码")));
		json(post(base), unit(zone), "{\"uscc\": \"%s\"}".formatted(unknown)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].message").value("该统一社会信用代码未在平台注册，请填写成员单位名称"));
		json(post(base), unit(zone), "{\"uscc\": \"\", \"trainedPeople\": -1}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(2));

		// PATCH changes what it sends and keeps the rest; a stale version is refused
		json(patch(base + "/" + id), unit(zone), "{\"version\": %d, \"cultivated\": true}".formatted(version))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cultivated").value(true))
			.andExpect(jsonPath("$.hasRules").value(true))
			.andExpect(jsonPath("$.rulesOn").value("2024-03-01"))
			.andExpect(jsonPath("$.trainedThisYear").value(9))
			.andExpect(jsonPath("$.version").value(version + 1));
		json(patch(base + "/" + id), unit(zone), "{\"version\": %d, \"trainedPeople\": 1}".formatted(version))
			.andExpect(status().isConflict());
		json(patch(base + "/" + id), unit(zone), "{\"trainedPeople\": 1}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("版本号")));

		// PUT states everything: what it leaves out is gone
		json(put(base + "/" + id), unit(zone), "{\"version\": %d, \"hasRules\": false}".formatted(version + 1))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("cultivated"));
		json(put(base + "/" + id), unit(zone),
				"{\"version\": %d, \"hasRules\": false, \"cultivated\": true}".formatted(version + 1))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hasRules").value(false))
			.andExpect(jsonPath("$.rulesOn").doesNotExist())
			.andExpect(jsonPath("$.trainedThisYear").value(0));
		json(put(base + "/" + id), unit(zone),
				"{\"version\": %d, \"hasRules\": true, \"cultivated\": true}".formatted(version + 1))
			.andExpect(status().isConflict());
		assertThat(jdbc.queryForObject("select has_rules from zone_member where id = ?", Boolean.class, id)).isFalse();

		// removed with a date, not in the future; the record stays and no longer changes
		String future = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).toString();
		json(post(base + "/" + id + "/removal"), unit(zone),
				"{\"version\": %d, \"removedOn\": \"%s\"}".formatted(version(id), future))
			.andExpect(status().isBadRequest());
		json(post(base + "/" + id + "/removal"), unit(zone),
				"{\"version\": %d, \"removedOn\": \"2026-01-15\"}".formatted(version(id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.removedOn").value("2026-01-15"))
			.andExpect(jsonPath("$.current").value(false));
		json(patch(base + "/" + id), unit(zone), "{\"version\": %d, \"cultivated\": false}".formatted(version(id)))
			.andExpect(status().isConflict());
		assertThat(jdbc.queryForObject("select count(*) from zone_member where base_id = ?", Long.class,
				zone.baseId())).isEqualTo(1);
		await().atMost(Duration.ofSeconds(10)).until(() -> audited("ZONE_MEMBER_ADDED", zone) == 1
				&& audited("ZONE_MEMBER_CHANGED", zone) == 3 && audited("ZONE_MEMBER_REMOVED", zone) == 1);
	}

	@Test
	void onlyTheZonesOwnPeopleWriteItsMembers() throws Exception {
		var zone = fixtures.designate("接口权限科技园区", MIYUN, BaseType.ZONE);
		var point = fixtures.designate("接口权限科技有限公司", MIYUN, BaseType.POINT);
		String body = "{\"uscc\": \"%s\", \"name\": \"权限成员有限公司\"}".formatted(UsccFixtures.random(MIYUN));
		json(post("/api/v1/bases/{id}/members", zone.baseId()),
				Principals.role(Role.DISTRICT_OFFICER, MIYUN, null), body).andExpect(status().isForbidden());
		json(post("/api/v1/bases/{id}/members", zone.baseId()), Principals.role(Role.APPLICANT, MIYUN, 1L), body)
			.andExpect(status().isNotFound());
		json(post("/api/v1/bases/{id}/members", point.baseId()), unit(point), body).andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select count(*) from zone_member where base_id in (?, ?)", Long.class,
				zone.baseId(), point.baseId())).isZero();

		json(post("/api/v1/bases/{id}/members", zone.baseId()), Principals.role(Role.APPLICANT, MIYUN, zone.unitId()),
				body).andExpect(status().isCreated());
		long id = jdbc.queryForObject("select id from zone_member where base_id = ?", Long.class, zone.baseId());
		json(patch("/api/v1/bases/{id}/members/{m}", zone.baseId(), id), Principals.role(Role.APPLICANT, MIYUN, 1L),
				"{\"version\": 0, \"cultivated\": true}").andExpect(status().isNotFound());
		json(patch("/api/v1/bases/{id}/members/{m}", point.baseId(), id), unit(point),
				"{\"version\": 0, \"cultivated\": true}").andExpect(status().isNotFound());
		json(put("/api/v1/bases/{id}/members/{m}", zone.baseId(), id),
				Principals.role(Role.MUNICIPAL_OFFICER, null, null),
				"{\"version\": 0, \"hasRules\": true, \"cultivated\": true}").andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select cultivated from zone_member where id = ?", Boolean.class, id)).isFalse();
	}

	private ResultActions json(MockHttpServletRequestBuilder request, RequestPostProcessor who, String body)
			throws Exception {
		return mvc.perform(request.with(who).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private static RequestPostProcessor unit(OperationFixtures.Designated base) {
		return Principals.role(Role.LIAISON, base.district(), base.unitId());
	}

	private long version(long memberId) {
		return jdbc.queryForObject("select version from zone_member where id = ?", Long.class, memberId);
	}

	private long audited(String event, OperationFixtures.Designated zone) {
		return jdbc.queryForObject("select count(*) from audit_entry where event = ? and object_id = ?", Long.class,
				event, String.valueOf(zone.baseId()));
	}

	private static MockHttpServletRequestBuilder post(String url, Object... variables) {
		return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url, variables);
	}
}
