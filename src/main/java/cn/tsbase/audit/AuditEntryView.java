package cn.tsbase.audit;

import java.time.Instant;

/**
 * An entry of the audit trail as the log page and its export show it (never its chain tags): the one mapping of the
 * entity that leaves the module.
 */
public record AuditEntryView(long seq, Instant occurredAt, String actor, String ip, String event, String objectType,
		String objectId, String outcome, String detail) {
}
