package cn.tsbase.audit.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.audit.AuditEntryView;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.persistence.BoundedPage;

/** Reading the audit trail and verifying its chain. */
@Service
public class AuditTrail {

	private static final int BATCH = 500;

	private final AuditEntryRepository entries;
	private final JdbcTemplate jdbc;
	private final AuditKey key;
	private final AuditLog audit;
	private final AuditAnchor anchor;
	private final EntityManager entityManager;

	AuditTrail(AuditEntryRepository entries, JdbcTemplate jdbc, AuditKey key, AuditLog audit, AuditAnchor anchor,
			EntityManager entityManager) {
		this.entityManager = entityManager;
		this.entries = entries;
		this.jdbc = jdbc;
		this.key = key;
		this.audit = audit;
		this.anchor = anchor;
	}

	/** The result of a verification: how many entries were checked and the first broken link, if any. */
	public record Verification(long checked, Long brokenAt, String problem) implements java.io.Serializable {

		public boolean intact() {
			return brokenAt == null;
		}
	}

	/** The log's page: like {@link #search} but counted only as far as the page's links go (issue 16). */
	@Transactional(readOnly = true)
	public Page<AuditEntryView> browse(Instant from, Instant to, String actor, String event, String outcome,
			Pageable pageable) {
		return BoundedPage.of(entries, entityManager, AuditEntry.class, filter(from, to, actor, event, outcome),
				pageable)
			.map(AuditEntry::view);
	}

	@Transactional(readOnly = true)
	public Page<AuditEntryView> search(Instant from, Instant to, String actor, String event, String outcome,
			Pageable pageable) {
		return entries.findAll(filter(from, to, actor, event, outcome), pageable).map(AuditEntry::view);
	}

	private static Specification<AuditEntry> filter(Instant from, Instant to, String actor, String event,
			String outcome) {
		// only the filters given become conditions: PostgreSQL cannot type a parameter that is only compared with null
		Specification<AuditEntry> filter = (root, query, cb) -> cb.conjunction();
		if (from != null) {
			filter = filter.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("occurredAt"), from));
		}
		if (to != null) {
			filter = filter.and((root, query, cb) -> cb.lessThan(root.get("occurredAt"), to));
		}
		for (String[] condition : new String[][] { { "actor", blankToNull(actor) }, { "event", blankToNull(event) },
				{ "outcome", blankToNull(outcome) } }) {
			if (condition[1] != null) {
				filter = filter.and((root, query, cb) -> cb.equal(root.get(condition[0]), condition[1]));
			}
		}
		return filter;
	}

	@Transactional(readOnly = true)
	public List<String> events() {
		return entries.distinctEvents();
	}

	/**
	 * Walks the chain from the first entry to the head as it stood when verification began, or to the newest
	 * checkpoint of the anchor if that is further, recomputing every tag. Entries the anchor saw but the table lacks
	 * are reported as missing from the first of them (problem {@code missing}); a table entry whose tag differs from a
	 * checkpoint of its sequence number (the tail was deleted and written anew), or a checkpoint line that fails its
	 * signature, as {@code anchor}.
	 */
	@Transactional(readOnly = true)
	public Verification verify() {
		// the checkpoints before the head: an entry appended and checkpointed in between then lies below the head
		// read, never above it (read the other way round, a concurrent write looked like a rewound head)
		AuditAnchor.Checkpoints checkpoints = anchor.checkpoints();
		Map<String, Object> head = jdbc.queryForMap("select last_seq, last_tag from audit_chain_head where id = 1");
		long headSeq = ((Number) head.get("last_seq")).longValue();
		long[] anchoredSeqs = checkpoints.seqs();
		long[] anchoredTags = checkpoints.tags();
		int next = 0;
		long last = Math.max(headSeq, checkpoints.newest());
		String previous = AuditRecorder.GENESIS;
		long expected = 1;
		long checked = 0;
		while (expected <= last) {
			List<AuditEntry> batch = entries.findBySeqGreaterThanOrderBySeqAsc(expected - 1, PageRequest.of(0, BATCH));
			if (batch.isEmpty()) {
				break;
			}
			for (AuditEntry entry : batch) {
				if (entry.getSeq() > last) {
					break;
				}
				if (entry.getSeq() != expected) {
					return new Verification(checked, expected, "missing");
				}
				if (!entry.getPrevTag().equals(previous)) {
					return new Verification(checked, entry.getSeq(), "link");
				}
				if (!key.tag(entry.canonicalContent()).equals(entry.getTag())) {
					return new Verification(checked, entry.getSeq(), "content");
				}
				while (next < anchoredSeqs.length && anchoredSeqs[next] <= entry.getSeq()) {
					if (anchoredSeqs[next] == entry.getSeq()
							&& anchoredTags[next] != AuditAnchor.Checkpoints.prefix(entry.getTag())) {
						return new Verification(checked, entry.getSeq(), "anchor");
					}
					next++;
				}
				previous = entry.getTag();
				expected++;
				checked++;
			}
		}
		if (expected <= last) {
			return new Verification(checked, expected, "missing");
		}
		if (checkpoints.forgedLines() > 0) {
			return new Verification(checked, checkpoints.newest(), "anchor");
		}
		if (headSeq < checkpoints.newest() || (headSeq == last && !previous.equals(head.get("last_tag")))) {
			return new Verification(checked, headSeq, "head");
		}
		return new Verification(checked, null, null);
	}

	/** Verifies and records that the verification was run, with its outcome. */
	public Verification verifyAndRecord() {
		Verification result = verify();
		audit.record("AUDIT_CHAIN_VERIFIED", "AuditTrail", null,
				result.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
				result.intact() ? "checked " + result.checked()
						: "broken at " + result.brokenAt() + " (" + result.problem() + ")");
		return result;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
