package cn.tsbase.security;

import static cn.tsbase.security.SecurityFixtures.HAIDIAN;
import static cn.tsbase.security.SecurityFixtures.XICHENG;
import static cn.tsbase.security.SecurityFixtures.as;
import static cn.tsbase.security.SecurityFixtures.servletPathAsInContainer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import cn.tsbase.IntegrationTest;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.security.SecurityFixtures.Registered;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * Data scoping (SECURITY.md, access control): district officers see their district only, units only themselves,
 * administrators no business data. The scope is part of the query, so an object outside it is "not found" (404) and
 * the answer says nothing about it.
 */
@IntegrationTest
class DistrictScopingTests {

	/** An id that no unit has. */
	private static final long NO_SUCH_UNIT = 987_654_321L;

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitFixtures organization;

	/** Part of both units' names, so that the lists can be narrowed to this test's units. */
	private String marker;

	private Registered xicheng;

	private Registered haidian;

	@BeforeEach
	void twoUnitsInTwoDistricts() {
		marker = "scope" + SecurityFixtures.token();
		xicheng = SecurityFixtures.register(organization, XICHENG, "西城单位" + marker + "-");
		haidian = SecurityFixtures.register(organization, HAIDIAN, "海淀单位" + marker + "-");
	}

	@Test
	void aDistrictOfficerGetsNotFoundForAnotherDistrictsUnitPage() throws Exception {
		CurrentUser officer = SecurityFixtures.districtOfficer(XICHENG);

		MockHttpServletResponse own = page("/units/" + xicheng.id(), officer);
		assertThat(own.getStatus()).isEqualTo(200);
		assertThat(own.getContentAsString()).contains(xicheng.name()).contains(xicheng.uscc());

		MockHttpServletResponse other = page("/units/" + haidian.id(), officer);
		assertThat(other.getStatus()).isEqualTo(404);
		assertLeaksNothingOf(other, haidian);
	}

	@Test
	void aDistrictOfficerGetsNotFoundForAnotherDistrictsUnitInTheApi() throws Exception {
		CurrentUser officer = SecurityFixtures.districtOfficer(XICHENG);

		MockHttpServletResponse own = api("/api/v1/units/" + xicheng.id(), officer);
		assertThat(own.getStatus()).isEqualTo(200);
		assertThat((String) JsonPath.read(own.getContentAsString(), "$.name")).isEqualTo(xicheng.name());

		MockHttpServletResponse other = api("/api/v1/units/" + haidian.id(), officer);
		assertThat(other.getStatus()).isEqualTo(404);
		assertThat(other.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertLeaksNothingOf(other, haidian);
	}

	@Test
	void aUnitOutsideTheScopeLooksExactlyLikeAUnitThatDoesNotExist() throws Exception {
		CurrentUser officer = SecurityFixtures.districtOfficer(XICHENG);

		MockHttpServletResponse outside = api("/api/v1/units/" + haidian.id(), officer);
		MockHttpServletResponse missing = api("/api/v1/units/" + NO_SUCH_UNIT, officer);
		assertThat(outside.getStatus()).isEqualTo(missing.getStatus()).isEqualTo(404);
		assertThat(withoutId(outside.getContentAsString(), haidian.id()))
			.isEqualTo(withoutId(missing.getContentAsString(), NO_SUCH_UNIT));

		MockHttpServletResponse outsidePage = page("/units/" + haidian.id(), officer);
		MockHttpServletResponse missingPage = page("/units/" + NO_SUCH_UNIT, officer);
		assertThat(outsidePage.getStatus()).isEqualTo(missingPage.getStatus()).isEqualTo(404);
		assertThat(withoutVolatileParts(outsidePage.getContentAsString(), haidian.id()))
			.isEqualTo(withoutVolatileParts(missingPage.getContentAsString(), NO_SUCH_UNIT));
	}

	@Test
	void theDistrictListNeverShowsAnotherDistrictEvenWhenAskedFor() throws Exception {
		CurrentUser officer = SecurityFixtures.districtOfficer(XICHENG);

		String list = page("/units?q=" + marker, officer).getContentAsString();
		assertThat(list).contains(xicheng.name()).doesNotContain(haidian.name()).doesNotContain(haidian.uscc());

		MockHttpServletResponse filtered = page("/units?district=" + HAIDIAN + "&q=" + marker, officer);
		assertThat(filtered.getStatus()).isEqualTo(200);
		assertLeaksNothingOf(filtered, haidian);
		assertThat(filtered.getContentAsString()).doesNotContain(xicheng.name());

		// the htmx fragment of the list is scoped the same way
		MockHttpServletResponse fragment = mvc
			.perform(get("/units?district=" + HAIDIAN + "&q=" + marker).header("HX-Request", "true").with(as(officer)))
			.andReturn()
			.getResponse();
		assertThat(fragment.getStatus()).isEqualTo(200);
		assertLeaksNothingOf(fragment, haidian);
	}

	@Test
	void theDistrictApiListNeverContainsAnotherDistrictEvenWhenAskedFor() throws Exception {
		CurrentUser officer = SecurityFixtures.districtOfficer(XICHENG);
		assertApiListIsScopedToXicheng(officer);
	}

	@Test
	void anIpOfficerIsScopedToTheirDistrictTheSameWay() throws Exception {
		CurrentUser officer = SecurityFixtures.ipOfficer(XICHENG);

		assertThat(page("/units/" + xicheng.id(), officer).getStatus()).isEqualTo(200);
		MockHttpServletResponse otherPage = page("/units/" + haidian.id(), officer);
		assertThat(otherPage.getStatus()).isEqualTo(404);
		assertLeaksNothingOf(otherPage, haidian);

		assertThat(api("/api/v1/units/" + xicheng.id(), officer).getStatus()).isEqualTo(200);
		MockHttpServletResponse otherApi = api("/api/v1/units/" + haidian.id(), officer);
		assertThat(otherApi.getStatus()).isEqualTo(404);
		assertLeaksNothingOf(otherApi, haidian);

		MockHttpServletResponse filtered = page("/units?district=" + HAIDIAN + "&q=" + marker, officer);
		assertLeaksNothingOf(filtered, haidian);
		assertApiListIsScopedToXicheng(officer);
	}

	@Test
	void aHaidianOfficerIsScopedToHaidian() throws Exception {
		CurrentUser officer = SecurityFixtures.districtOfficer(HAIDIAN);

		assertThat(api("/api/v1/units/" + haidian.id(), officer).getStatus()).isEqualTo(200);
		MockHttpServletResponse other = api("/api/v1/units/" + xicheng.id(), officer);
		assertThat(other.getStatus()).isEqualTo(404);
		assertLeaksNothingOf(other, xicheng);
	}

	@Test
	void theMunicipalOfficerSeesEveryDistrict() throws Exception {
		CurrentUser officer = SecurityFixtures.municipalOfficer();

		for (Registered unit : List.of(xicheng, haidian)) {
			MockHttpServletResponse detail = page("/units/" + unit.id(), officer);
			assertThat(detail.getStatus()).isEqualTo(200);
			assertThat(detail.getContentAsString()).contains(unit.name());
			MockHttpServletResponse resource = api("/api/v1/units/" + unit.id(), officer);
			assertThat(resource.getStatus()).isEqualTo(200);
			assertThat((String) JsonPath.read(resource.getContentAsString(), "$.districtCode"))
				.isEqualTo(unit.district());
		}

		assertThat(page("/units?q=" + marker, officer).getContentAsString()).contains(xicheng.name())
			.contains(haidian.name());
		List<String> names = JsonPath.read(api("/api/v1/units?q=" + marker, officer).getContentAsString(),
				"$.content[*].name");
		assertThat(names).containsExactlyInAnyOrder(xicheng.name(), haidian.name());
		List<String> haidianOnly = JsonPath
			.read(api("/api/v1/units?q=" + marker + "&district=" + HAIDIAN, officer).getContentAsString(),
					"$.content[*].name");
		assertThat(haidianOnly).containsExactly(haidian.name());
	}

	@Test
	void aUnitUserGetsTheirOwnUnitAndNotFoundForAnyOther() throws Exception {
		for (Role role : List.of(Role.APPLICANT, Role.LIAISON)) {
			CurrentUser user = SecurityFixtures.unitUser(role, xicheng.id(), XICHENG);

			MockHttpServletResponse own = api("/api/v1/units/" + xicheng.id(), user);
			assertThat(own.getStatus()).as("%s, own unit", role).isEqualTo(200);
			assertThat((String) JsonPath.read(own.getContentAsString(), "$.uscc")).isEqualTo(xicheng.uscc());

			// another unit, in another district and in the same district
			Registered neighbour = SecurityFixtures.register(organization, XICHENG, "西城邻居" + marker + "-");
			for (Registered other : List.of(haidian, neighbour)) {
				MockHttpServletResponse response = api("/api/v1/units/" + other.id(), user);
				assertThat(response.getStatus()).as("%s, unit %s", role, other.name()).isEqualTo(404);
				assertLeaksNothingOf(response, other);
			}

			// the profile page shows the own unit, whatever is asked for
			MockHttpServletResponse profile = mvc
				.perform(get("/unit/profile").param("id", String.valueOf(haidian.id()))
					.param("unitId", String.valueOf(haidian.id()))
					.with(as(user)))
				.andReturn()
				.getResponse();
			assertThat(profile.getStatus()).isEqualTo(200);
			assertThat(profile.getContentAsString()).contains(xicheng.name());
			assertLeaksNothingOf(profile, haidian);
		}
	}

	@Test
	void administratorsCannotReadUnitsAtAll() throws Exception {
		for (Role role : Role.ADMINISTRATORS) {
			CurrentUser admin = SecurityFixtures.user(role, null, null);
			for (String path : List.of("/units", "/units?q=" + marker, "/units/" + xicheng.id(),
					"/units/" + haidian.id(), "/api/v1/units", "/api/v1/units/" + xicheng.id(),
					"/api/v1/units/" + haidian.id(), "/unit/profile")) {
				MockHttpServletResponse response = path.startsWith("/api/") ? api(path, admin) : page(path, admin);
				assertThat(response.getStatus()).as("%s GET %s", role, path).isEqualTo(403);
				assertLeaksNothingOf(response, xicheng);
				assertLeaksNothingOf(response, haidian);
			}
		}
	}

	@Test
	void anOfficialWithoutADistrictSeesNoUnits() throws Exception {
		// a district officer whose account lacks its district must not fall back to seeing everything
		CurrentUser officer = SecurityFixtures.user(Role.DISTRICT_OFFICER, null, null);

		MockHttpServletResponse detail = api("/api/v1/units/" + xicheng.id(), officer);
		assertThat(detail.getStatus()).isEqualTo(404);
		assertLeaksNothingOf(detail, xicheng);
		Number total = JsonPath.read(api("/api/v1/units?size=100", officer).getContentAsString(), "$.totalElements");
		assertThat(total.longValue()).isZero();
	}

	// ---------------------------------------------------------------------------------------------------------

	private void assertApiListIsScopedToXicheng(CurrentUser officer) throws Exception {
		MockHttpServletResponse mine = api("/api/v1/units?q=" + marker, officer);
		assertThat(mine.getStatus()).isEqualTo(200);
		List<String> names = JsonPath.read(mine.getContentAsString(), "$.content[*].name");
		assertThat(names).containsExactly(xicheng.name());

		MockHttpServletResponse asked = api("/api/v1/units?district=" + HAIDIAN + "&size=100", officer);
		assertThat(asked.getStatus()).isEqualTo(200);
		assertLeaksNothingOf(asked, haidian);
		List<Object> content = JsonPath.read(asked.getContentAsString(), "$.content");
		assertThat(content).isEmpty();
		Number total = JsonPath.read(asked.getContentAsString(), "$.totalElements");
		assertThat(total.longValue()).isZero();

		// whatever the page, everything listed lies in the officer's district
		MockHttpServletResponse all = api("/api/v1/units?size=100&sort=name", officer);
		List<Map<String, Object>> units = JsonPath.read(all.getContentAsString(), "$.content");
		assertThat(units).isNotEmpty().allSatisfy(unit -> assertThat(unit.get("districtCode")).isEqualTo(XICHENG));
		assertLeaksNothingOf(all, haidian);
	}

	private MockHttpServletResponse page(String path, CurrentUser user) throws Exception {
		return mvc.perform(get(path).with(as(user)).with(servletPathAsInContainer())).andReturn().getResponse();
	}

	private MockHttpServletResponse api(String path, CurrentUser user) throws Exception {
		return mvc
			.perform(get(path).accept(MediaType.APPLICATION_JSON).with(as(user)).with(servletPathAsInContainer()))
			.andReturn()
			.getResponse();
	}

	private static void assertLeaksNothingOf(MockHttpServletResponse response, Registered unit) throws Exception {
		String body = response.getContentAsString();
		assertThat(body).as("response body").doesNotContain(unit.name()).doesNotContain(unit.uscc());
		assertThat(response.getHeaderNames()).allSatisfy(name -> assertThat(response.getHeaders(name))
			.allSatisfy(value -> assertThat(value).doesNotContain(unit.name()).doesNotContain(unit.uscc())));
	}

	/** A page without what differs between any two renderings: the CSRF token and the requested id. */
	private static String withoutVolatileParts(String html, long id) {
		return withoutId(html.replaceAll("content=\"[A-Za-z0-9_\\-]{20,}\"", "content=\"TOKEN\"")
			.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"TOKEN\""), id);
	}

	/** The requested id (in the requested path, where answers repeat it) replaced, so two answers can be compared. */
	private static String withoutId(String text, long id) {
		return text.replaceAll("/units/" + id + "(?![0-9])", "/units/ID");
	}
}
