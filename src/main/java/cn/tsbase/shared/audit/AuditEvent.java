package cn.tsbase.shared.audit;

import java.time.Instant;

/**
 * Something that must go into the audit trail: who did what to which object, from where, with what outcome. Every
 * module publishes these through {@link AuditLog}; the audit module records them in its tamper-evident chain.
 */
public record AuditEvent(Instant occurredAt, String actor, String ip, String event, String objectType,
		String objectId, AuditOutcome outcome, String detail) {
}
