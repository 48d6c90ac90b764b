package cn.tsbase.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;
import cn.tsbase.shared.web.ExportedWorkbooks;

/**
 * The audit trail export over HTTP refuses a selection above its cap of 10,000 entries: the administrator is told to
 * narrow the filter, gets no file, and the refusal is itself in the trail.
 */
@IntegrationTest
class AuditExportRefusalTests {

	/** The export's cap ({@code AuditExports.MAX_ROWS}) plus one. */
	private static final int ABOVE_THE_CAP = 10_001;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AuditKey key;

	@Autowired
	AuditAnchor anchor;

	@Autowired
	Clock clock;

	@Test
	void aSelectionAboveTheCapIsRefusedWithTheWayOutAndTheRefusalIsAudited() throws Exception {
		String actor = "axr" + UUID.randomUUID().toString().substring(0, 8);
		appendEntriesOf(actor, ABOVE_THE_CAP);
		CurrentUser admin = new CurrentUser(0L, "auditref-" + actor, null, "审计员", EnumSet.of(Role.AUDIT_ADMIN), null,
				null, true, true, false);

		mvc.perform(get("/audit/export.xlsx").param("actor", actor)
			.header("Referer", "http://localhost/audit?actor=" + actor)
			.with(Principals.as(admin)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(header().doesNotExist("Content-Disposition"))
			.andExpect(content().string(containsString("符合筛选条件的记录超过一次可导出的上限（审计日志 10,000 条")));

		assertThat(ExportedWorkbooks.awaitExportAudited(jdbc, admin.getUsername(), "AuditTrail", "FAILURE"))
			.isEqualTo("more than 10000 rows");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where event = 'LIST_EXPORTED' and actor = ? "
				+ "and outcome = 'SUCCESS'", Long.class, admin.getUsername())).isZero();
	}

	/**
	 * Appends the entries to the chain as {@link AuditRecorder} does (head locked, consecutive numbers, each tag
	 * covering the previous one, the new head anchored after commit), in one batch rather than ten thousand events.
	 */
	private void appendEntriesOf(String actor, int count) {
		transactions.executeWithoutResult(status -> {
			Map<String, Object> head = jdbc
				.queryForMap("select last_seq, last_tag from audit_chain_head where id = 1 for update");
			long seq = ((Number) head.get("last_seq")).longValue();
			String previous = (String) head.get("last_tag");
			// a minute ago: the export leaves out what was recorded after it began
			Instant now = clock.instant().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MICROS);
			List<Object[]> rows = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				seq++;
				AuditEntry entry = new AuditEntry(seq, now, now, actor, "127.0.0.1", "LOGIN_SUCCESS", "UserAccount",
						actor, "SUCCESS", "bulk", previous);
				entry.seal(key.tag(entry.canonicalContent()));
				rows.add(new Object[] { seq, now.atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC), actor,
						"127.0.0.1", "LOGIN_SUCCESS", "UserAccount", actor, "SUCCESS", "bulk", previous,
						entry.getTag() });
				previous = entry.getTag();
			}
			jdbc.batchUpdate("insert into audit_entry (seq, occurred_at, recorded_at, actor, ip, event, object_type, "
					+ "object_id, outcome, detail, prev_tag, tag) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
			jdbc.update("update audit_chain_head set last_seq = ?, last_tag = ? where id = 1", seq, previous);
			long last = seq;
			String tag = previous;
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					anchor.checkpoint(last, tag);
				}
			});
		});
	}
}
