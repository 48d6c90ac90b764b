package cn.tsbase.districtreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.shared.crypto.FieldEncryption;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;
import cn.tsbase.shared.web.ExportedWorkbooks;

/**
 * The district's queue as Excel: longer than a batch, exactly the queue's rows (its call, status and district), no
 * row twice, and audited. The rows are written straight to the tables and removed afterwards.
 */
@IntegrationTest
class QueueExportTests {

	static final String PINGGU = "110117";

	static final String XICHENG = "110102";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FieldEncryption fieldEncryption;

	static CurrentUser officer(Role role, String district) {
		return new CurrentUser(0L, "qexport-" + UUID.randomUUID().toString().substring(0, 8), null, "导出人",
				EnumSet.of(role), district, null, true, true, false);
	}

	@Test
	void theQueueIsExportedInBatchesWithItsFiltersAndOnlyTheOfficersDistrict() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		Instant now = Instant.now();
		Timestamp at = Timestamp.from(now);
		jdbc.update("insert into declaration_call (district_code, title, call_year, requirements_html, opens_at, "
				+ "closes_at, quota_points, quota_zones, created_by, created_at, version) "
				+ "values (null, ?, 2026, '<p>要求</p>', ?, ?, 3, 1, 'city', ?, 0)", "导出队列通知" + tag,
				Timestamp.from(now.minus(Duration.ofDays(1))), Timestamp.from(now.plus(Duration.ofDays(30))), at);
		long callId = jdbc.queryForObject("select id from declaration_call where title = ?", Long.class,
				"导出队列通知" + tag);
		String content = fieldEncryption.encrypt("{}");
		String insert = "insert into declaration (call_id, unit_id, district_code, base_type, status, unit_name, "
				+ "industry_code, content_json, submitted_version, created_at, updated_at, submitted_at, version) "
				+ "values (?, ?, ?, ?, ?, ?, 'SOFTWARE_IT', ?, 1, ?, ?, ?, 0)";
		long unitIds = 2_000_000L + Math.floorMod(tag.hashCode(), 1_000_000) * 10_000L;
		List<Object[]> rows = new ArrayList<>();
		IntStream.range(0, 1_100)
			.forEach(i -> rows.add(new Object[] { callId, unitIds + i, PINGGU, "POINT", "SUBMITTED",
					String.format("导出队列%s-%04d", tag, i), content, at, at, Timestamp.from(now.minusSeconds(i)) }));
		rows.add(new Object[] { callId, unitIds + 5_000, PINGGU, "ZONE", "RECOMMENDED", "导出队列" + tag + "-已推荐",
				content, at, at, at });
		rows.add(new Object[] { callId, unitIds + 5_001, XICHENG, "POINT", "SUBMITTED", "导出队列" + tag + "-西城",
				content, at, at, at });
		jdbc.batchUpdate(insert, rows);
		try {
			CurrentUser pinggu = officer(Role.DISTRICT_OFFICER, PINGGU);
			String href = Jsoup.parse(mvc.perform(get("/review/declarations").param("call", String.valueOf(callId))
				.param("status", "SUBMITTED")
				.with(Principals.as(pinggu))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
				.select("#exportXlsx")
				.attr("href");
			assertThat(href).startsWith("/review/declarations/export.xlsx?")
				.contains("call=" + callId)
				.contains("status=SUBMITTED");

			List<List<String>> submitted = ExportedWorkbooks.rows(mvc, get("/review/declarations/export.xlsx")
				.param("call", String.valueOf(callId))
				.param("status", "SUBMITTED")
				.with(Principals.as(pinggu)));
			assertThat(submitted.get(0)).containsExactly("单位名称", "所在区", "申报通知", "申报类型", "所属行业", "状态", "提交时间");
			assertThat(submitted).hasSize(1_101);
			assertThat(new HashSet<>(submitted.subList(1, 1_101).stream().map(r -> r.get(0)).toList())).hasSize(1_100);
			// newest submission first, as the queue shows it
			assertThat(submitted.get(1).get(0)).isEqualTo("导出队列" + tag + "-0000");
			assertThat(submitted.get(1_100).get(0)).isEqualTo("导出队列" + tag + "-1099");
			assertThat(submitted.get(1)).containsSequence("平谷区", "导出队列通知" + tag, "示范点");
			assertThat(submitted).noneSatisfy(r -> assertThat(r.get(0)).endsWith("-西城"));
			assertThat(ExportedWorkbooks.awaitExportAudited(jdbc, pinggu.getUsername(), "Declaration", "SUCCESS"))
				.isEqualTo("1100 rows");

			// another filter: the recommended one only
			List<List<String>> recommended = ExportedWorkbooks.rows(mvc, get("/review/declarations/export.xlsx")
				.param("call", String.valueOf(callId))
				.param("status", "RECOMMENDED")
				.with(Principals.as(pinggu)));
			assertThat(recommended).extracting(r -> r.get(0)).containsExactly("单位名称", "导出队列" + tag + "-已推荐");

			// the other district's officer: their own row only
			List<List<String>> xicheng = ExportedWorkbooks.rows(mvc, get("/review/declarations/export.xlsx")
				.param("call", String.valueOf(callId))
				.with(Principals.as(officer(Role.DISTRICT_OFFICER, XICHENG))));
			assertThat(xicheng).extracting(r -> r.get(0)).containsExactly("单位名称", "导出队列" + tag + "-西城");

			mvc.perform(get("/review/declarations/export.xlsx").with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
				.andExpect(status().isForbidden());
		}
		finally {
			jdbc.update("delete from declaration where call_id = ?", callId);
			jdbc.update("delete from declaration_call where id = ?", callId);
		}
	}
}
