package cn.tsbase.publicnotice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tsbase.IntegrationTest;
import cn.tsbase.MutableClock;
import cn.tsbase.Principals;
import cn.tsbase.UsccFixtures;
import cn.tsbase.publicnotice.internal.NoticeService;
import cn.tsbase.publicnotice.internal.Objector;
import cn.tsbase.shared.security.Role;
import cn.tsbase.publicnotice.internal.ObjectionFiling;
import cn.tsbase.publicnotice.internal.ObjectionHandling;

/**
 * A live notice whose dates must change is replaced by a corrected notice of the same list: the old one is kept,
 * superseded and pointing to the new one; objections move with their receipts; removed units stay removed.
 */
@IntegrationTest
class NoticeReplacementTests {

	/** A Monday of 2026 (whose calendar ships). */
	private static final Instant MONDAY = Instant.parse("2026-06-01T01:00:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	NoticeService notices;

	@Autowired
	ObjectionFiling filing;

	@Autowired
	ObjectionHandling handling;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	NoticeFixtures fixtures;

	private NoticeView liveNotice(String... unitNames) {
		return fixtures.liveNotice("2026年度拟入选名单公示", NoticeFixtures.inDistrict(NoticeFixtures.XICHENG, unitNames));
	}

	@BeforeEach
	void fixClock() {
		clock.setTo(MONDAY);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private long version(String table, long id) {
		return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
	}

	private MockHttpServletRequestBuilder replacement(long noticeId, long version, LocalDate firstDay) {
		return post("/notices/{id}/replacement", noticeId).with(csrf())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))
			.param("version", String.valueOf(version))
			.param("title", "2026年度拟入选名单公示（更正）")
			.param("body", "<p>因公示期有误，现更正公示</p>")
			.param("instructions", "书面实名异议。")
			.param("firstDay", firstDay.toString())
			.param("workingDays", "7");
	}

	@Test
	void theCorrectedNoticeReplacesTheOldOneAndTakesOverItsObjectionsAndRemovals() throws Exception {
		NoticeView old = liveNotice("更正甲科技有限公司", "更正乙科技有限公司");
		long pending = fixtures.objection(old, 0);
		long upheld = fixtures.objection(old, 1);
		handling.decide(upheld, version("objection", upheld), ObjectionDecision.UPHELD, "异议成立。", "city");

		mvc.perform(get("/notices/{id}/replacement", old.id()).with(Principals.role(Role.MUNICIPAL_OFFICER, null,
				null)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"replaceHint\"")));
		LocalDate firstDay = LocalDate.of(2026, 6, 8);
		String location = mvc.perform(replacement(old.id(), version("public_notice", old.id()), firstDay))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long replacementId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		NoticeView replaced = notices.notice(old.id());
		NoticeView replacement = notices.notice(replacementId);
		assertThat(replaced.status()).isEqualTo(NoticeView.Status.SUPERSEDED);
		assertThat(replaced.supersededById()).isEqualTo(replacementId);
		assertThat(replaced.isOpenForObjections(notices.today())).isFalse();
		assertThat(replacement.status()).isEqualTo(NoticeView.Status.LIVE);
		assertThat(replacement.replacesId()).isEqualTo(old.id());
		assertThat(replacement.listId()).isEqualTo(old.listId());
		assertThat(replacement.firstDay()).isEqualTo(firstDay);
		assertThat(replacement.lastDay()).isEqualTo(notices.lastDay(firstDay, 7));
		assertThat(replacement.entries()).extracting(e -> e.unit().unitName())
			.containsExactly("更正甲科技有限公司", "更正乙科技有限公司");
		assertThat(replacement.entries()).extracting(NoticeView.Entry::removed).containsExactly(false, true);
		assertThat(jdbc.queryForList("select notice_id from objection where id in (?, ?)", Long.class, pending, upheld))
			.containsOnly(replacementId);
		// the audit trail is written after the commit, asynchronously
		String replacedId = String.valueOf(old.id());
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(jdbc.queryForObject("select count(*) from audit_entry where "
					+ "event = 'NOTICE_REPLACED' and object_id = ?", Long.class, replacedId)).isEqualTo(1));

		mvc.perform(get("/public/notices/{id}", old.id()))
			.andExpect(content().string(containsString("id=\"supersededBy\"")))
			.andExpect(content().string(containsString("/public/notices/" + replacementId)));
		mvc.perform(get("/public/notices/{id}", replacementId))
			.andExpect(content().string(containsString("更正甲科技有限公司")))
			.andExpect(content().string(not(containsString("更正乙科技有限公司"))));
		mvc.perform(get("/public/notices")).andExpect(content().string(containsString("已被更正公示替代")));
		mvc.perform(get("/notices/{id}", replacementId).with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(content().string(containsString("id=\"replaces\"")))
			.andExpect(content().string(containsString(handling.objection(pending).receiptNo())));
		mvc.perform(get("/notices/{id}", old.id()).with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(content().string(containsString("id=\"supersededBy\"")))
			.andExpect(content().string(not(containsString("id=\"publishForm\""))))
			.andExpect(content().string(not(containsString("id=\"replaceCard\""))));
	}

	@Test
	void aSupersededNoticeCannotBeReplacedAgainNorPublishedAndAStaleOrPastReplacementIsRefused() throws Exception {
		NoticeView old = liveNotice("更正丙科技有限公司");
		long stale = version("public_notice", old.id());
		mvc.perform(replacement(old.id(), stale, LocalDate.of(2026, 5, 29)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"noticeError\"")));
		assertThat(notices.notice(old.id()).status()).isEqualTo(NoticeView.Status.LIVE);

		notices.correctText(old.id(), stale, "改过的标题", "<p>x</p>", "y");
		mvc.perform(replacement(old.id(), stale, LocalDate.of(2026, 6, 8))).andExpect(status().isConflict());
		assertThat(notices.notice(old.id()).status()).isEqualTo(NoticeView.Status.LIVE);

		mvc.perform(replacement(old.id(), version("public_notice", old.id()), LocalDate.of(2026, 6, 8)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(replacement(old.id(), version("public_notice", old.id()), LocalDate.of(2026, 6, 9)))
			.andExpect(status().isConflict());
		mvc.perform(get("/notices/{id}/replacement", old.id()).with(Principals.role(Role.MUNICIPAL_OFFICER, null,
				null))).andExpect(status().isConflict());
		clock.setTo(Instant.parse("2026-07-01T01:00:00Z"));
		mvc.perform(post("/notices/{id}/publication", old.id()).with(csrf())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))
			.param("documentNumber", "京市监发〔2026〕9" + ThreadLocalRandom.current().nextInt(100_000) + "号")
			.param("documentDate", "2026-07-01")).andExpect(status().isConflict());
		assertThat(jdbc.queryForObject("select count(*) from public_notice where list_id = ? and current_list_id "
				+ "is not null", Long.class, old.listId())).isEqualTo(1);
	}

	@Test
	void anObjectionFiledOnTheOldNoticeGoesToItsReplacementAndOldLinksLeadToIt() throws Exception {
		NoticeView old = liveNotice("更正戊科技有限公司", "更正己科技有限公司");
		long before = fixtures.objection(old, 0);
		mvc.perform(replacement(old.id(), version("public_notice", old.id()), LocalDate.of(2026, 6, 8)))
			.andExpect(status().is3xxRedirection());
		long replacementId = notices.notice(old.id()).supersededById();

		// the form opened on the old notice: the visitor is told, and the objection lands on the replacement
		clock.setTo(Instant.parse("2026-06-08T01:00:00Z"));
		mvc.perform(get("/public/notices/{id}/objection", old.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"objectionToReplacement\"")))
			.andExpect(content().string(containsString("/public/notices/" + replacementId + "/objection")));
		long after = filing.fileObjection(old.id(),
				new Objector("郑异议", null, "某单位", UsccFixtures.random("110101"), "13512345678", null), 1,
				"理由").objectionId();
		assertThat(handling.objection(after).noticeId()).isEqualTo(replacementId);
		mvc.perform(get("/public/notices/{id}", old.id()))
			.andExpect(content().string(containsString("id=\"fileObjectionOnReplacement\"")))
			.andExpect(content().string(not(containsString("不在公示期内"))));

		// a notification's link from before the replacement still opens the objection
		mvc.perform(get("/notices/{n}/objections/{o}", old.id(), before)
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("/notices/" + replacementId + "/objections/" + before));
		// acting on the old notice is refused with the reason
		mvc.perform(get("/notices/{id}/replacement", old.id())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("已被更正公示替代")));
		mvc.perform(get("/api/v1/public/notices/{id}", old.id()))
			.andExpect(jsonPath("$.status").value("SUPERSEDED"))
			.andExpect(jsonPath("$.supersededBy").value(replacementId));
	}

	@Test
	void anObjectionFiledWhileTheNoticeIsBeingReplacedWaitsAndLandsOnTheReplacement() throws Exception {
		NoticeView old = liveNotice("并发更正科技有限公司");
		long version = version("public_notice", old.id());
		CountDownLatch replacing = new CountDownLatch(1);
		ExecutorService threads = Executors.newSingleThreadExecutor();
		try {
			// the replacement holds its transaction open a while after replacing: a filing meanwhile must wait
			Future<Long> replacement = threads.submit(() -> transactions.execute(status -> {
				long id = notices.replaceNotice(old.id(), version, "并发更正公示", "<p>更正</p>", "书面实名。",
						LocalDate.of(2026, 6, 1), 5, "city").id();
				replacing.countDown();
				try {
					Thread.sleep(700);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				return id;
			}));
			assertThat(replacing.await(10, TimeUnit.SECONDS)).isTrue();
			long objection = fixtures.objection(old, 0);
			long replacementId = replacement.get(10, TimeUnit.SECONDS);
			assertThat(handling.objection(objection).noticeId()).isEqualTo(replacementId);
			assertThat(jdbc.queryForObject("select count(*) from objection where notice_id = ?", Long.class,
					old.id())).isZero();
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void theApiReplacesANoticeToo() throws Exception {
		NoticeView old = liveNotice("更正丁科技有限公司");
		mvc.perform(post("/api/v1/notices/{id}/replacement", old.id()).with(csrf())
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"version": %d, "title": "接口更正公示", "body": "<p>更正</p>", "instructions": "书面实名。",
					 "firstDay": "2026-06-08", "workingDays": 5}""".formatted(version("public_notice", old.id()))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.summary.replacesId").value(old.id()))
			.andExpect(jsonPath("$.summary.status").value("LIVE"))
			.andExpect(jsonPath("$.summary.firstDay").value("2026-06-08"));
		mvc.perform(get("/api/v1/notices/{id}", old.id()).with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(jsonPath("$.summary.status").value("SUPERSEDED"))
			.andExpect(jsonPath("$.summary.supersededById").isNumber());
	}
}
