package cn.tsbase.publicnotice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.FieldHints;
import cn.tsbase.IntegrationTest;

/** Field hints (issue 11): a member of the public filing an objection is told under each field what to enter. */
@IntegrationTest
class ObjectionFormHintTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	NoticeFixtures fixtures;

	@Test
	void everyFieldOfTheObjectionFormHasItsHintInBothLanguages() throws Exception {
		NoticeView notice = fixtures.liveNotice("字段提示公示", NoticeFixtures.mixed("字段提示甲有限公司", "字段提示乙园区"));
		for (String language : new String[] { "zh_CN", "en" }) {
			Document form = Jsoup.parse(mvc.perform(get("/public/notices/{id}/objection", notice.id())
				.param("lang", language)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
			FieldHints.assertEveryFieldHinted(form, "#objectionForm");
		}
		Document form = Jsoup.parse(mvc.perform(get("/public/notices/{id}/objection", notice.id()))
			.andReturn().getResponse().getContentAsString());
		assertThat(form.getElementById("grounds").attr("aria-describedby")).isEqualTo("groundsHint");
		assertThat(form.getElementById("idNumber").attr("aria-describedby")).isEqualTo("idNumber-hint");
		assertThat(form.getElementById("idNumber-hint").text()).contains("18 位");
	}
}
