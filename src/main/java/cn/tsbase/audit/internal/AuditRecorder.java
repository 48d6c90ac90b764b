package cn.tsbase.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.tsbase.shared.audit.AuditEvent;

/**
 * Appends audit events to the chain. The chain head row is locked for the append, so entries get consecutive
 * sequence numbers and each tag covers the previous one, whatever the number of instances. Once an append is
 * committed, a signed checkpoint of the new head goes to the {@link AuditAnchor} outside the database.
 */
@Component
class AuditRecorder {

	static final String GENESIS = "0".repeat(64);

	private static final Logger log = LoggerFactory.getLogger(AuditRecorder.class);

	private final EntityManager entityManager;
	private final JdbcTemplate jdbc;
	private final AuditKey key;
	private final Clock clock;
	private final AuditAnchor anchor;

	AuditRecorder(EntityManager entityManager, JdbcTemplate jdbc, AuditKey key, Clock clock, AuditAnchor anchor) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.key = key;
		this.clock = clock;
		this.anchor = anchor;
	}

	/**
	 * A platform that has no anchor file yet (first start, or an upgrade) anchors the head as it finds it; from then on
	 * the file only grows. A missing file is logged, since it can also mean that someone removed it.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void anchorOnFirstStart() {
		if (anchor.exists()) {
			return;
		}
		Map<String, Object> head = jdbc.queryForMap("select last_seq, last_tag from audit_chain_head where id = 1");
		long seq = ((Number) head.get("last_seq")).longValue();
		log.warn("Audit anchor {} not found: anchoring the chain head as found (entry {})", anchor.file(), seq);
		anchor.checkpoint(seq, (String) head.get("last_tag"));
	}

	@ApplicationModuleListener
	void on(AuditEvent event) {
		append(event);
	}

	AuditEntry append(AuditEvent event) {
		Map<String, Object> head = jdbc
			.queryForMap("select last_seq, last_tag from audit_chain_head where id = 1 for update");
		long seq = ((Number) head.get("last_seq")).longValue() + 1;
		String previous = (String) head.get("last_tag");
		AuditEntry entry = new AuditEntry(seq, micros(event.occurredAt()), micros(clock.instant()),
				LogSanitizer.clean(event.actor(), 64), LogSanitizer.clean(event.ip(), 64),
				LogSanitizer.clean(event.event(), 64), LogSanitizer.clean(event.objectType(), 64),
				LogSanitizer.clean(event.objectId(), 64), event.outcome().name(),
				LogSanitizer.clean(event.detail(), 2000), previous);
		entry.seal(key.tag(entry.canonicalContent()));
		entityManager.persist(entry);
		entityManager.flush();
		jdbc.update("update audit_chain_head set last_seq = ?, last_tag = ? where id = 1", seq, entry.getTag());
		String tag = entry.getTag();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					anchor.checkpoint(seq, tag);
				}
			});
		}
		else {
			anchor.checkpoint(seq, tag);
		}
		return entry;
	}

	private static Instant micros(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}
}
