package cn.tsbase.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.account.AccountFixtures;
import cn.tsbase.account.TestAccount;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.evaluation.internal.Evaluations;
import cn.tsbase.evaluation.internal.OverdueRectifications;
import cn.tsbase.shared.security.Role;

/**
 * Rectification (整改) end to end: a published 不合格 proposes an order, the district issues it with a deadline in
 * working days, the base files its plan, progress and a file and submits, the district returns it with reasons and
 * then accepts it; overdue orders are flagged in the list and announced once; every step refused in the wrong state,
 * role or scope, audited and notified.
 */
@IntegrationTest
class RectificationTests {

	static final String XICHENG = "110102";
	static final String HAIDIAN = "110108";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Evaluations evaluations;

	@Autowired
	OverdueRectifications overdue;

	@Autowired
	EvaluationFixtures fixtures;

	@Autowired
	PublishedRounds published;

	static RequestPostProcessor district(String code) {
		return Principals.role(Role.DISTRICT_OFFICER, code, null);
	}

	static RequestPostProcessor unit(EvaluationFixtures.Designated base) {
		return Principals.role(Role.APPLICANT, base.district(), base.unitId());
	}

	long rectificationOf(long baseId) {
		return jdbc.queryForObject("select id from rectification where base_id = ?", Long.class, baseId);
	}

	long version(long id) {
		return jdbc.queryForObject("select version from rectification where id = ?", Long.class, id);
	}

	String statusOf(long id) {
		return jdbc.queryForObject("select status from rectification where id = ?", String.class, id);
	}

	long audited(String event, long id) {
		return jdbc.queryForObject("select count(*) from audit_entry where event = ? and object_id = ?", Long.class,
				event, String.valueOf(id));
	}

	long notifications(long accountId, String kind, String link) {
		return jdbc.queryForObject(
				"select count(*) from notification where recipient_id = ? and message_key = ? and link = ?",
				Long.class, accountId, "notification.kind." + kind, link);
	}

	@Test
	void aFailedBaseGetsAnOrderFilesProgressIsReturnedOnceAndIsAccepted() throws Exception {
		TestAccount officer = accounts.official(Role.DISTRICT_OFFICER, XICHENG);
		int year = EvaluationFixtures.nextYear();
		LocalDate date = EvaluationFixtures.nextDate();
		EvaluationFixtures.Designated failing = fixtures.designate("整改测试甲公司", XICHENG, BaseType.POINT, date);
		EvaluationFixtures.Designated passing = fixtures.designate("整改测试乙公司", XICHENG, BaseType.POINT, date);
		published.publish(year, date, Set.of(failing.baseId()));

		// the 不合格 base has a proposed order with the failed veto item as its first item; the 合格 one has none
		long id = rectificationOf(failing.baseId());
		assertThat(statusOf(id)).isEqualTo("PROPOSED");
		assertThat(jdbc.queryForObject("select items from rectification where id = ?", String.class, id))
			.contains("V1");
		assertThat(jdbc.queryForObject("select count(*) from rectification where base_id = ?", Long.class,
				passing.baseId())).isZero();
		await().atMost(Duration.ofSeconds(20)).until(() -> audited("RECTIFICATION_PROPOSED", id) == 1);

		// outside the scope it does not exist; the base cannot file before the district issues it
		mvc.perform(get("/evaluation/rectifications/{id}", id).with(district(HAIDIAN))).andExpect(status().isNotFound());
		mvc.perform(get("/evaluation/rectifications/{id}", id).with(unit(passing))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/rectifications/{id}", id).with(unit(passing))).andExpect(status().isNotFound());
		mvc.perform(post("/evaluation/rectifications/{id}/progress", id).with(unit(failing)).with(csrf())
			.param("plan", "方案")
			.param("progress", "进展")
			.param("version", String.valueOf(version(id)))).andExpect(status().isConflict());

		// the district issues it: a deadline in working days
		mvc.perform(post("/evaluation/rectifications/{id}/issue", id).with(district(XICHENG)).with(csrf())
			.param("items", "1. 健全商业秘密管理制度")
			.param("requiredEvidence", "制度文本、培训签到表")
			.param("workingDays", "5")
			.param("version", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo("ISSUED");
		LocalDate deadline = jdbc.queryForObject("select deadline from rectification where id = ?", LocalDate.class,
				id);
		assertThat(deadline).isAfterOrEqualTo(LocalDate.now().plusDays(5));
		mvc.perform(post("/evaluation/rectifications/{id}/issue", id).with(district(XICHENG)).with(csrf())
			.param("items", "再次下达")
			.param("workingDays", "20")
			.param("version", String.valueOf(version(id)))).andExpect(status().isConflict());

		// the base submits only with a plan and progress; files a plan, progress and a file
		mvc.perform(post("/evaluation/rectifications/{id}/submit", id).with(unit(failing)).with(csrf())
			.param("version", String.valueOf(version(id)))).andExpect(status().isConflict());
		mvc.perform(post("/evaluation/rectifications/{id}/progress", id).with(unit(failing)).with(csrf())
			.param("plan", "三个月内完成制度修订")
			.param("progress", "已修订保密制度")
			.param("version", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
		mvc.perform(multipart("/evaluation/rectifications/{id}/files", id)
			.file(new MockMultipartFile("file", "整改报告.pdf", "application/pdf", cn.tsbase.attachment.SampleFiles.pdf("整改")))
			.with(unit(failing))
			.with(csrf())).andExpect(flash().attribute("flashSuccess", "rectification.fileAdded"));
		mvc.perform(post("/evaluation/rectifications/{id}/submit", id).with(unit(failing)).with(csrf())
			.param("version", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo("SUBMITTED");
		String link = "/evaluation/rectifications/" + id;
		await().atMost(Duration.ofSeconds(20))
			.until(() -> notifications(officer.getId(), "RECTIFICATION_SUBMITTED", link) == 1);

		// the district sees the file; rejecting needs a reason; it returns the order once, then accepts it
		mvc.perform(get("/evaluation/rectifications/{id}", id).with(district(XICHENG)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("整改报告.pdf")))
			.andExpect(content().string(containsString("已修订保密制度")));
		mvc.perform(post("/evaluation/rectifications/{id}/reject", id).with(district(XICHENG)).with(csrf())
			.param("reason", "")
			.param("version", String.valueOf(version(id)))).andExpect(status().isOk());
		assertThat(statusOf(id)).isEqualTo("SUBMITTED");
		mvc.perform(post("/evaluation/rectifications/{id}/reject", id).with(district(XICHENG)).with(csrf())
			.param("reason", "培训签到表缺失")
			.param("version", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo("RETURNED");
		mvc.perform(get("/evaluation/rectifications/{id}", id).with(unit(failing)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("培训签到表缺失")));
		mvc.perform(post("/evaluation/rectifications/{id}/submit", id).with(unit(failing)).with(csrf())
			.param("version", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/evaluation/rectifications/{id}/accept", id).with(district(HAIDIAN)).with(csrf())
			.param("reason", "")
			.param("version", String.valueOf(version(id)))).andExpect(status().isNotFound());
		mvc.perform(post("/evaluation/rectifications/{id}/accept", id).with(district(XICHENG)).with(csrf())
			.param("reason", "材料齐全，整改到位")
			.param("version", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo("ACCEPTED");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> audited("RECTIFICATION_RETURNED", id) == 1 && audited("RECTIFICATION_ACCEPTED", id) == 1);

		// closed: nothing changes any more; the unit's API list has it, another district's has not
		mvc.perform(post("/evaluation/rectifications/{id}/progress", id).with(unit(failing)).with(csrf())
			.param("plan", "再改")
			.param("progress", "再改")
			.param("version", String.valueOf(version(id)))).andExpect(status().isConflict());
		mvc.perform(get("/api/v1/rectifications").with(unit(failing)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].id").value(id))
			.andExpect(jsonPath("$.content[0].status").value("ACCEPTED"));
		mvc.perform(get("/api/v1/rectifications").param("size", "100").with(district(HAIDIAN)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("\"id\":" + id + ","))));
	}

	@Test
	void anOrderOpenAfterItsDeadlineIsFlaggedInTheListAndAnnouncedOnce() throws Exception {
		TestAccount officer = accounts.official(Role.DISTRICT_OFFICER, XICHENG);
		int year = EvaluationFixtures.nextYear();
		LocalDate date = EvaluationFixtures.nextDate();
		EvaluationFixtures.Designated failing = fixtures.designate("整改逾期测试公司", XICHENG, BaseType.POINT, date);
		published.publish(year, date, Set.of(failing.baseId()));
		long id = rectificationOf(failing.baseId());
		mvc.perform(post("/evaluation/rectifications/{id}/issue", id).with(district(XICHENG)).with(csrf())
			.param("items", "1. 完善制度")
			.param("workingDays", "5")
			.param("version", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/evaluation/rectifications").param("overdue", "true").with(district(XICHENG)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("整改逾期测试公司"))));

		jdbc.update("update rectification set deadline = ? where id = ?", LocalDate.now().minusDays(1), id);
		mvc.perform(get("/evaluation/rectifications").param("overdue", "true").param("year", String.valueOf(year))
			.with(district(XICHENG)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("整改逾期测试公司")))
			.andExpect(content().string(containsString("已逾期")));
		mvc.perform(get("/api/v1/rectifications").param("overdue", "true").param("year", String.valueOf(year))
			.with(unit(failing)))
			.andExpect(jsonPath("$.content[0].overdue").value(true));

		assertThat(overdue.announce(LocalDate.now())).isGreaterThanOrEqualTo(1);
		assertThat(overdue.announce(LocalDate.now())).isZero();
		await().atMost(Duration.ofSeconds(20)).until(() -> audited("RECTIFICATION_OVERDUE", id) == 1);
		String link = "/evaluation/rectifications/" + id;
		await().atMost(Duration.ofSeconds(20))
			.until(() -> notifications(officer.getId(), "RECTIFICATION_OVERDUE", link) == 1);
	}

	@Test
	void theDistrictOrdersARectificationAfterAFailedVetoItemOnceAndOnlyThen() throws Exception {
		int year = EvaluationFixtures.nextYear();
		LocalDate date = EvaluationFixtures.nextDate();
		EvaluationFixtures.Designated failing = fixtures.designate("基本项整改测试公司", XICHENG, BaseType.POINT, date);
		EvaluationFixtures.Designated passing = fixtures.designate("基本项整改他公司", XICHENG, BaseType.POINT, date);
		published.publish(year, date, Set.of(failing.baseId()));
		long failedEvaluation = fixtures.evaluationOf(failing.baseId());
		long passedEvaluation = fixtures.evaluationOf(passing.baseId());

		// publication proposed the order already: a second one for the same evaluation is refused
		mvc.perform(post("/evaluation/evaluations/{id}/rectification", failedEvaluation).with(district(XICHENG))
			.with(csrf())).andExpect(status().isConflict());
		mvc.perform(post("/evaluation/evaluations/{id}/rectification", passedEvaluation).with(district(XICHENG))
			.with(csrf())).andExpect(status().isConflict());
		mvc.perform(post("/evaluation/evaluations/{id}/rectification", failedEvaluation).with(district(HAIDIAN))
			.with(csrf())).andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select count(*) from rectification where evaluation_id = ?", Long.class,
				failedEvaluation)).isEqualTo(1);
		mvc.perform(get("/evaluation/evaluations/{id}", failedEvaluation).with(district(XICHENG)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("orderRectificationForm")));
	}
}
