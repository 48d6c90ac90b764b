package cn.tsbase.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;
import cn.tsbase.shared.web.ExportedWorkbooks;

/** The audit trail as Excel: the page's filters and labels, newest first, and the export itself audited. */
@IntegrationTest
class AuditExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theFilteredTrailIsExportedWithItsLabelsAndTheExportIsAudited() throws Exception {
		String actor = "axp" + UUID.randomUUID().toString().substring(0, 8);
		auditLog.record(actor, "LOGIN_FAILURE", "UserAccount", actor, AuditOutcome.FAILURE, "BadCredentialsException");
		auditLog.record(actor, "STATISTICS_EXPORTED", "Statistics", null, AuditOutcome.SUCCESS, "funnel");
		auditLog.record(actor, "LOGIN_SUCCESS", "UserAccount", actor, AuditOutcome.SUCCESS, null);
		auditLog.record("someone_else", "LOGIN_SUCCESS", "UserAccount", "x", AuditOutcome.SUCCESS, null);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where actor = ?", Long.class,
					actor) == 3);
		String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
		CurrentUser admin = new CurrentUser(0L, "auditexp-" + actor, null, "审计员", EnumSet.of(Role.AUDIT_ADMIN), null,
				null, true, true, false);

		String href = Jsoup.parse(mvc.perform(get("/audit").param("actor", actor).param("from", today)
			.with(Principals.as(admin))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.select("#exportXlsx")
			.attr("href");
		assertThat(href).startsWith("/audit/export.xlsx?from=" + today).contains("actor=" + actor);

		List<List<String>> rows = ExportedWorkbooks.rows(mvc, get("/audit/export.xlsx").param("actor", actor)
			.param("from", today)
			.param("to", today)
			.with(Principals.as(admin)));
		assertThat(rows.get(0)).containsExactly("序号", "时间", "用户", "IP 地址", "事件", "对象", "结果", "详情");
		assertThat(rows).hasSize(4);
		// each with the labels the page shows (written on the streaming thread, in the user's language); the entries
		// are recorded asynchronously, so their order among themselves is the order they reached the trail
		List<List<String>> entries = rows.subList(1, 4);
		assertThat(entries).anySatisfy(
				r -> assertThat(r).containsSequence("登录失败", "账号 " + actor, "失败", "用户名或密码错误"));
		assertThat(entries).anySatisfy(r -> assertThat(r).containsSequence("导出统计表", "统计", "成功"));
		assertThat(rows.get(1).get(2)).isEqualTo(actor);
		assertThat(rows.get(1).get(1)).endsWith("+08:00");
		// newest first
		assertThat(Long.parseLong(rows.get(1).get(0))).isGreaterThan(Long.parseLong(rows.get(2).get(0)));
		assertThat(Long.parseLong(rows.get(2).get(0))).isGreaterThan(Long.parseLong(rows.get(3).get(0)));
		assertThat(rows).noneSatisfy(r -> assertThat(r.get(2)).isEqualTo("someone_else"));
		assertThat(ExportedWorkbooks.awaitExportAudited(jdbc, admin.getUsername(), "AuditTrail", "SUCCESS"))
			.isEqualTo("3 rows");

		// the event filter, and a period with nothing in it
		assertThat(ExportedWorkbooks.rows(mvc, get("/audit/export.xlsx").param("actor", actor)
			.param("event", "LOGIN_SUCCESS")
			.with(Principals.as(admin)))).hasSize(2);
		assertThat(ExportedWorkbooks.rows(mvc, get("/audit/export.xlsx").param("actor", actor)
			.param("from", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString())
			.with(Principals.as(admin)))).hasSize(1);
	}

	@Test
	void onlyTheAuditAdministratorExportsTheTrail() throws Exception {
		for (Role role : Role.values()) {
			if (role != Role.AUDIT_ADMIN) {
				mvc.perform(get("/audit/export.xlsx").with(Principals.role(role, "110102", null)))
					.andExpect(status().isForbidden());
			}
		}
	}
}
