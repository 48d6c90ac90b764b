package cn.tsbase.publicnotice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;
import cn.tsbase.shared.web.ExportedWorkbooks;

/** A notice's objections as Excel: that notice's only, in the order filed, without the objector's identity; audited. */
@IntegrationTest
class ObjectionExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	NoticeFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theObjectionsOfANoticeAreExportedWithoutTheObjectorsIdentity() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		NoticeView notice = fixtures.liveNotice("异议导出公示" + tag,
				NoticeFixtures.mixed("异议导出甲" + tag, "异议导出乙" + tag));
		NoticeView other = fixtures.liveNotice("异议导出另一公示" + tag, NoticeFixtures.mixed("异议导出丙" + tag));
		fixtures.objection(notice, 0);
		fixtures.objection(notice, 1);
		fixtures.objection(other, 0);
		CurrentUser municipal = new CurrentUser(0L, "oexport-" + tag, null, "市局", EnumSet.of(Role.MUNICIPAL_OFFICER),
				null, null, true, true, false);

		String href = Jsoup.parse(mvc.perform(get("/notices/{id}", notice.id()).with(Principals.as(municipal)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).select("#exportObjections").attr("href");
		assertThat(href).isEqualTo("/notices/" + notice.id() + "/objections.xlsx");

		List<List<String>> rows = ExportedWorkbooks.rows(mvc,
				get("/notices/{id}/objections.xlsx", notice.id()).with(Principals.as(municipal)));
		assertThat(rows.get(0)).containsExactly("受理编号", "提交时间", "异议对象", "所在区", "状态", "处理结果", "答复时间");
		assertThat(rows).extracting(r -> r.get(2)).containsExactly("异议对象", "异议导出甲" + tag, "异议导出乙" + tag);
		assertThat(rows.get(1)).containsSequence("西城区", "已受理");
		assertThat(rows.get(2).get(3)).isEqualTo("海淀区");
		// the objector's name, unit and telephone stay on the objection's own (audited) page
		assertThat(rows).allSatisfy(r -> assertThat(String.join("|", r)).doesNotContain("吴异议", "某单位", "13612345678"));
		assertThat(ExportedWorkbooks.awaitExportAudited(jdbc, municipal.getUsername(), "Objection", "SUCCESS"))
			.isEqualTo("notice " + notice.id() + ": 2 rows");

		mvc.perform(get("/notices/{id}/objections.xlsx", notice.id())
			.with(Principals.role(Role.DISTRICT_OFFICER, NoticeFixtures.XICHENG, null))).andExpect(status().isForbidden());
		mvc.perform(get("/notices/{id}/objections.xlsx", 987_654_321L).with(Principals.as(municipal)))
			.andExpect(status().isNotFound());
	}
}
