package cn.tsbase.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.audit.internal.AuditAnchor;
import cn.tsbase.audit.internal.AuditTrail;
import cn.tsbase.audit.internal.AuditVerificationJob;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.Role;

/**
 * A database writer deletes the newest entries and rewinds the chain head: the checkpoints outside the database give
 * it away, on the page and in the nightly job, even after new entries have been appended on the rewound head.
 */
@IntegrationTest
class AuditAnchorTests {

	private static final int DELETED = 3;

	@Autowired
	AuditLog auditLog;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditVerificationJob job;

	@Autowired
	AuditAnchor anchor;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void anUntouchedChainVerifiesOnThePageAndInTheJob() throws Exception {
		long head = appendAndAwaitCheckpoints(2);

		assertThat(trail.verify().intact()).isTrue();
		assertThat(trail.verify().checked()).isGreaterThanOrEqualTo(head);
		assertThat(job.verifyNow().intact()).isTrue();
		PageVerification onThePage = verifyOnThePage();
		assertThat(onThePage.result().intact()).isTrue();
		assertThat(onThePage.page()).contains("id=\"verificationResult\"", "alert-success", "日志链完整");
	}

	@Test
	void deletingTheNewestEntriesAndRewindingTheHeadIsReportedByTheJobWithTheFirstMissingEntry() throws Exception {
		withNewestEntriesDeletedAndHeadRewound(firstMissing -> {
			AuditTrail.Verification verification = trail.verify();
			assertThat(verification.intact()).isFalse();
			assertThat(verification.brokenAt()).isEqualTo(firstMissing);
			assertThat(verification.problem()).isEqualTo("missing");

			AuditTrail.Verification fromJob = job.verifyNow();
			assertThat(fromJob.intact()).isFalse();
			assertThat(fromJob.brokenAt()).isEqualTo(firstMissing);
			// the job records its failure, which lands on the rewound head; the anchor still disagrees with it
			await().atMost(Duration.ofSeconds(10))
				.until(() -> jdbc.queryForObject("select count(*) from audit_entry where seq >= ? and event = "
						+ "'AUDIT_CHAIN_VERIFIED' and outcome = 'FAILURE'", Long.class, firstMissing) == 1);
			AuditTrail.Verification afterAppend = trail.verify();
			assertThat(afterAppend.intact()).isFalse();
			assertThat(afterAppend.brokenAt()).isEqualTo(firstMissing);
			assertThat(afterAppend.problem()).isEqualTo("anchor");
		});
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void deletingTheNewestEntriesAndRewindingTheHeadIsReportedOnThePage() throws Exception {
		withNewestEntriesDeletedAndHeadRewound(firstMissing -> {
			PageVerification onThePage = verifyOnThePage();
			assertThat(onThePage.result().intact()).isFalse();
			assertThat(onThePage.result().brokenAt()).isEqualTo(firstMissing);
			assertThat(onThePage.result().problem()).isEqualTo("missing");
			assertThat(onThePage.page()).contains("alert-danger", "日志链在第 " + firstMissing + " 条处断裂（记录缺失）");
		});
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void aCheckpointLineThatFailsItsSignatureIsReported() throws Exception {
		long head = appendAndAwaitCheckpoints(1);
		long size = Files.size(anchor.file());
		try {
			Files.writeString(anchor.file(), (head + 1) + " " + "ab".repeat(32) + " " + "cd".repeat(32) + "\n",
					StandardCharsets.US_ASCII, StandardOpenOption.APPEND);

			AuditTrail.Verification verification = trail.verify();

			assertThat(verification.intact()).isFalse();
			assertThat(verification.problem()).isEqualTo("anchor");
		}
		finally {
			truncate(size);
		}
		assertThat(trail.verify().intact()).isTrue();
	}

	/** The result of 校验日志链 as the redirect carries it, and the page it lands on. */
	record PageVerification(AuditTrail.Verification result, String page) {
	}

	/** Presses 校验日志链 on the page and follows the redirect in the same (Spring Session) session. */
	private PageVerification verifyOnThePage() throws Exception {
		MvcResult posted = mvc.perform(post("/audit/verify").with(csrf()).with(auditAdmin()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		Cookie session = posted.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		String page = mvc.perform(get("/audit").cookie(session).with(auditAdmin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return new PageVerification((AuditTrail.Verification) posted.getFlashMap().get("verification"), page);
	}

	interface TamperedCheck {

		void run(long firstMissing) throws Exception;
	}

	/**
	 * Appends entries, deletes the newest {@value #DELETED} with the head rewound to the entry before them (as a
	 * database writer would), runs the check, then puts table, head and anchor file back as they were.
	 */
	private void withNewestEntriesDeletedAndHeadRewound(TamperedCheck check) throws Exception {
		long head = appendAndAwaitCheckpoints(DELETED + 1);
		long anchorSize = Files.size(anchor.file());
		long firstMissing = head - DELETED + 1;
		List<Map<String, Object>> deleted = jdbc.queryForList("select * from audit_entry where seq >= ? order by seq",
				firstMissing);
		assertThat(deleted).hasSize(DELETED);
		String headTag = (String) deleted.get(DELETED - 1).get("tag");
		String rewoundTag = jdbc.queryForObject("select tag from audit_entry where seq = ?", String.class,
				firstMissing - 1);
		jdbc.update("delete from audit_entry where seq >= ?", firstMissing);
		jdbc.update("update audit_chain_head set last_seq = ?, last_tag = ? where id = 1", firstMissing - 1,
				rewoundTag);
		try {
			check.run(firstMissing);
		}
		finally {
			await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ofMillis(200)).until(() -> true);
			jdbc.update("delete from audit_entry where seq >= ?", firstMissing);
			for (Map<String, Object> row : deleted) {
				jdbc.update("insert into audit_entry (seq, occurred_at, recorded_at, actor, ip, event, object_type, "
						+ "object_id, outcome, detail, prev_tag, tag) values (?,?,?,?,?,?,?,?,?,?,?,?)",
						row.get("seq"), row.get("occurred_at"), row.get("recorded_at"), row.get("actor"),
						row.get("ip"), row.get("event"), row.get("object_type"), row.get("object_id"),
						row.get("outcome"), row.get("detail"), row.get("prev_tag"), row.get("tag"));
			}
			jdbc.update("update audit_chain_head set last_seq = ?, last_tag = ? where id = 1", head, headTag);
			truncate(anchorSize);
		}
	}

	/** Appends entries and waits until the newest is in the table and anchored; returns its sequence number. */
	private long appendAndAwaitCheckpoints(int count) throws IOException {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < count; i++) {
			auditLog.record("tester", "TEST_EVENT", "Thing", marker, AuditOutcome.SUCCESS, null);
		}
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where object_id = ?", Long.class,
					marker) == count);
		long head = jdbc.queryForObject("select max(seq) from audit_entry where object_id = ?", Long.class, marker);
		await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(anchor.file())
				&& Files.readString(anchor.file(), StandardCharsets.US_ASCII).contains("\n" + head + " "));
		return head;
	}

	private void truncate(long size) throws IOException {
		try (FileChannel channel = FileChannel.open(anchor.file(), StandardOpenOption.WRITE)) {
			channel.truncate(size);
		}
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor auditAdmin() {
		return Principals.role(Role.AUDIT_ADMIN, null, null);
	}
}
