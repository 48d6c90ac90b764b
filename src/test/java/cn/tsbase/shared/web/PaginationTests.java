package cn.tsbase.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.shared.security.Role;

/**
 * The shared pagination fragment: 上一页 and 下一页 are disabled (no link) at the ends of a list, and an empty list says
 * there is nothing rather than "共 0 条，第 0 / 0 页".
 */
@IntegrationTest
class PaginationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitFixtures units;

	private static final RequestPostProcessor OFFICER = Principals.role(Role.DISTRICT_OFFICER, "110102", null);

	private String page(String q, int page) throws Exception {
		return mvc.perform(get("/units").param("q", q).param("size", "1").param("page", String.valueOf(page))
			.with(OFFICER)).andReturn().getResponse().getContentAsString();
	}

	@Test
	void anEmptyListSaysThereIsNothingAndOffersNoPages() throws Exception {
		String html = page("无此单位" + System.nanoTime(), 0);
		assertThat(html).contains("暂无记录").doesNotContain("共 0 条").doesNotContain("0 / 0").doesNotContain("page=-1");
	}

	@Test
	void theFirstPageHasNoLinkBackAndTheLastNoLinkOn() throws Exception {
		String marker = "分页单位" + System.nanoTime();
		units.register(marker + "甲", "110102");
		units.register(marker + "乙", "110102");

		String first = page(marker, 0);
		assertThat(first).contains("共 2 条，第 1 / 2 页")
			.doesNotContain("page=-1")
			.containsPattern("<span class=\"page-link\"\\s+aria-disabled=\"true\">上一页</span>")
			.containsPattern("<a class=\"page-link\" href=\"[^\"]*page=1[^\"]*\"\\s+rel=\"next\">下一页</a>");

		String last = page(marker, 1);
		assertThat(last).contains("共 2 条，第 2 / 2 页")
			.doesNotContain("page=2")
			.containsPattern("<span class=\"page-link\"\\s+aria-disabled=\"true\">下一页</span>")
			.containsPattern("<a class=\"page-link\" href=\"[^\"]*page=0[^\"]*\"\\s+rel=\"prev\">上一页</a>");
	}
}
