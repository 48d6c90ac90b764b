package cn.tsbase.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
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
import cn.tsbase.UsccFixtures;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;
import cn.tsbase.shared.web.ExportedWorkbooks;

/** The municipal bureau's collected candidates as Excel, with the list's year, filters and sort; audited. */
@IntegrationTest
class CandidateExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theCandidatesOfAYearAreExportedAsTheListFiltersThem() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		long ids = 3_000_000L + Math.floorMod(tag.hashCode(), 1_000_000) * 10L;
		Timestamp at = Timestamp.from(Instant.now());
		String insert = "insert into selection_candidate (declaration_id, recommendation_id, call_id, call_year, "
				+ "district_code, unit_id, unit_name, uscc, base_type, industry_code, district_score, status, "
				+ "collected_at, version) values (?, 1, 1, 2026, ?, ?, ?, ?, ?, 'SOFTWARE_IT', ?, ?, ?, 0)";
		jdbc.update(insert, ids, "110102", ids, "汇总导出" + tag + "甲", UsccFixtures.random("110102"), "POINT",
				new BigDecimal("88.50"), "COLLECTED", at);
		jdbc.update(insert, ids + 1, "110102", ids + 1, "汇总导出" + tag + "乙", UsccFixtures.random("110102"), "ZONE",
				new BigDecimal("92.00"), "PRE_REVIEW_PASSED", at);
		jdbc.update(insert, ids + 2, "110108", ids + 2, "汇总导出" + tag + "丙", UsccFixtures.random("110108"), "POINT",
				new BigDecimal("75.00"), "COLLECTED", at);
		try {
			CurrentUser municipal = new CurrentUser(0L, "cexport-" + tag, null, "市局", EnumSet.of(Role.MUNICIPAL_OFFICER),
					null, null, true, true, false);
			String href = Jsoup.parse(mvc.perform(get("/selection/candidates").param("year", "2026")
				.param("district", "110102")
				.param("q", "汇总导出" + tag)
				.with(Principals.as(municipal))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
				.select("#exportXlsx")
				.attr("href");
			assertThat(href).startsWith("/selection/candidates/export.xlsx?year=2026").contains("district=110102");

			List<List<String>> xicheng = ExportedWorkbooks.rows(mvc, get("/selection/candidates/export.xlsx")
				.param("year", "2026")
				.param("district", "110102")
				.param("q", "汇总导出" + tag)
				.with(Principals.as(municipal)));
			assertThat(xicheng.get(0)).containsExactly("单位名称", "统一社会信用代码", "所在区", "申报类型", "所属行业", "区级评分",
					"状态", "汇总时间");
			// in the list's order: by district, the highest score first
			assertThat(xicheng).extracting(r -> r.get(0))
				.containsExactly("单位名称", "汇总导出" + tag + "乙", "汇总导出" + tag + "甲");
			assertThat(xicheng.get(1)).containsSequence("西城区", "示范区");
			assertThat(xicheng.get(1).get(5)).isEqualTo("92");
			assertThat(xicheng.get(2).get(6)).isEqualTo("待预审");
			assertThat(ExportedWorkbooks.awaitExportAudited(jdbc, municipal.getUsername(), "Candidate", "SUCCESS"))
				.isEqualTo("2026: 2 candidates");

			List<List<String>> collected = ExportedWorkbooks.rows(mvc, get("/selection/candidates/export.xlsx")
				.param("year", "2026")
				.param("status", "COLLECTED")
				.param("q", "汇总导出" + tag)
				.with(Principals.as(municipal)));
			assertThat(collected).extracting(r -> r.get(0))
				.containsExactly("单位名称", "汇总导出" + tag + "甲", "汇总导出" + tag + "丙");
			assertThat(ExportedWorkbooks.rows(mvc, get("/selection/candidates/export.xlsx").param("year", "2025")
				.param("q", "汇总导出" + tag)
				.with(Principals.as(municipal)))).hasSize(1);

			// the districts do not read the city's collection
			mvc.perform(get("/selection/candidates/export.xlsx").with(Principals.role(Role.DISTRICT_OFFICER, "110102",
					null))).andExpect(status().isForbidden());
		}
		finally {
			jdbc.update("delete from selection_candidate where declaration_id between ? and ?", ids, ids + 2);
		}
	}
}
