package cn.tsbase.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.attachment.SampleFiles;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.DeclarationScenarios;
import cn.tsbase.selection.SelectionFixtures;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * Bad input never answers 500 (SECURITY.md, input): what the outside probe sent gets a clear 4xx, as the platform's
 * error page for pages and as problem details for the API.
 */
@IntegrationTest
class BadInputTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DeclarationScenarios scenarios;

	@Autowired
	UnitFixtures units;

	private static final RequestPostProcessor OFFICER = Principals.role(Role.DISTRICT_OFFICER, "110102", null);

	/** The servlet path as the container sets it: the platform tells API requests by it. */
	private static final RequestPostProcessor IN_CONTAINER = request -> {
		request.setServletPath(request.getRequestURI());
		return request;
	};

	private ResultActions perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return mvc.perform(request.with(IN_CONTAINER));
	}

	private static void isErrorPage(ResultActions result, String message) throws Exception {
		result.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(containsString("返回首页")));
	}

	private CurrentUser unitWithDraft(String name) {
		return SelectionFixtures.unitUser(units.register(name, "110102"));
	}

	@Test
	void aPostToAnUploadEndpointThatIsNotMultipartIs400WithTheErrorPage() throws Exception {
		var call = scenarios.openCall("110102", 1, 0);
		CurrentUser user = unitWithDraft("非表单上传单位");
		long declaration = scenarios.start(call.id(), BaseType.POINT, user);

		ResultActions result = perform(post("/declarations/{id}/attachments", declaration).with(csrf())
			.with(Principals.as(user))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("section", "STANDARDS")).andExpect(status().isBadRequest());
		isErrorPage(result, "multipart/form-data");

		perform(post("/selection/experts/import").with(csrf())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isBadRequest());
	}

	@Test
	void aFileNameWithANulByteIsNeverA500() throws Exception {
		var call = scenarios.openCall("110102", 1, 0);
		CurrentUser user = unitWithDraft("空字符文件名单位");
		long declaration = scenarios.start(call.id(), BaseType.POINT, user);

		for (String name : new String[] { "制度\u0000.pdf", "\u0000", "a.pdf\u0000.exe", "\u0000\u0001\u0002.pdf" }) {
			int status = perform(multipart("/declarations/{id}/attachments", declaration)
				.file(new MockMultipartFile("file", name, "application/pdf", SampleFiles.pdf("制度")))
				.param("section", "STANDARDS")
				.with(csrf())
				.with(Principals.as(user))).andReturn().getResponse().getStatus();
			assertThat(status).as(name).isBetween(200, 499);
		}
	}

	@Test
	void aPageNumberPastWhatAnyListCouldHoldOrBelowZeroIs400() throws Exception {
		isErrorPage(perform(get("/units").param("page", "2147483647").with(OFFICER)).andExpect(status().isBadRequest()),
				"页码无效");
		isErrorPage(perform(get("/units").param("page", "-1").with(OFFICER)).andExpect(status().isBadRequest()),
				"页码无效");
		isErrorPage(perform(get("/units").param("size", "100000").with(OFFICER)).andExpect(status().isBadRequest()),
				"每页条数无效");
		isErrorPage(perform(get("/units").param("size", "0").with(OFFICER)).andExpect(status().isBadRequest()),
				"每页条数无效");
		perform(get("/api/v1/units").param("page", "2147483647").with(OFFICER)).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("页码无效")));
		perform(get("/api/v1/public/notices").param("page", "2147483647")).andExpect(status().isBadRequest());
		perform(get("/public/bases").param("page", "2147483647")).andExpect(status().isBadRequest());
	}

	@Test
	void aPageJustPastTheEndOfAListIs404SayingHowManyPagesThereAre() throws Exception {
		String marker = "末页之后" + System.nanoTime();
		units.register(marker + "甲", "110102");
		isErrorPage(perform(get("/units").param("q", marker).param("page", "3").with(OFFICER))
			.andExpect(status().isNotFound()), "没有第 4 页：该列表共 1 页");
		// the API answers an empty page: the totals say where the list ends
		perform(get("/api/v1/units").param("q", marker).param("page", "3").with(OFFICER)).andExpect(status().isOk())
			.andExpect(jsonPath("$.content").isEmpty())
			.andExpect(jsonPath("$.totalPages").value(1));
	}

	@Test
	void malformedIdsEnumsAndNumbersInParametersAre400() throws Exception {
		isErrorPage(perform(get("/units/abc").with(OFFICER)).andExpect(status().isBadRequest()), "参数");
		perform(get("/units/99999999999999999999").with(OFFICER)).andExpect(status().isBadRequest());
		perform(get("/api/v1/units/abc").with(OFFICER)).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		isErrorPage(perform(get("/units").param("page", "abc").with(OFFICER)).andExpect(status().isBadRequest()),
				"参数“page”的值无效");
		perform(get("/api/v1/units").param("size", "1e9").with(OFFICER)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("size")));
	}

	@Test
	void aWrongMethodOrContentTypeIsAClear4xx() throws Exception {
		isErrorPage(perform(request(HttpMethod.DELETE, "/units").with(csrf()).with(OFFICER))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(header().string("Allow", containsString("GET"))), "不支持该请求方式");
		perform(post("/api/v1/units").with(csrf()).contentType(MediaType.TEXT_PLAIN).content("x"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		perform(post("/api/v1/units").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"name\":"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(not(containsString("Exception"))));
	}
}
