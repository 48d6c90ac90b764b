package cn.tsbase.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.base.BaseFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.security.Role;

/**
 * A liaison report's work status is rich text (issue 12, point 5): plain text keeps its paragraphs, formatting such as
 * a list survives, a script never reaches the page, and the box says so in its hint.
 */
@IntegrationTest
class LiaisonWorkStatusTests {

	static final String MIYUN = "110118";

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
	void theWorkStatusShowsItsFormattingWithoutAnythingUnsafe() throws Exception {
		var base = fixtures.designate("富文本联络科技有限公司", MIYUN, BaseType.POINT);
		RequestPostProcessor unit = Principals.role(Role.LIAISON, MIYUN, base.unitId());
		String url = "/operation/bases/" + base.baseId() + "/liaison-reports/2026-04-01";
		Document form = page(url, unit);
		assertThat(form.getElementById("workStatus").attr("aria-describedby")).isEqualTo("workStatus-hint");
		assertThat(form.getElementById("workStatus-hint").text()).contains("格式化内容");

		mvc.perform(post(url).with(unit).with(csrf())
			.param("workStatus", "<p>本季度工作：</p><ul><li>开展保密培训两次</li><li>修订涉密载体台账</li></ul>"
					+ "<script>alert('x')</script><img src=x onerror=alert(1)>")
			.param("version", "-1")).andExpect(status().is3xxRedirection());
		Document shown = page(url, Principals.role(Role.DISTRICT_OFFICER, MIYUN, null));
		var text = shown.getElementById("workStatusText");
		assertThat(text.select("li").eachText()).containsExactly("开展保密培训两次", "修订涉密载体台账");
		assertThat(text.select("script, img, [onerror]")).isEmpty();
		assertThat(shown.html()).doesNotContain("alert(");

		long version = jdbc.queryForObject("select version from liaison_report where base_id = ?", Long.class,
				base.baseId());
		mvc.perform(post(url).with(unit).with(csrf())
			.param("workStatus", "第一段：培训 2 次。\n\n第二段：宣传 1 次。")
			.param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
		assertThat(page(url, unit).select("#workStatusText p").eachText()).containsExactly("第一段：培训 2 次。",
				"第二段：宣传 1 次。");
	}

	private Document page(String url, RequestPostProcessor who) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(who)).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}
}
