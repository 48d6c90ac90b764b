package cn.tsbase.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.UriComponentsBuilder;

import com.jayway.jsonpath.JsonPath;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.shared.security.Role;

/**
 * The public case library filtered by tag (secret category, form of infringement, industry), district and year: the
 * page (and its htmx fragment) and {@code /api/v1/public/cases} return exactly the matching published cases, never
 * an unpublished one; the search takes {@code %}, {@code _} and {@code \} literally.
 */
@IntegrationTest
class PublicCaseFilterTests {

	static final String XICHENG = "110102";
	static final String HAIDIAN = "110108";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private final String marker = "筛选" + UUID.randomUUID().toString().substring(0, 6);

	private long version(long id) {
		return jdbc.queryForObject("select version from typical_case where id = ?", Long.class, id);
	}

	/** A case written by the district's officer, submitted, and (if asked) approved by the district and the bureau. */
	private long caseOf(String district, int year, String secret, String form, String industry, boolean publish)
			throws Exception {
		return caseOf(district, year, secret, form, industry, publish, marker + "商业秘密案例");
	}

	private long caseOf(String district, int year, String secret, String form, String industry, boolean publish,
			String title) throws Exception {
		RequestPostProcessor officer = Principals.role(Role.DISTRICT_OFFICER, district, null);
		String location = mvc.perform(post("/casework/cases").with(csrf()).with(officer)
			.param("year", String.valueOf(year))
			.param("secretKind", secret)
			.param("industryCode", industry)
			.param("infringementForm", form)
			.param("rightsHolder", "北京某某技术有限公司")
			.param("maskCompanies", "true")
			.param("title", title)
			.param("facts", marker + "：企业核心资料被不当获取。")
			.param("handling", "区局依法处理。")
			.param("significance", "企业应建立保密制度。"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		mvc.perform(post("/casework/cases/{id}/submit", id).with(csrf()).with(officer)
			.param("version", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
		if (publish) {
			mvc.perform(post("/casework/cases/{id}/approve", id).with(csrf()).with(officer)
				.param("version", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
			mvc.perform(post("/casework/cases/{id}/approve", id).with(csrf())
				.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))
				.param("version", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
		}
		return id;
	}

	/**
	 * The filters in the URI's query string, as a browser sends them: the public page cache keys on the query string,
	 * which {@code MockMvc}'s {@code param} would leave empty.
	 */
	private URI uri(String path, Map<String, String> filters) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path).queryParam("q", marker);
		new TreeMap<>(filters).forEach(builder::queryParam);
		return builder.encode().build().toUri();
	}

	private List<Long> page(Map<String, String> filters, boolean htmx) throws Exception {
		MockHttpServletRequestBuilder request = get(uri("/public/cases", filters));
		if (htmx) {
			request.header("HX-Request", "true");
		}
		var doc = Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		return doc.select("#caseList a[id^=public-case-]")
			.eachAttr("id")
			.stream()
			.map(id -> Long.parseLong(id.substring("public-case-".length())))
			.toList();
	}

	private List<Long> api(Map<String, String> filters) throws Exception {
		MockHttpServletRequestBuilder request = get(uri("/api/v1/public/cases", filters));
		List<Number> rows = JsonPath.read(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(), "$[*].id");
		List<Long> ids = new ArrayList<>();
		rows.forEach(id -> ids.add(id.longValue()));
		return ids;
	}

	private void expect(Map<String, String> filters, Long... ids) throws Exception {
		assertThat(page(filters, false)).as("page %s", filters).containsExactlyInAnyOrder(ids);
		assertThat(page(filters, true)).as("fragment %s", filters).containsExactlyInAnyOrder(ids);
		assertThat(api(filters)).as("api %s", filters).containsExactlyInAnyOrder(ids);
	}

	@Test
	void filtersByTagDistrictAndYearReturnOnlyMatchingPublishedCases() throws Exception {
		long a = caseOf(XICHENG, 2025, "TECHNICAL", "DEPARTING_STAFF", "SOFTWARE_IT", true);
		long b = caseOf(XICHENG, 2026, "BUSINESS", "INSIDER_COLLUSION", "ADVANCED_MANUFACTURING", true);
		long c = caseOf(HAIDIAN, 2025, "TECHNICAL", "ELECTRONIC_INTRUSION", "SOFTWARE_IT", true);
		long unpublished = caseOf(XICHENG, 2025, "TECHNICAL", "DEPARTING_STAFF", "SOFTWARE_IT", false);

		expect(Map.of(), a, b, c);
		expect(Map.of("secret", "TECHNICAL"), a, c);
		expect(Map.of("form", "DEPARTING_STAFF"), a);
		expect(Map.of("industry", "ADVANCED_MANUFACTURING"), b);
		expect(Map.of("district", XICHENG), a, b);
		expect(Map.of("district", HAIDIAN), c);
		expect(Map.of("year", "2025"), a, c);
		expect(Map.of("year", "2026", "district", HAIDIAN));
		expect(Map.of("district", XICHENG, "year", "2025", "secret", "TECHNICAL"), a);
		assertThat(api(Map.of())).doesNotContain(unpublished);
	}

	private List<Long> search(String q) throws Exception {
		URI uri = UriComponentsBuilder.fromPath("/api/v1/public/cases").queryParam("q", q).encode().build().toUri();
		List<Number> rows = JsonPath.read(mvc.perform(get(uri)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(), "$[*].id");
		List<Long> ids = new ArrayList<>();
		rows.forEach(id -> ids.add(id.longValue()));
		URI page = UriComponentsBuilder.fromPath("/public/cases").queryParam("q", q).encode().build().toUri();
		List<Long> listed = Jsoup.parse(mvc.perform(get(page)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString())
			.select("#caseList a[id^=public-case-]")
			.eachAttr("id")
			.stream()
			.map(id -> Long.parseLong(id.substring("public-case-".length())))
			.toList();
		assertThat(listed).as("page for %s", q).containsExactlyInAnyOrderElementsOf(ids);
		return ids;
	}

	@Test
	void theSearchTakesPercentUnderscoreAndBackslashLiterally() throws Exception {
		String[] titles = { "利润50%案例", "利润500案例", "代号A_1案例", "代号AB1案例", "路径C:\\dir案例", "路径C:dir案例" };
		long[] ids = new long[titles.length];
		for (int i = 0; i < titles.length; i++) {
			ids[i] = caseOf(XICHENG, 2026, "TECHNICAL", "DEPARTING_STAFF", "SOFTWARE_IT", true, marker + titles[i]);
		}
		assertThat(search(marker + "利润50%")).containsExactly(ids[0]);
		assertThat(search(marker + "代号A_1")).containsExactly(ids[2]);
		assertThat(search(marker + "路径C:\\dir")).containsExactly(ids[4]);
		assertThat(search(marker + "利润")).containsExactlyInAnyOrder(ids[0], ids[1]);
	}
}
