package cn.tsbase.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.account.AccountFixtures;
import cn.tsbase.account.TestAccount;
import cn.tsbase.base.BaseFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.security.Role;

/**
 * Revocation (摘牌) end to end: grounds detected on publication (不合格 two years running, 不合格 after a failed
 * rectification) or recorded by an officer are flagged to the district and the bureau; the bureau proposes, the unit
 * responds, the bureau decides under a document number; the base leaves the public list and its certificate no
 * longer verifies. Voluntary withdrawal; every step refused in the wrong state, role or scope.
 */
@IntegrationTest
class RevocationTests {

	static final String XICHENG = "110102";
	static final String HAIDIAN = "110108";

	@Autowired
	MockMvc mvc;

	@Autowired
	BaseFixtures bases;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	cn.tsbase.organization.ApplicationBans applicationBans;

	@Autowired
	EvaluationFixtures fixtures;

	@Autowired
	PublishedRounds published;

	static RequestPostProcessor municipal() {
		return Principals.role(Role.MUNICIPAL_OFFICER, null, null);
	}

	static RequestPostProcessor district(String code) {
		return Principals.role(Role.DISTRICT_OFFICER, code, null);
	}

	static RequestPostProcessor unit(EvaluationFixtures.Designated base) {
		return Principals.role(Role.APPLICANT, base.district(), base.unitId());
	}

	/** Two consecutive years no other test uses. */
	static int[] twoYears() {
		int first = EvaluationFixtures.nextYear();
		int second = EvaluationFixtures.nextYear();
		while (second != first + 1) {
			first = second;
			second = EvaluationFixtures.nextYear();
		}
		return new int[] { first, second };
	}

	/**
	 * The base's grounds but the missing annual plan, which every publication here flags (these bases file no plans;
	 * {@code MissedObligationTests} covers that ground).
	 */
	String triggerKinds(long baseId) {
		return String.join(",", jdbc.queryForList("select kind from revocation_trigger where base_id = ? "
				+ "and kind <> 'NO_ANNUAL_PLAN' order by kind", String.class, baseId));
	}

	long revocationOf(long baseId) {
		return jdbc.queryForObject("select id from revocation where base_id = ?", Long.class, baseId);
	}

	long version(long id) {
		return jdbc.queryForObject("select version from revocation where id = ?", Long.class, id);
	}

	String baseStatus(long baseId) {
		return jdbc.queryForObject("select status from demonstration_base where id = ?", String.class, baseId);
	}

	@Test
	void failingTwoYearsRunningIsFlaggedThenProposedAnsweredAndRevokedAndThePublicPagesSaySo() throws Exception {
		TestAccount officer = accounts.official(Role.DISTRICT_OFFICER, XICHENG);
		int[] years = twoYears();
		LocalDate date = EvaluationFixtures.nextDate();
		EvaluationFixtures.Designated base = fixtures.designate("摘牌流程测试公司", XICHENG, BaseType.POINT, date);
		published.publish(years[0], date, Set.of(base.baseId()));
		assertThat(triggerKinds(base.baseId())).isEmpty();
		published.publish(years[1], date, Set.of(base.baseId()));
		assertThat(triggerKinds(base.baseId())).isEqualTo("FAILED_TWO_YEARS");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from notification where recipient_id = ? and "
					+ "message_key = 'notification.kind.REVOCATION_TRIGGER_FLAGGED'", Long.class, officer.getId()) >= 1);

		// the district and the bureau see the ground; another district does not
		mvc.perform(get("/evaluation/revocation-triggers").with(district(XICHENG)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("摘牌流程测试公司")));
		mvc.perform(get("/evaluation/revocation-triggers").with(district(HAIDIAN)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("摘牌流程测试公司"))));
		mvc.perform(get("/evaluation/revocations/new").param("baseId", String.valueOf(base.baseId())).with(municipal()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("均为不合格")));

		// the bureau proposes; a second proposal is refused; it cannot decide before the unit's response
		mvc.perform(post("/evaluation/revocations").with(municipal()).with(csrf())
			.param("baseId", String.valueOf(base.baseId()))
			.param("grounds", "连续两年评估不合格")
			.param("responseDays", "10")).andExpect(status().is3xxRedirection());
		long id = revocationOf(base.baseId());
		assertThat(jdbc.queryForList("select status from revocation_trigger where base_id = ?", String.class,
				base.baseId())).isNotEmpty().containsOnly("PROPOSED");
		mvc.perform(post("/evaluation/revocations").with(municipal()).with(csrf())
			.param("baseId", String.valueOf(base.baseId()))
			.param("grounds", "再次")
			.param("responseDays", "10")).andExpect(status().isConflict());
		mvc.perform(post("/evaluation/revocations/{id}/decision", id).with(municipal()).with(csrf())
			.param("documentNumber", "京市监发〔2027〕1号")
			.param("decidedOn", LocalDate.now().toString())
			.param("reason", "连续两年不合格")
			.param("version", String.valueOf(version(id)))).andExpect(status().isConflict());

		// the unit responds (another unit cannot even see it)
		EvaluationFixtures.Designated other = fixtures.designate("摘牌流程他公司", XICHENG, BaseType.POINT,
				EvaluationFixtures.nextDate());
		mvc.perform(get("/evaluation/revocations/{id}", id).with(unit(other))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/revocations/{id}", id).with(district(HAIDIAN))).andExpect(status().isNotFound());
		mvc.perform(post("/evaluation/revocations/{id}/response", id).with(unit(base)).with(csrf())
			.param("response", "我单位已完成整改，请求保留称号")
			.param("version", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select status from revocation where id = ?", String.class, id))
			.isEqualTo("RESPONDED");

		// the bureau decides: the base's title is revoked under the document
		mvc.perform(post("/evaluation/revocations/{id}/decision", id).with(municipal()).with(csrf())
			.param("documentNumber", "京市监发〔2027〕31号")
			.param("decidedOn", LocalDate.now().toString())
			.param("reason", "连续两年评估不合格，陈述理由不成立")
			.param("version", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
		assertThat(baseStatus(base.baseId())).isEqualTo("REVOKED");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where event = 'REVOCATION_DECIDED' "
					+ "and object_id = ?", Long.class, String.valueOf(id)) == 1);
		mvc.perform(get("/api/v1/revocations/{id}", id).with(unit(base)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REVOKED"))
			.andExpect(jsonPath("$.documentNumber").value("京市监发〔2027〕31号"))
			.andExpect(jsonPath("$.reapplyFrom").value(LocalDate.now().plusYears(3).toString()));
		assertThat(applicationBans.bannedUntil(base.unitId(), LocalDate.now())).contains(LocalDate.now().plusYears(3));
		mvc.perform(post("/evaluation/revocations/{id}/response", id).with(unit(base)).with(csrf())
			.param("response", "再次申辩")
			.param("version", String.valueOf(version(id)))).andExpect(status().isConflict());

		// the public detail says 已撤销 with the date and the document; the certificate no longer verifies
		mvc.perform(get("/public/bases/{id}", base.baseId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已撤销")))
			.andExpect(content().string(containsString("京市监发〔2027〕31号")));
		String code = jdbc.queryForObject("select verification_code from demonstration_base where id = ?", String.class,
				base.baseId());
		mvc.perform(get("/public/certificates/verify").param("code", code).with(r -> {
			r.setRemoteAddr("10.9.14." + (base.baseId() % 250));
			return r;
		}))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("certificateNotValid")))
			.andExpect(content().string(containsString("京市监发〔2027〕31号")));
	}

	@Test
	void failingAfterAFailedRectificationIsFlagged() throws Exception {
		int[] years = twoYears();
		LocalDate date = EvaluationFixtures.nextDate();
		EvaluationFixtures.Designated base = fixtures.designate("整改失败摘牌测试公司", XICHENG, BaseType.POINT, date);
		published.publish(years[0], date, Set.of(base.baseId()));
		long rectification = jdbc.queryForObject("select id from rectification where base_id = ?", Long.class,
				base.baseId());
		mvc.perform(post("/evaluation/rectifications/{id}/issue", rectification).with(district(XICHENG)).with(csrf())
			.param("items", "1. 完善制度")
			.param("workingDays", "10")
			.param("version", rectificationVersion(rectification))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/evaluation/rectifications/{id}/progress", rectification).with(unit(base)).with(csrf())
			.param("plan", "方案")
			.param("progress", "进展")
			.param("version", rectificationVersion(rectification))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/evaluation/rectifications/{id}/submit", rectification).with(unit(base)).with(csrf())
			.param("version", rectificationVersion(rectification))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/evaluation/rectifications/{id}/reject", rectification).with(district(XICHENG)).with(csrf())
			.param("reason", "整改不到位")
			.param("finalRejection", "true")
			.param("version", rectificationVersion(rectification))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select status from rectification where id = ?", String.class, rectification))
			.isEqualTo("FAILED");

		published.publish(years[1], date, Set.of(base.baseId()));
		assertThat(triggerKinds(base.baseId())).isEqualTo("FAILED_AFTER_FAILED_RECTIFICATION,FAILED_TWO_YEARS");
		// the second year's 不合格 proposes its own order
		assertThat(jdbc.queryForObject("select count(*) from rectification where base_id = ?", Long.class,
				base.baseId())).isEqualTo(2);
	}

	private String rectificationVersion(long id) {
		return String.valueOf(jdbc.queryForObject("select version from rectification where id = ?", Long.class, id));
	}

	@Test
	void officersRecordGroundsInTheirScopeAndTheBureauMayDropTheProcedure() throws Exception {
		LocalDate date = EvaluationFixtures.nextDate();
		EvaluationFixtures.Designated base = fixtures.designate("泄密摘牌测试公司", XICHENG, BaseType.POINT, date);
		mvc.perform(post("/evaluation/revocation-triggers").with(district(HAIDIAN)).with(csrf())
			.param("baseId", String.valueOf(base.baseId()))
			.param("kind", "MAJOR_LEAK")
			.param("detail", "发生重大泄密事件")).andExpect(status().isNotFound());
		mvc.perform(post("/evaluation/revocation-triggers").with(district(XICHENG)).with(csrf())
			.param("baseId", String.valueOf(base.baseId()))
			.param("kind", "FAILED_TWO_YEARS")
			.param("detail", "手工记录")).andExpect(status().isBadRequest());
		mvc.perform(post("/evaluation/revocation-triggers").with(district(XICHENG)).with(csrf())
			.param("baseId", String.valueOf(base.baseId()))
			.param("kind", "MAJOR_LEAK")
			.param("detail", "发生重大泄密事件，造成严重损失")).andExpect(status().is3xxRedirection());
		assertThat(triggerKinds(base.baseId())).isEqualTo("MAJOR_LEAK");
		mvc.perform(get("/evaluation/revocation-triggers").param("kind", "MAJOR_LEAK").with(municipal()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("发生重大泄密事件，造成严重损失")));

		mvc.perform(post("/evaluation/revocations").with(municipal()).with(csrf())
			.param("baseId", String.valueOf(base.baseId()))
			.param("grounds", "发生重大泄密事件")
			.param("responseDays", "5")).andExpect(status().is3xxRedirection());
		long id = revocationOf(base.baseId());
		mvc.perform(post("/evaluation/revocations/{id}/drop", id).with(municipal()).with(csrf())
			.param("reason", "经核实损失较小，责令整改")
			.param("version", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select status from revocation where id = ?", String.class, id))
			.isEqualTo("DROPPED");
		assertThat(baseStatus(base.baseId())).isEqualTo("ACTIVE");
		mvc.perform(get("/evaluation/revocations").param("status", "DROPPED").with(district(XICHENG)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("泄密摘牌测试公司")));
	}

	@Test
	void aUnitWithdrawsItsOwnBaseVoluntarily() throws Exception {
		LocalDate date = EvaluationFixtures.nextDate();
		EvaluationFixtures.Designated base = fixtures.designate("主动退出流程测试公司", XICHENG, BaseType.POINT, date);
		EvaluationFixtures.Designated other = fixtures.designate("主动退出他公司", XICHENG, BaseType.POINT, date);
		mvc.perform(get("/evaluation/revocations").with(unit(base)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("withdrawalForm")));
		mvc.perform(post("/evaluation/withdrawals").with(unit(other)).with(csrf())
			.param("baseId", String.valueOf(base.baseId()))
			.param("reason", "代为退出")).andExpect(status().isNotFound());
		mvc.perform(post("/evaluation/withdrawals").with(unit(base)).with(csrf())
			.param("baseId", String.valueOf(base.baseId()))
			.param("reason", "经营调整，主动申请退出")).andExpect(status().is3xxRedirection());
		assertThat(baseStatus(base.baseId())).isEqualTo("WITHDRAWN");
		mvc.perform(post("/evaluation/withdrawals").with(unit(base)).with(csrf())
			.param("baseId", String.valueOf(base.baseId()))
			.param("reason", "再次退出")).andExpect(status().isConflict());
		mvc.perform(get("/public/bases/{id}", base.baseId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已主动退出")));
	}
}
