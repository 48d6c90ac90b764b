package cn.tsbase.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.tsbase.IntegrationTest;
import cn.tsbase.audit.internal.AuditTrail;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;

@IntegrationTest
class AuditTrailIntegrationTests {

	@Autowired
	AuditLog auditLog;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcTemplate jdbc;

	private long recordAndAwait(String marker) {
		auditLog.record("tester", "TEST_EVENT", "Thing", marker, AuditOutcome.SUCCESS, "detail " + marker);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForList("select seq from audit_entry where object_id = ?", Long.class, marker)
				.size() == 1);
		return jdbc.queryForObject("select seq from audit_entry where object_id = ?", Long.class, marker);
	}

	@Test
	void recordsEventsInAnIntactChain() {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		long seq = recordAndAwait(marker);

		var row = jdbc.queryForMap("select actor, event, object_type, outcome, detail, occurred_at from audit_entry "
				+ "where seq = ?", seq);
		assertThat(row.get("actor")).isEqualTo("tester");
		assertThat(row.get("event")).isEqualTo("TEST_EVENT");
		assertThat(row.get("outcome")).isEqualTo("SUCCESS");
		assertThat(row.get("occurred_at")).isNotNull();
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void verificationFindsTheFirstTamperedEntryAndRecoversWhenRestored() {
		long first = recordAndAwait(UUID.randomUUID().toString().substring(0, 8));
		recordAndAwait(UUID.randomUUID().toString().substring(0, 8));
		String original = jdbc.queryForObject("select detail from audit_entry where seq = ?", String.class, first);
		try {
			jdbc.update("update audit_entry set detail = ? where seq = ?", "forged", first);

			AuditTrail.Verification verification = trail.verify();

			assertThat(verification.intact()).isFalse();
			assertThat(verification.brokenAt()).isEqualTo(first);
			assertThat(verification.problem()).isEqualTo("content");
		}
		finally {
			jdbc.update("update audit_entry set detail = ? where seq = ?", original, first);
		}
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void verificationFindsADeletedEntry() {
		long first = recordAndAwait(UUID.randomUUID().toString().substring(0, 8));
		recordAndAwait(UUID.randomUUID().toString().substring(0, 8));
		var row = jdbc.queryForMap("select * from audit_entry where seq = ?", first);
		try {
			jdbc.update("delete from audit_entry where seq = ?", first);

			AuditTrail.Verification verification = trail.verify();

			assertThat(verification.intact()).isFalse();
			assertThat(verification.brokenAt()).isEqualTo(first);
			assertThat(verification.problem()).isEqualTo("missing");
		}
		finally {
			jdbc.update("insert into audit_entry (seq, occurred_at, recorded_at, actor, ip, event, object_type, "
					+ "object_id, outcome, detail, prev_tag, tag) values (?,?,?,?,?,?,?,?,?,?,?,?)", row.get("seq"),
					row.get("occurred_at"), row.get("recorded_at"), row.get("actor"), row.get("ip"), row.get("event"),
					row.get("object_type"), row.get("object_id"), row.get("outcome"), row.get("detail"),
					row.get("prev_tag"), row.get("tag"));
		}
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void controlCharactersCannotForgeLines() {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		auditLog.record("evil\r\nLOGIN_SUCCESS admin", "TEST_EVENT", "Thing", marker, AuditOutcome.FAILURE,
				"line1\nline2\u001fforged");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !jdbc.queryForList("select seq from audit_entry where object_id = ?", Long.class, marker)
				.isEmpty());
		var row = jdbc.queryForMap("select actor, detail from audit_entry where object_id = ?", marker);
		assertThat((String) row.get("actor")).doesNotContain("\r", "\n");
		assertThat((String) row.get("detail")).doesNotContain("\n", "\u001f");
	}
}
