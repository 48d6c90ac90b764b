package cn.tsbase.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.StatementCounter;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.Role;

/** The audit administrator reads the trail with filters and verifies the chain from the page. */
@IntegrationTest
class AuditPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void filtersByUserEventAndTimeWithTheTimeZoneShown() throws Exception {
		String actor = "aud" + UUID.randomUUID().toString().substring(0, 8);
		auditLog.record(actor, "PAGE_TEST", "Thing", "1", AuditOutcome.SUCCESS, "first");
		auditLog.record("someone_else", "PAGE_TEST", "Thing", "2", AuditOutcome.FAILURE, "second");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where actor = ?", Long.class,
					actor) == 1);
		String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

		mvc.perform(get("/audit").param("actor", actor)
			.param("event", "PAGE_TEST")
			.param("from", today)
			.param("to", today)
			.with(Principals.role(Role.AUDIT_ADMIN, null, null)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(actor)))
			.andExpect(content().string(containsString("+08:00")))
			.andExpect(content().string(not(containsString("someone_else"))));
		mvc.perform(get("/audit").param("actor", actor)
			.param("from", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString())
			.with(Principals.role(Role.AUDIT_ADMIN, null, null)))
			.andExpect(content().string(not(containsString(">" + actor + "<"))));
	}

	@Test
	void theTrailAndItsFilterShowLabelsInsteadOfCodes() throws Exception {
		String actor = "lbl" + UUID.randomUUID().toString().substring(0, 8);
		auditLog.record(actor, "LOGIN_FAILURE", "UserAccount", actor, AuditOutcome.FAILURE, "BadCredentialsException");
		auditLog.record(actor, "ASSIGNED_AUTOMATICALLY", "ReviewRound", 7, AuditOutcome.FAILURE,
				"TOO_FEW_ELIGIBLE_EXPERTS, CAPACITY_BELOW_DEMAND");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where actor = ?", Long.class,
					actor) == 2);

		mvc.perform(get("/audit").param("actor", actor).with(Principals.role(Role.AUDIT_ADMIN, null, null)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td class=\"small\">登录失败</td>")))
			.andExpect(content().string(containsString("<td class=\"small\">账号 " + actor + "</td>")))
			.andExpect(content().string(containsString("用户名或密码错误")))
			.andExpect(content().string(containsString("自动分配专家")))
			.andExpect(content().string(containsString("符合条件的专家不足, 专家评审容量不足")))
			.andExpect(content().string(containsString("<option value=\"LOGIN_FAILURE\">登录失败</option>")))
			.andExpect(content().string(not(containsString(">LOGIN_FAILURE<"))))
			.andExpect(content().string(not(containsString("BadCredentialsException"))))
			.andExpect(content().string(not(containsString("TOO_FEW_ELIGIBLE_EXPERTS"))))
			.andExpect(content().string(not(containsString("UserAccount"))));
	}

	@Test
	void theTrailIsNotCountedToItsEndPerView() throws Exception {
		for (int i = 0; i < 210; i++) {
			auditLog.record("LOGIN_SUCCEEDED", "UserAccount", (long) i, AuditOutcome.SUCCESS, null);
		}
		// the trail is written asynchronously: wait until it holds more than the linked pages
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			StatementCounter.reset();
			mvc.perform(get("/audit").with(Principals.role(Role.AUDIT_ADMIN, null, null)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("200 条以上，第 1 页")));
			assertThat(StatementCounter.statements()).noneMatch(sql -> sql.contains("count("));
		});
	}

	@Test
	void theVerifyActionReportsAnIntactChain() throws Exception {
		mvc.perform(post("/audit/verify").with(csrf()).with(Principals.role(Role.AUDIT_ADMIN, null, null)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("verification"));
	}

	@Test
	void onlyTheAuditAdministratorReadsTheTrail() throws Exception {
		for (Role role : Role.values()) {
			if (role != Role.AUDIT_ADMIN) {
				mvc.perform(get("/audit").with(Principals.role(role, "110102", 1L))).andExpect(status().isForbidden());
			}
		}
	}
}
