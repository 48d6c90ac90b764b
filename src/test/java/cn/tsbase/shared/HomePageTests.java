package cn.tsbase.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.shared.security.Role;

/** The start page tells each role what it can do there. */
@IntegrationTest
class HomePageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theGuidanceOfficerLandsOnLinksToTheirWorkbenchVisitsAndFollowUps() throws Exception {
		Document home = Jsoup.parse(mvc.perform(get("/").with(Principals.role(Role.GUIDANCE_OFFICER, "110102", null)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		var landing = home.getElementById("guidanceLanding");
		assertThat(landing).isNotNull();
		assertThat(landing.text()).contains("指导员工作台", "指导记录");
		assertThat(landing.select("a").eachAttr("href")).contains("/guidance/workbench", "/guidance/visits",
				"/guidance/follow-ups");
	}

	@Test
	void otherRolesDoNotSeeTheGuidanceOfficersPage() throws Exception {
		Document home = Jsoup.parse(mvc.perform(get("/").with(Principals.role(Role.DISTRICT_OFFICER, "110102", null)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(home.getElementById("guidanceLanding")).isNull();
	}
}
